#include "entities.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "entity_chars.h"
#include "text.h"
#include "testing.h"

namespace tx {
namespace {

std::string mention(const Document& doc, const Entity& e) {
  return utf16_to_utf8(doc.text.substr(e.span.start, e.span.end - e.span.start));
}

// "text:TYPE" for each entity, "; "-separated.
std::string describe(const Document& doc, const std::vector<Entity>& entities) {
  std::string out;
  for (const Entity& e : entities) {
    if (!out.empty()) out += "; ";
    out += mention(doc, e) + ":" + e.type;
  }
  return out;
}

struct Row {
  const char* lang;
  const char* text;
  const char* expected;  // describe() of the entities; "" = none at all
};

// Expected mentions written by reading each sentence, never copied from the
// extractor's output. News-like sentences in French and English; each group
// has positives and negatives.
const Row kRows[] = {
    // --- Titles: the name after M., Mme, Dr, Mr is a person --------------
    {"fr", "M. Amodei a déclaré que la demande explosait.", "Amodei:PERSON"},
    {"fr", "Selon Mme Lagarde, l'inflation ralentit.", "Lagarde:PERSON"},
    {"fr", "Le Dr Martin a soigné les blessés.", "Martin:PERSON"},
    {"fr", "Mme Dupont et M. Durand sont arrivés.", "Dupont:PERSON; Durand:PERSON"},
    {"en", "Mr. Biden spoke on Tuesday.", "Biden:PERSON"},
    {"en", "Dr. Fauci testified before Congress.", "Fauci:PERSON; Congress:ORG"},
    {"en", "Ms Ardern resigned in January.", "Ardern:PERSON"},
    {"en", "President Trump met Prime Minister Keir Starmer.", "Trump:PERSON; Keir Starmer:PERSON"},
    {"fr", "le président Emmanuel Macron", "Emmanuel Macron:PERSON"},
    {"fr", "le président américain Donald Trump a parlé", "Donald Trump:PERSON"},
    // --- First name + surname ----------------------------------------------
    {"fr", "Emmanuel Macron s'est rendu à Berlin.", "Emmanuel Macron:PERSON; Berlin:PLACE"},
    {"en", "Sam Altman said OpenAI would raise more money.", "Sam Altman:PERSON; OpenAI:ORG"},
    {"fr", "Selon Christine Lagarde, la BCE restera prudente.", "Christine Lagarde:PERSON; BCE:ORG"},
    {"en", "Jensen Huang, Nvidia's chief executive, spoke in Taipei.",
     "Jensen Huang:PERSON; Nvidia:ORG; Taipei:PLACE"},
    {"fr", "Ursula von der Leyen a rencontré Olaf Scholz.", "Ursula von der Leyen:PERSON; Olaf Scholz:PERSON"},
    {"fr", "Charles de Gaulle reste une figure.", "Charles de Gaulle:PERSON"},
    {"en", "Satya Nadella leads Microsoft.", "Satya Nadella:PERSON; Microsoft:ORG"},
    {"fr", "Tous droits réservés  Markus Schreiber/AP Photo", "Markus Schreiber:PERSON; AP:ORG"},
    {"fr", "Pierre Moscovici préside la Cour des comptes.", "Pierre Moscovici:PERSON; Cour des comptes:ORG"},
    {"en", "Elon Musk owns Tesla and SpaceX.", "Elon Musk:PERSON; Tesla:ORG; SpaceX:ORG"},
    {"fr", "Dario Amodei, PDG et cofondateur d’Anthropic, assiste à la réunion.",
     "Dario Amodei:PERSON; Anthropic:ORG"},
    // --- Organization nouns before the name ------------------------------
    {"fr", "La société Fluidstack construira des centres de données.", "Fluidstack:ORG"},
    {"fr", "la société londonienne Fluidstack", "Fluidstack:ORG"},
    {"fr", "La société d’intelligence artificielle (IA) Anthropic a annoncé mercredi un investissement.",
     "Anthropic:ORG"},
    {"fr", "la start-up française Mistral a levé des fonds", "Mistral:ORG"},
    {"fr", "Le groupe Stellantis a annoncé des suppressions de postes.", "Stellantis:ORG"},
    {"fr", "le fonds Tikehau investit dans la dette", "Tikehau:ORG"},
    {"en", "The company Fluidstack is based in London.", "Fluidstack:ORG; London:PLACE"},
    {"en", "the startup Anysphere raised new money", "Anysphere:ORG"},
    {"fr", "l'ONG Public Citizen a porté plainte", "Public Citizen:ORG"},
    {"fr", "ONG Public Citizen exhorte OpenAI à retirer l’appli", "Public Citizen:ORG; OpenAI:ORG"},
    {"fr", "la banque Natixis a publié ses comptes", "Natixis:ORG"},
    {"en", "the bank HSBC said on Monday", "HSBC:ORG"},
    {"en", "the carmaker Renault cut prices", "Renault:ORG"},
    {"fr", "l'éditeur Ubisoft prépare un jeu", "Ubisoft:ORG"},
    // --- Suffixes and heads: the whole name ---------------------------------
    {"en", "Acme Holdings Inc. reported earnings.", "Acme Holdings Inc:ORG"},
    {"fr", "Renault SA a publié ses résultats.", "Renault SA:ORG"},
    {"en", "analysts at Goldman Sachs Group said", "Goldman Sachs Group:ORG"},
    {"fr", "la Bourse de Milan a reculé", "Bourse de Milan:ORG"},
    {"fr", "Elle étudie à l'Université de Montréal.", "Université de Montréal:ORG"},
    {"en", "Bank of Canada raised rates.", "Bank of Canada:ORG"},
    {"en", "Andreessen Horowitz and Sequoia Capital invested.", "Andreessen Horowitz:ORG; Sequoia Capital:ORG"},
    {"en", "a unit of Google DeepMind Labs", "Google DeepMind Labs:ORG"},
    {"fr", "le Parlement européen a voté", "Parlement européen:ORG"},
    {"fr", "la Banque mondiale prévoit une croissance faible", "Banque mondiale:ORG"},
    {"fr", "le Fonds monétaire international a revu ses prévisions", "Fonds monétaire international:ORG"},
    {"fr", "la Commission nationale de l'informatique", "Commission nationale:ORG"},
    {"fr", "du Forum économique mondial à Davos", "Forum économique mondial:ORG; Davos:PLACE"},
    {"fr", "la Bourse de Tokyo a fini en hausse", "Bourse de Tokyo:ORG"},
    // --- Acronyms: those that name something, not the others -------------
    {"fr", "L'IA générative progresse.", ""},
    {"en", "AI is changing the world.", ""},
    {"fr", "Le PDG a démissionné.", ""},
    {"en", "The CEO resigned.", ""},
    {"fr", "La BCE a relevé ses taux.", "BCE:ORG"},
    {"en", "The ECB raised rates.", "ECB:ORG"},
    {"en", "according to the AP", "AP:ORG"},
    {"fr", "selon l'AFP", "AFP:ORG"},
    {"fr", "Par AP avec Euronews", "AP:ORG; Euronews:ORG"},
    {"fr", "la SNCF a annoncé des grèves", "SNCF:ORG"},
    {"fr", "une hausse du PIB de 2 %", ""},
    {"en", "the OECD said growth would slow", "OECD:ORG"},
    {"fr", "l'OTAN et l'ONU", "OTAN:ORG; ONU:ORG"},
    {"fr", "7,4 GW de capacité et 3 TWh", ""},
    {"fr", "une ONG et des PME", ""},
    {"en", "an IPO in 2026", ""},
    {"fr", "le cours en USD et en EUR", ""},
    {"fr", "50 Mds de dollars", ""},
    {"fr", "Un rapport publié par TD Cowen", "TD Cowen:ORG"},
    {"en", "a TV set and a PC", ""},
    // --- Elisions and possessives: the name alone ---------------------------
    {"fr", "le PDG d’Anthropic", "Anthropic:ORG"},
    {"en", "Shell's profits rose.", "Shell:ORG"},
    {"en", "Shell’s profits rose.", "Shell:ORG"},
    {"fr", "tels qu’OpenAI et Anthropic", "OpenAI:ORG; Anthropic:ORG"},
    {"en", "Anthropic's chatbot Claude", "Anthropic:ORG; Claude:PRODUCT"},
    {"fr", "l’Europe et l’Afrique", "Europe:PLACE; Afrique:PLACE"},
    {"fr", "l'ambition d'Airbus", "Airbus:ORG"},
    {"en", "O'Brien said", "O'Brien:ORG"},
    // --- Places ---------------------------------------------------------------
    {"fr", "des centres de données aux États-Unis", "États-Unis:PLACE"},
    {"fr", "au Texas et à New York", "Texas:PLACE; New York:PLACE"},
    {"fr", "à New York et à Londres", "New York:PLACE; Londres:PLACE"},
    {"fr", "Le club joue à Saint-Étienne.", "Saint-Étienne:PLACE"},
    {"en", "offices in San Francisco", "San Francisco:PLACE"},
    {"en", "a startup based in Paris", "Paris:PLACE"},
    {"fr", "à Davos, en Suisse, le 23 janvier", "Davos:PLACE; Suisse:PLACE"},
    {"fr", "une usine près de Lyon", "Lyon:PLACE"},
    // Names in no lexicon: a place by the two-word preposition alone.
    {"fr", "une usine près de Zorbanville", "Zorbanville:PLACE"},
    {"en", "a plant based in Krelford", "Krelford:PLACE"},
    {"en", "flights from Tokyo to Seoul", "Tokyo:PLACE; Seoul:PLACE"},
    {"fr", "un data center en Californie", "Californie:PLACE"},
    {"en", "the UK and the US", "UK:PLACE; US:PLACE"},
    {"en", "between us and them", ""},
    {"fr", "en Île-de-France", "Île-de-France:PLACE"},
    {"fr", "à Pékin et à Moscou", "Pékin:PLACE; Moscou:PLACE"},
    {"fr", "des data centers US avec Fluidstack UK", "US:PLACE; Fluidstack:ORG; UK:PLACE"},
    {"en", "Germany and Japan", "Germany:PLACE; Japan:PLACE"},
    {"fr", "L'Allemagne et le Japon ont signé un accord.", "Allemagne:PLACE; Japon:PLACE"},
    {"en", "The plant is in Bavaria.", "Bavaria:PLACE"},
    {"fr", "Lyon, la ville des lumières", "Lyon:PLACE"},
    {"en", "Lyon, a city in France", "Lyon:PLACE; France:PLACE"},
    {"fr", "comment l'Europe peut-elle", "Europe:PLACE"},
    // --- Products ----------------------------------------------------------
    {"fr", "concepteur du chatbot Claude", "Claude:PRODUCT"},
    {"fr", "son chatbot d’intelligence artificielle Claude", "Claude:PRODUCT"},
    {"fr", "son modèle Llama", "Llama:PRODUCT"},
    {"fr", "l’application TikTok", "TikTok:PRODUCT"},
    {"fr", "retirer l’appli vidéo d’IA Sora", "Sora:PRODUCT"},
    {"en", "its model Claude 3 is faster", "Claude 3:PRODUCT"},
    {"fr", "rival d’Anthropic, qui développe ChatGPT", "Anthropic:ORG; ChatGPT:PRODUCT"},
    {"fr", "Anthropic a lancé Claude 3, son modèle de langage.", "Anthropic:ORG; Claude 3:PRODUCT"},
    {"en", "the iPhone 15 sold well", "iPhone 15:PRODUCT"},
    {"en", "Apple unveiled Vision Pro.", "Apple:ORG; Vision Pro:PRODUCT"},
    {"en", "the chatbot Grok", "Grok:PRODUCT"},
    {"fr", "Selon xAI, Grok, le chatbot de la société, progresse.", "xAI:ORG; Grok:PRODUCT"},
    {"en", "the smartphone Galaxy S24", "Galaxy S24:PRODUCT"},
    // --- Events ----------------------------------------------------------
    {"fr", "Web Summit 2025 : comment l'Europe peut-elle renforcer son système ?",
     "Web Summit 2025:EVENT; Europe:PLACE"},
    {"fr", "les Jeux olympiques de Paris", "Jeux olympiques:EVENT; Paris:PLACE"},
    {"en", "the World Cup final", "World Cup:EVENT"},
    {"en", "at CES in Las Vegas", "CES:EVENT; Las Vegas:PLACE"},
    {"fr", "le sommet du G20", "G20:ORG"},
    {"en", "the Paris Olympics", "Paris Olympics:EVENT"},
    {"fr", "le Tour de France 2025", "Tour de France 2025:EVENT"},
    {"en", "the Cannes Festival", "Cannes Festival:EVENT"},
    {"fr", "le Salon international de l'agriculture", "Salon international:EVENT"},
    // --- Capitalized common words, headlines, all capitals -------------------
    {"fr", "Partager Close Button", ""},
    {"fr", "Newsletter Newsletters Events Évènements Podcasts Vidéos", ""},
    {"fr", "Les investisseurs restent prudents.", ""},
    {"en", "The Federal Reserve kept rates unchanged.", "Federal Reserve:ORG"},
    {"en", "Markets Rally As Investors Cheer Strong Earnings", ""},
    {"en", "OPENAI RAISES NEW FUNDING FROM INVESTORS", "OPENAI:ORG"},
    {"fr", "ANTHROPIC INVESTIT DES MILLIARDS DANS LE CLOUD", ""},
    {"fr", "Suivez-nous sur les réseaux", ""},
    {"fr", "Publicité", ""},
    {"fr", "Accéder aux raccourcis d'accessibilité", ""},
    {"en", "January was cold in Montreal.", "Montreal:PLACE"},
    {"fr", "Les Français et les Américains", ""},
    {"en", "European leaders met Chinese officials.", ""},
    {"en", "I think so.", ""},
    {"fr", "À découvrir également", ""},
    {"en", "On Monday, shares of Tesla fell.", "Tesla:ORG"},
    {"fr", "On en parle sur Internet.", ""},
    {"fr", "Le titre a chuté en Bourse.", ""},
    {"fr", "Cet accès massif à l’infrastructure cloud de Google", "Google:ORG"},
    {"fr", "Recevez les dernières actualités sur l'IA dans votre boite mail", ""},
    {"fr", "Actualités Guides Liste IA Prompts Newsletter", ""},
    {"fr", "Robots dotés d’IA dangereux pour un usage personnel", ""},
    {"en", "Breaking News", ""},
    {"fr", "Oracle a sécurisé le plus de capacité.", "Oracle:ORG"},
    {"fr", "Alphabet, maison-mère de Google, et Anthropic", "Alphabet:ORG; Google:ORG; Anthropic:ORG"},
    {"fr", "Selon Reuters, le marché recule.", "Reuters:ORG"},
    {"fr", "Google arrivait en deuxième position et Fluidstack en troisième, devant Meta, Amazon, CoreWeave et Microsoft.",
     "Google:ORG; Fluidstack:ORG; Meta:ORG; Amazon:ORG; CoreWeave:ORG; Microsoft:ORG"},
    // --- Appositions ---------------------------------------------------------
    {"en", "Dario Amodei, the chief executive of Anthropic, said", "Dario Amodei:PERSON; Anthropic:ORG"},
    {"fr", "Fluidstack, start-up londonienne, construira", "Fluidstack:ORG"},
    {"fr", "Anthropic, start-up fondée par d’anciens chercheurs d’OpenAI", "Anthropic:ORG; OpenAI:ORG"},
    {"fr", "Zorglub, le géant américain", "Zorglub:ORG"},
    {"fr", "Anthropic, concepteur du chatbot Claude, a indiqué", "Anthropic:ORG; Claude:PRODUCT"},
    {"en", "Zorvex, a startup from Berlin, said", "Zorvex:ORG; Berlin:PLACE"},
    // --- Role of: the organization after "PDG de", "CEO of" ------------------
    {"fr", "le fondateur de Tesla", "Tesla:ORG"},
    {"en", "the CEO of Nvidia", "Nvidia:ORG"},
    {"fr", "directeur général de Fluidstack", "Fluidstack:ORG"},
    {"en", "the founder of Airbnb", "Airbnb:ORG"},
    {"fr", "les salariés de Zorglub", "Zorglub:ORG"},
    {"en", "employees of Zorvex", "Zorvex:ORG"},
    // --- Document-level consistency ------------------------------------------
    {"fr", "Claude séduit. Anthropic a conçu le chatbot Claude.",
     "Claude:PRODUCT; Anthropic:ORG; Claude:PRODUCT"},
    {"en", "Invest in Zephyra. The startup Zephyra raised funds.", "Zephyra:ORG; Zephyra:ORG"},
    {"fr", "Amodei est prudent. Dario Amodei dirige Anthropic.",
     "Amodei:PERSON; Dario Amodei:PERSON; Anthropic:ORG"},
    {"fr", "Le patron de Tesla. Tesla vend moins.", "Tesla:ORG; Tesla:ORG"},
    // --- Particles, compounds, known names that go on ----------------------
    {"fr", "Hier, Mme Le Pen a dénoncé le texte.", "Le Pen:PERSON"},
    {"fr", "Marine Le Pen s'y oppose.", "Marine Le Pen:PERSON"},
    {"fr", "Bruno Le Maire a présenté le budget.", "Bruno Le Maire:PERSON"},
    {"en", "demand from Microsoft, Meta Platforms and Amazon", "Microsoft:ORG; Meta Platforms:ORG; Amazon:ORG"},
    {"en", "Shares of the Santa Clara-based company rose.", "Santa Clara:PLACE"},
    {"en", "demand for its Blackwell chips stayed strong", "Blackwell:PRODUCT"},
    {"fr", "À Lyon, la start-up Mistral AI a levé des fonds.", "Lyon:PLACE; Mistral AI:ORG"},
    {"fr", "La Commission européenne prépare une directive.", "Commission européenne:ORG"},
    {"fr", "Le Sénat pourrait amender le texte.", "Sénat:ORG"},
    {"en", "prices in PEN and CAD", ""},
    {"en", "SANTA CLARA, California (Reuters) - Nvidia Corp reported record revenue.",
     "SANTA CLARA:PLACE; California:PLACE; Reuters:ORG; Nvidia Corp:ORG"},
    {"fr", "Au Qatar, le président du club, Nasser al-Khelaïfi, a salué la victoire.",
     "Qatar:PLACE; Nasser al-Khelaïfi:PERSON"},
    {"fr", "Le Paris Saint-Germain a battu le Bayern Munich au Parc des Princes.",
     "Paris Saint-Germain:ORG; Bayern Munich:ORG; Parc des Princes:PLACE"},
    {"fr", "a-t-il déclaré à Canal+.", "Canal+:ORG"},
    {"en", "LONDON, Nov 19 (AP) — Britain's inflation rate fell.", "LONDON:PLACE; AP:ORG; Britain:PLACE"},
    {"en", "the Office for National Statistics said", "Office for National Statistics:ORG"},
    {"fr", "Ligue des champions : le PSG s'impose", "Ligue des champions:EVENT; PSG:ORG"},
    {"en", "Theresa May resigned in May.", "Theresa May:PERSON"},
    {"en", "Jan Koum founded WhatsApp.", "Jan Koum:PERSON; WhatsApp:PRODUCT"},
    // --- Sentence starts the splitter misses: after a unit, '!', datelines --
    {"fr", "Le parc a une puissance de 500 MW. Selon son PDG Patrick Pouyanné, le projet avance.",
     "Patrick Pouyanné:PERSON"},
    {"fr", "Il a gagné ! Selon lui, tout va bien.", ""},
    {"fr", "Les ventes ont reculé de 3 km. Le groupe a déçu.", ""},
    {"fr", "PARIS (AFP) - Le président Emmanuel Macron a reçu le chancelier.",
     "PARIS:PLACE; AFP:ORG; Emmanuel Macron:PERSON"},
    {"en", "Sen. Elizabeth Warren praised the bill.", "Elizabeth Warren:PERSON"},
    {"fr", "Lundi, les Français ont voté. Mercredi, les Allemands aussi.", ""},
    // --- Function words and determiners open no name ------------------------
    {"en", "The European Central Bank raised rates.", "European Central Bank:ORG"},
    {"en", "The Bank of England held rates.", "Bank of England:ORG"},
    {"en", "It was reported by The Economist and Le Monde.", "The Economist:ORG; Le Monde:ORG"},
    {"fr", "Il a dit : Le marché est calme.", ""},
    // --- French and English names of cities and regions (exonyms) ----------
    {"fr", "« Nous restons vigilants », a indiqué Christine Lagarde depuis Francfort.",
     "Christine Lagarde:PERSON; Francfort:PLACE"},
    {"fr", "Le groupe a ouvert des usines en Californie, en Bavière et en Catalogne.",
     "Californie:PLACE; Bavière:PLACE; Catalogne:PLACE"},
    {"fr", "Le cargo se dirigeait vers Anvers.", "Anvers:PLACE"},
    {"fr", "Il a quitté Cologne pour Séville, puis l’Écosse et la Floride.",
     "Cologne:PLACE; Séville:PLACE; Écosse:PLACE; Floride:PLACE"},
    {"en", "The firm moved from Frankfurt to Antwerp and then to Bavaria.",
     "Frankfurt:PLACE; Antwerp:PLACE; Bavaria:PLACE"},
    {"fr", "Le sommet s’est ouvert depuis Zlatograd.", "Zlatograd:PLACE"},
    // --- Bylines, parties, portfolios, holidays, events --------------------
    {"fr", "Par Jean Dupont\nLe marché a reculé.", "Jean Dupont:PERSON"},
    {"en", "By Jane Smith\nMarkets fell.", "Jane Smith:PERSON"},
    {"fr", "Jean-Luc Mélenchon, chef de file de La France insoumise, a critiqué la rencontre.",
     "Jean-Luc Mélenchon:PERSON; La France insoumise:ORG"},
    {"fr", "La ministre de la Culture Rachida Dati était présente.", "Rachida Dati:PERSON"},
    {"fr", "Le ministre de l’Intérieur a démissionné.", ""},
    {"en", "Shell's Anglo-Dutch roots run deep.", "Shell:ORG"},
    {"en", "Christmas sales were strong in Ohio.", "Ohio:PLACE"},
    {"fr", "À Noël, les ventes ont progressé.", ""},
    {"fr", "La COP29 s’est tenue à Bakou.", "COP29:EVENT; Bakou:PLACE"},
    {"en", "Senate Majority Leader John Thune spoke.", "Senate:ORG; John Thune:PERSON"},
    {"fr", "L’Organisation mondiale de la santé (OMS) a alerté.", "Organisation mondiale de la santé:ORG; OMS:ORG"},
    // --- Empty and odd input -------------------------------------------------
    {"fr", "", ""},
    {"en", "   \n\n  ", ""},
    {"en", "😀 Émoji 🚀 and more", ""},
    {"fr", "مرحبا بالعالم", ""},
    {"fr", "12345 67890", ""},
};

TEST_CASE("find_entities: example table") {
  int rows = 0;
  for (const Row& row : kRows) {
    Document doc = doc_of(row.lang, row.text);
    std::string got = describe(doc, find_entities(doc));
    std::string text = row.text, expected = row.expected;
    CAPTURE(text);
    CHECK(got == expected);
    ++rows;
  }
  MESSAGE(rows << " entity rows");
}

struct KeyRow {
  const char* lang;
  const char* text;
  const char* same;       // mentions that must share one key, '|'-separated
  const char* different;  // a mention whose key must differ from the first of `same`, or ""
};

const KeyRow kKeyRows[] = {
    {"fr", "Dario Amodei dirige Anthropic. Selon Amodei, la demande croît.", "Dario Amodei|Amodei", "Anthropic"},
    {"fr", "M. Amodei, puis Dario Amodei.", "Amodei|Dario Amodei", ""},
    {"en", "Tim Cook visited Paris. Cook met the mayor.", "Tim Cook|Cook", "Paris"},
    {"en", "Anthropic said the company Anthropic grew; Anthropic's revenue rose.", "Anthropic|Anthropic|Anthropic", ""},
    {"fr", "La BCE a parlé. The ECB also spoke about the European Central Bank.", "BCE|ECB|European Central Bank", ""},
    {"fr", "le Forum économique mondial, ou World Economic Forum", "Forum économique mondial|World Economic Forum", ""},
    {"fr", "Markus Schreiber/AP Photo. Par AP avec Euronews.", "AP|AP", "Euronews"},
    {"fr", "aux US et aux États-Unis", "US", "États-Unis"},
    {"fr", "l'ANTHROPIC et Anthropic", "Anthropic", ""},
    {"fr", "Élysée et ÉLYSÉE et Elysee", "Élysée|Elysee", ""},
    {"en", "Jane Smith and John Smith met. Smith left.", "John Smith|Smith", "Jane Smith"},
    {"fr", "Marine Le Pen s'y oppose. Mme Le Pen a dénoncé le texte.", "Marine Le Pen|Le Pen", ""},
    {"en", "Jensen Huang spoke. \"Demand is strong,\" Huang said.", "Jensen Huang|Huang", ""},
};

std::string key_of(const Document& doc, const std::vector<Entity>& es, const std::string& text, size_t nth) {
  size_t seen = 0;
  for (const Entity& e : es)
    if (mention(doc, e) == text && seen++ == nth) return e.key;
  return "<missing " + text + ">";
}

TEST_CASE("find_entities: keys group the mentions of one entity") {
  for (const KeyRow& row : kKeyRows) {
    Document doc = doc_of(row.lang, row.text);
    std::vector<Entity> es = find_entities(doc);
    std::string text = row.text, found = describe(doc, es);
    CAPTURE(text);
    CAPTURE(found);
    std::vector<std::string> same;
    std::string s = row.same;
    for (size_t start = 0;;) {
      size_t bar = s.find('|', start);
      same.push_back(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
    std::vector<std::string> keys;
    for (size_t i = 0; i < same.size(); ++i) {
      size_t nth = 0;
      for (size_t j = 0; j < i; ++j) nth += same[j] == same[i];
      keys.push_back(key_of(doc, es, same[i], nth));
    }
    for (const std::string& k : keys) CHECK(k == keys[0]);
    CHECK(keys[0].rfind("<missing", 0) != 0);
    if (*row.different) CHECK(key_of(doc, es, row.different, 0) != keys[0]);
  }
}

TEST_CASE("find_entities: every mention records its rule and a non-empty key") {
  Document doc = doc_of("fr", "M. Amodei dirige la société Anthropic, qui développe Claude 3, son modèle, à Paris.");
  for (const Entity& e : find_entities(doc)) {
    CAPTURE(mention(doc, e));
    CHECK(e.rule.rfind("entity.", 0) == 0);
    CHECK(!e.key.empty());
  }
}

TEST_CASE("find_entities: sorted, non-overlapping, offsets inside the text, on any input") {
  std::vector<std::string> inputs = {
      std::string("\xF0\x9F\x98\x80 M. \xD8\xB9\xD8\xB1\xD8\xA8 \xE2\x80\x99 l\xE2\x80\x99 d\xE2\x80\x99"),
      std::string(5000, 'A'),
      std::string(100000, '7'),
      "A-B-C-D-E-F'G'H'I & J & K &",
      "M. M. M. M. Mme Mme Mme Dr",
      "la société , , , ( ( ( ) ) ) Anthropic",
      "de de de de Bourse de de de",
  };
  std::u16string junk;
  for (int i = 0; i < 20000; ++i) junk.push_back(static_cast<char16_t>((i * 7919) % 0xFFFF + 1));
  for (const std::string& in : inputs) {
    Document doc = doc_of("fr", in);
    std::vector<Entity> es = find_entities(doc);
    int32_t last_end = 0;
    for (const Entity& e : es) {
      CHECK(e.span.start >= last_end);
      CHECK(e.span.end > e.span.start);
      CHECK(e.span.end <= static_cast<int32_t>(doc.text.size()));
      last_end = e.span.end;
    }
  }
  Document doc;
  doc.text = junk;
  doc.lang = "en";
  std::vector<Entity> es = find_entities(doc);
  int32_t last_end = 0;
  for (const Entity& e : es) {
    CHECK(e.span.start >= last_end);
    CHECK(e.span.end <= static_cast<int32_t>(doc.text.size()));
    last_end = e.span.end;
  }
}

// Speed is the benchmark's business (tests/bench); this checks that a long
// text is read whole, to its last paragraph.
TEST_CASE("find_entities: a 2 MB article is read to its end") {
  std::string para =
      "Dario Amodei, PDG d’Anthropic, a rencontré M. Durand à Davos, en Suisse. La société "
      "londonienne Fluidstack construira des centres au Texas et à New York pour le chatbot Claude.\n";
  std::string big;
  while (big.size() < (2u << 20)) big += para;
  Document doc = doc_of("fr", big);
  std::vector<Entity> es = find_entities(doc);
  CHECK(es.size() > 10000);
  REQUIRE_FALSE(es.empty());
  // The last paragraph's "Claude" ends 1 unit before the final newline.
  CHECK(es.back().span.end == static_cast<int32_t>(doc.text.size()) - 2);
}

// A text is read in blocks of 2^18 units (core/entities.cc); one line with
// no full stop longer than that is cut inside the line. The cut fell inside
// a word: "Paris, " * 80000 was cut as "Pa|ris", the next block's line then
// started with the lower-case "ris", was no longer read as a headline, and
// every "Paris" became a place, where shorter copies of the same list give
// none ("Paris" is also a common word, "pari" + "s", and a list of capitals
// reads as a headline). The result per copy must not depend on the length.
TEST_CASE("find_entities: a list on one line gives the same entities per copy at any length") {
  struct Case { const char* item; size_t entities_per_copy; };
  const Case cases[] = {
      {"Paris, ", 0},   // 7 units: the cuts at 2^18 and 2^19 fall inside a word
      {"Berlin, ", 1},  // no common word: a place in every copy
  };
  const size_t copies[] = {10, 1000, 40000, 80000, 150000};  // 1 to 5 blocks
  for (const Case& c : cases) {
    for (size_t n : copies) {
      const std::string item = c.item;
      CAPTURE(item);
      CAPTURE(n);
      std::string text;
      for (size_t k = 0; k < n; ++k) text += c.item;
      CHECK(find_entities(doc_of("en", text)).size() == n * c.entities_per_copy);
    }
  }
}

// The words of a text are described once each (entity_tokens.h,
// Vocabulary), and past 2^16 distinct words that cache is emptied between
// blocks (core/entities.cc): the sentence read after it must be read as
// the same sentence before it.
TEST_CASE("find_entities: a text of more distinct words than the vocabulary keeps reads its end alike") {
  const std::string sentence = "Dario Amodei dirige Anthropic à Paris.\n";
  std::string text = sentence;
  for (int k = 0; k < 100000; ++k) {  // distinct lower-case words: no names
    std::string word = "q";
    for (int n = k; n > 0; n /= 26) word += static_cast<char>('a' + n % 26);
    text += word + (k % 20 == 19 ? ".\n" : " ");
  }
  text += sentence;
  Document doc = doc_of("fr", text);
  CHECK(doc.text.size() > (2u << 18));  // the last sentence is in a third block
  std::vector<Entity> es = find_entities(doc);
  REQUIRE(es.size() >= 6);
  const size_t n = es.size();
  for (size_t k = 0; k < 3; ++k) {
    CAPTURE(k);
    CHECK(es[k].key == es[n - 3 + k].key);
    CHECK(es[k].type == es[n - 3 + k].type);
    CHECK(es[k].rule == es[n - 3 + k].rule);
    CHECK(mention(doc, es[k]) == mention(doc, es[n - 3 + k]));
  }
}

// The extractor folds from tables (entity_chars.h); they must give what
// ICU gives, on every code point and on words where NFD reorders marks.
std::u16string icu_fold_token(std::u16string_view word) {
  std::u16string f = fold(word);
  for (char16_t& c : f)
    if (c == 0x2019 || c == 0x02BC) c = u'\'';
  return f;
}

std::u16string icu_case_fold(std::u16string_view word) {
  icu::UnicodeString s(false, word.data(), static_cast<int32_t>(word.size()));
  s.foldCase();
  std::u16string f(s.getBuffer(), s.length());
  for (char16_t& c : f)
    if (c == 0x2019 || c == 0x02BC) c = u'\'';
  return f;
}

TEST_CASE("entity folding tables: the same as ICU") {
  const entity::CharTable& chars = entity::CharTable::get();
  auto check = [&](std::u16string_view word) {
    entity::UnitBuffer folded, case_folded;
    chars.append_folded(word, &folded);
    chars.append_case_folded(word, &case_folded);
    CHECK(std::u16string(folded.begin(), folded.end()) == icu_fold_token(word));
    CHECK(std::u16string(case_folded.begin(), case_folded.end()) == icu_case_fold(word));
    entity::UnitBuffer changed;
    if (!chars.append_folded_if_changed(word, &changed)) CHECK(icu_fold_token(word) == word);
  };
  for (char32_t c = 1; c < 0x10000; ++c) {
    const char16_t unit = static_cast<char16_t>(c);
    check(std::u16string_view(&unit, 1));
  }
  const char* const kWords[] = {
      "États-Unis", "Ærøskøbing", "Straße", "ﬁnance", "İstanbul", "O’Brien", "Ǆemal",
      "e\xCC\x81\xCC\xA3x",              // e + acute + dot below: NFD reorders them
      "\xE0\xBD\xB1\xE0\xBD\xBF\xE0\xBD\xB2",  // Tibetan vowel signs, a spacing mark with a combining class
      "\xE1\xBE\x82\xCD\x85",             // Greek with ypogegrammeni
      "한국어", "𝐀𝐁𝐂", "Ｔｏｋｙｏ", "ǅ"};
  for (const char* w : kWords) check(u16(w));
}

}  // namespace
}  // namespace tx
