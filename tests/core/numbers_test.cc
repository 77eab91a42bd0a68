// Numbers as written (numbers.h) and the bare-number policy of
// find_figures: which numbers are reported as kind "number" and which are
// codes, years, names, list numbering or noise.
#include "numbers.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "figure_cases.h"
#include "text.h"

namespace tx {
namespace {

using figures::decimal_value;
using figures::scan_numeral;
using testing::Expect;
using testing::kNull;
using testing::Row;

TEST_CASE("decimal_value rounds once: exact integers, nearest doubles, never inf") {
  struct Case { uint64_t mantissa; int32_t exp10; double expected; };
  const Case cases[] = {
      {433, 8, 43300000000.0},        // "43,3 milliards"
      {74, -1, 7.4},                  // "7,4"
      {126, 7, 1260000000.0},         // "$1.26B"
      {125, -1, 12.5},
      {12005, 5, 1200500000.0},       // "1,200.5 million"
      {756, 5, 75600000.0},           // "75,6 millions"
      {15, 8, 1500000000.0},          // "1,5 milliard"
      {3, 12, 3000000000000.0},       // "3 000 milliards" = 3 × 10^12
      {1, -2, 0.01},
      {0, 5, 0.0},
      {999999999999999999ULL, 12, 999999999999999999e12},
  };
  for (const Case& c : cases) {
    CAPTURE(c.mantissa);
    CAPTURE(c.exp10);
    CHECK(decimal_value(c.mantissa, c.exp10) == c.expected);
  }
  CHECK(std::isfinite(decimal_value(18446744073709551615ULL, 100000)));
  CHECK(decimal_value(1, -100000) >= 0);
}

TEST_CASE("scan_numeral reads groups and decimals by language") {
  struct Case {
    const char* lang;
    const char* text;
    double value;
    size_t end;          // UTF-16 units read
    bool grouped;
    bool chained;
  };
  const Case cases[] = {
      {"fr", "100 000 habitants", 100000, 7, true, false},
      {"fr", "100\u00A0000", 100000, 7, true, false},
      {"fr", "100\u202F000", 100000, 7, true, false},
      {"fr", "2.620 salariés", 2620, 5, true, false},
      {"fr", "1 234 567,89", 1234567.89, 12, true, false},
      {"fr", "43,3 milliards", 43.3, 4, false, false},
      {"fr", "3.5 points", 3.5, 3, false, false},       // a dot that cannot be a group
      {"fr", "1'000 francs", 1000, 5, true, false},     // Swiss grouping
      {"fr", "2024 300", 2024, 4, false, false},        // four digits never start groups
      {"fr", "12  000", 12, 2, false, false},           // two spaces: two numbers
      {"fr", "0,5", 0.5, 3, false, false},
      {"fr", "-3,5 %", -3.5, 4, false, false},
      {"fr", "\u22124", -4, 2, false, false},
      {"fr", "+2,5", 2.5, 4, false, false},
      {"fr", "1,200", 1.2, 5, false, false},             // French comma: decimals
      {"en", "1,200", 1200, 5, true, false},
      {"en", "1,200.5", 1200.5, 7, true, false},
      {"en", "1.200", 1.2, 5, false, false},
      {"en", "1,5", 1.5, 3, false, false},              // a comma that cannot be a group
      {"en", "12,000,000 people", 12000000, 10, true, false},
      {"en", "1 000", 1000, 5, true, false},            // SI-style groups
      {"en", "12  000", 12, 2, false, false},
      {"fr", "1,200,000 euros", 1200000, 9, true, false},  // English groups in French text
      {"en", "1.200.000 euros", 1200000, 9, true, false},  // and the other way round
      {"fr", "1,200,5", 1.2, 5, false, true},
      {"en", "1\u202F000", 1000, 5, true, false},
      {"fr", "23/01/2025", 23, 2, false, true},
      {"fr", "2025-01-23", 2025, 4, false, true},
      {"fr", "14:30", 14, 2, false, true},
      {"en", "1.2.3", 1.2, 3, false, true},
      {"fr", "01.23.45.67.89", 1.23, 5, false, true},
      {"fr", "10-15 %", 10, 2, false, true},
      {"fr", "3,5.", 3.5, 3, false, false},
  };
  for (const Case& c : cases) {
    std::string utf8 = c.text;
    std::string lang = c.lang;
    CAPTURE(utf8);
    CAPTURE(lang);
    std::u16string text = u16(c.text);
    auto n = scan_numeral(text, 0, c.lang);
    REQUIRE(n.has_value());
    CHECK(n->value() == c.value);
    CHECK(n->end == c.end);
    CHECK(n->grouped == c.grouped);
    CHECK(n->chained == c.chained);
  }
}

TEST_CASE("scan_numeral flags years, leading zeros and junk") {
  std::u16string year = u"2025";
  CHECK(scan_numeral(year, 0, "fr")->year_like());
  std::u16string grouped = u"2 025";
  CHECK_FALSE(scan_numeral(grouped, 0, "fr")->year_like());
  std::u16string code = u"06";
  CHECK(scan_numeral(code, 0, "fr")->leading_zero);
  std::u16string long_run(100000, u'7');
  auto n = scan_numeral(long_run, 0, "fr");
  REQUIRE(n.has_value());
  CHECK(n->too_long);
  CHECK(n->end == long_run.size());
  CHECK(std::isfinite(n->value()));
}

TEST_CASE("spelled-out numbers come from ICU's spell-out rules") {
  struct Case { const char* lang; const char* text; uint64_t value; size_t end; };
  const Case cases[] = {
      {"fr", "deux", 2, 4},
      {"fr", "cinquante", 50, 9},
      {"fr", "vingt et un", 21, 11},
      {"fr", "vingt-et-un", 21, 11},
      {"fr", "soixante et onze", 71, 16},
      {"fr", "quatre-vingts", 80, 13},
      {"fr", "quatre-vingt-dix-neuf", 99, 21},
      {"fr", "deux cent cinquante", 250, 19},
      {"fr", "deux-cent-cinquante", 250, 19},
      {"fr", "deux cents", 200, 10},
      {"fr", "trois mille", 3000, 11},
      {"fr", "deux cent mille", 200000, 15},
      {"fr", "mille cinq cents", 1500, 16},
      {"fr", "une", 1, 3},
      {"fr", "douze", 12, 5},
      {"en", "twenty-five", 25, 11},
      {"en", "twenty five", 25, 11},
      {"en", "two hundred and fifty", 250, 21},
      {"en", "two hundred fifty", 250, 17},
      {"en", "a hundred", 100, 9},
      {"en", "one thousand five hundred", 1500, 25},
      {"en", "fifty", 50, 5},
      {"en", "a", 1, 1},
  };
  for (const Case& c : cases) {
    std::string utf8 = c.text;
    CAPTURE(utf8);
    std::u16string text = u16(c.text);
    auto s = figures::match_spelled(text, 0, c.lang);
    REQUIRE(s.has_value());
    CHECK(s->value == c.value);
    CHECK(s->end == c.end);
  }
  for (const char* word : {"deuxième", "centaines", "unique", "des", "Trois-Rivières"}) {
    std::string w = word;
    CAPTURE(w);
    std::u16string text = u16(word);
    auto s = figures::match_spelled(text, 0, "fr");
    if (s) CHECK(s->end < text.size());
  }
}

// Bare numbers: reported when they count or measure something, with their
// scale; everything else is a negative.
TEST_CASE("find_figures: bare numbers") {
  const std::vector<Row> rows = {
      // Positives: counts, scaled numbers, decimals.
      {"fr", "L'usine emploie 3 000 salariés.", {{"3 000", "number", 3000}}},
      {"fr", "Plus de 12 000 emplois supprimés.", {{"12 000", "number", 12000, "", true, 12000}}},
      {"fr", "La ville compte 100\u00A0000 habitants.", {{"100\u00A0000", "number", 100000}}},
      {"fr", "La ville compte 100\u202F000 habitants.", {{"100\u202F000", "number", 100000}}},
      {"fr", "Le groupe compte 2.620 salariés.", {{"2.620", "number", 2620}}},
      {"fr", "Il y a 1,2 million d'habitants.", {{"1,2 million", "number", 1200000}}},
      {"fr", "Près de 2 millions de personnes ont manifesté.",
       {{"2 millions", "number", 2000000, "", true}}},
      {"fr", "Deux millions de personnes ont voté.", {{"Deux millions", "number", 2000000}}},
      {"fr", "Les 27 États membres ont voté.", {{"27", "number", 27}}},
      {"fr", "L'indice a atteint 1,5 en mars.", {{"1,5", "number", 1.5}}},
      {"fr", "Une centaine de personnes étaient présentes.",
       {{"Une centaine", "number", 100, "", true}}},
      {"fr", "Un millier de soldats sont déployés.", {{"Un millier", "number", 1000, "", true}}},
      {"fr", "Une dizaine de journalistes attendaient.",
       {{"Une dizaine", "number", 10, "", true}}},
      {"fr", "Une douzaine d'œufs.", {{"Une douzaine", "number", 12}}},
      {"fr", "3 000 milliards", {{"3 000 milliards", "number", 3e12}}},
      {"fr", "Le marché pèse 50 Mds.", {{"50 Mds", "number", 5e10}}},
      {"fr", "Un million de visiteurs.", {{"Un million", "number", 1e6}}},
      {"fr", "mille milliards", {{"mille milliards", "number", 1e12}}},
      {"fr", "Selon 35 experts interrogés.", {{"35", "number", 35}}},
      {"fr", "Sur 120 candidats, 80 ont été admis.", {{"120", "number", 120}, {"80", "number", 80}}},
      {"fr", "Des millions de personnes.", {{"Des millions", "number", kNull, "", true}}},
      {"fr", "pour plusieurs milliards", {{"plusieurs milliards", "number", kNull, "", true}}},
      {"fr", "à peu près 15 000 personnes", {{"15 000", "number", 15000, "", true}}},
      {"fr", "quelque 2 000 manifestants", {{"2 000", "number", 2000, "", true}}},
      {"fr", "au moins 30 morts", {{"30", "number", 30, "", true, 30}}},
      {"fr", "moins de 50 participants", {{"50", "number", 50, "", true, kNull, 50}}},
      {"fr", "entre 2 et 3 millions d'habitants",
       {{"2", "number", 2e6}, {"3 millions", "number", 3e6}}},
      {"en", "The company cut 3,000 jobs.", {{"3,000", "number", 3000}}},
      {"en", "About 1.5 million people live there.",
       {{"1.5 million", "number", 1500000, "", true}}},
      {"en", "a million visitors", {{"a million", "number", 1e6}}},
      {"en", "Two billion people use it.", {{"Two billion", "number", 2e9}}},
      {"en", "some 300 workers", {{"300", "number", 300, "", true}}},
      {"en", "more than 12,500 students", {{"12,500", "number", 12500, "", true, 12500}}},
      {"en", "fewer than 40 stores", {{"40", "number", 40, "", true, kNull, 40}}},
      {"en", "5bn people", {{"5bn", "number", 5e9}}},
      {"en", "several million people", {{"several million", "number", kNull, "", true}}},
      {"en", "a dozen eggs", {{"a dozen", "number", 12}}},
      {"en", "India's 1.4 billion citizens", {{"1.4 billion", "number", 1.4e9}}},
      {"en", "2 and 3 million people", {{"2", "number", 2e6}, {"3 million", "number", 3e6}}},
      {"en", "raised 250 lakh", {{"250 lakh", "number", 2.5e7}}},
      {"fr", "Il y a 999999999999999999999 milliards d'étoiles.",
       {{"999999999999999999999 milliards", "number", 999999999999999999999e9}}},

      // Negatives: identifiers, names, codes, years, ordinals, noise.
      {"fr", "La pandémie de COVID-19 a frappé.", {}},
      {"fr", "Microsoft lance Windows 11.", {}},
      {"fr", "Le sommet du G7 s'ouvre.", {}},
      {"fr", "Au 3e trimestre, les ventes ont reculé.", {}},
      {"fr", "Au 3ème trimestre.", {}},
      {"fr", "l'un des deux", {}},
      {"fr", "Appelez le 01 23 45 67 89.", {}},
      {"fr", "Tél. : 01.23.45.67.89", {}},
      {"fr", "Numéro : +33 6 12 34 56 78", {}},
      {"fr", "La version 2.0 est sortie.", {}},
      {"fr", "Mise à jour 1.2.3 disponible.", {}},
      {"fr", "Anthropic a lancé Claude 3.", {}},
      {"fr", "Le CAC 40 a clôturé en hausse.", {}},
      {"fr", "Le Web Summit 2025 s'ouvre.", {}},
      {"fr", "En 2025, la croissance ralentit.", {}},
      {"fr", "les années 1990", {}},
      {"fr", "Il a 30 ans.", {}},
      {"fr", "depuis 15 jours", {}},
      {"fr", "Rendez-vous à 14 h 30.", {}},
      {"fr", "Rendez-vous à 14h30.", {}},
      {"fr", "Rendez-vous à 14:30.", {}},
      {"fr", "Le score est de 3-1.", {}},
      {"fr", "Service 24/7.", {}},
      {"fr", "L'article 49.3 de la Constitution.", {}},
      {"fr", "Voir page 12.", {}},
      {"fr", "le n°5 mondial", {}},
      {"fr", "L'Airbus A320 a décollé.", {}},
      {"fr", "Le Boeing 737 MAX.", {}},
      {"fr", "la COP28 de Dubaï", {}},
      {"fr", "la COP 28 de Dubaï", {}},
      {"fr", "Il est arrivé en 2e position.", {}},
      {"fr", "le 1er ministre", {}},
      {"fr", "Il a trois enfants.", {}},
      {"fr", "Il a 3 enfants.", {}},
      {"fr", "Les deux pays ont signé.", {}},
      {"fr", "des centaines de milliers d'entreprises", {}},
      {"fr", "des milliers de manifestants", {}},
      {"fr", "Le Top 14 reprend.", {}},
      {"fr", "en Ligue 1", {}},
      {"fr", "Le vol AF447.", {}},
      {"fr", "la saison 3 de la série", {}},
      {"fr", "12. Le dernier point\n", {}},
      {"fr", "\n12) Le dernier point", {}},
      {"fr", "(12)", {}},
      {"fr", "Le code 0612 est faux.", {}},
      {"fr", "10 fois plus", {}},
      {"fr", "il a gagné 15 points", {}},
      {"fr", "le 14 juillet", {}},
      {"fr", "au 12 rue de la Paix", {}},
      {"fr", "la 5G arrive", {}},
      {"fr", "un écran 4K", {}},
      {"fr", "les milliards investis", {}},
      {"fr", "Il est 10 h.", {}},
      {"fr", "MP3, H264, B2B", {}},
      {"en", "Microsoft released Windows 11.", {}},
      {"en", "iOS 17.2 is out.", {}},
      {"en", "Call 555-123-4567 now.", {}},
      {"en", "the 2024 budget", {}},
      {"en", "He is 45 years old.", {}},
      {"en", "on January 23", {}},
      {"en", "the 3rd quarter", {}},
      {"en", "the 21st century", {}},
      {"en", "one of the two", {}},
      {"en", "a 100m sprint", {}},
      {"en", "5m people", {}},
      {"en", "over 50 years", {}},
      {"en", "See chapter 12.", {}},
      {"en", "Flight MH370", {}},
      {"en", "Section 230", {}},
      {"en", "Top 10 list", {}},
      {"en", "He scored 12 points.", {}},
      {"en", "from 9 to 5", {}},
      {"en", "open 24/7", {}},
      {"fr", "Ils ont entre 18 et 25 ans.", {}},
      {"fr", "de 10 à 15 jours", {}},
      {"fr", "Elle a couru en 10,49 s.", {}},
      {"en", "aged 18 to 25 years", {}},
      {"en", "CEO Jensen Huang, 61, said demand remains strong.", {}},
      {"fr", "Le patron, Jean Dupont, 61, a démissionné.", {}},
      {"en", "Item 7A of the 10-K filing", {}},
      {"en", "a 20-year-old student", {}},
      {"en", "The S&P 500 rose.", {}},
      {"en", "the GPT-4 model and the H100 chip", {}},
      {"en", "Sales rose in 12 countries, 30 regions.", {{"12", "number", 12}, {"30", "number", 30}}},
  };
  MESSAGE("bare-number rows: " << testing::check_rows(rows));
}

TEST_CASE("find_figures never gives inf or NaN and never hangs on digits") {
  std::string many_digits(100000, '9');
  for (const std::string& text :
       {many_digits, many_digits + " milliards d'euros", "$" + many_digits,
        "1" + std::string(30000, ' ') + "000", std::string(5000, '.') + "5",
        std::string("9,") + std::string(50000, '9') + " %"}) {
    Document doc;
    doc.text = u16(text);
    doc.lang = "fr";
    for (const Figure& f : find_figures(doc)) {
      if (f.value) CHECK(std::isfinite(*f.value));
      if (f.min) CHECK(std::isfinite(*f.min));
      if (f.max) CHECK(std::isfinite(*f.max));
    }
  }
}

}  // namespace
}  // namespace tx
