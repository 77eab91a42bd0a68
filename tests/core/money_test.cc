// Money: amounts with currency names, symbols and ISO codes in French and
// English, scales, context-resolved dollars and francs (money.h).
#include "money.h"

#include <doctest/doctest.h>

#include "figure_cases.h"

namespace tx {
namespace {

using testing::Expect;
using testing::kNull;
using testing::Row;

TEST_CASE("find_figures: money in French") {
  const std::vector<Row> rows = {
      // Names after the amount, with scales.
      {"fr", "Anthropic investit 50 Mds de dollars dans des data centers.",
       {{"50 Mds de dollars", "money", 5e10, "USD"}}},
      {"fr", "un investissement de 50 milliards de dollars (43,3 milliards d’euros)",
       {{"50 milliards de dollars", "money", 5e10, "USD"},
        {"43,3 milliards d’euros", "money", 43300000000.0, "EUR"}}},
      {"fr", "43,3 milliards d'euros", {{"43,3 milliards d'euros", "money", 43300000000.0, "EUR"}}},
      {"fr", "1,5 milliard de dollars", {{"1,5 milliard de dollars", "money", 1.5e9, "USD"}}},
      {"fr", "3 000 milliards d'euros de dette", {{"3 000 milliards d'euros", "money", 3e12, "EUR"}}},
      {"fr", "un prêt de 500 000 euros", {{"500 000 euros", "money", 500000, "EUR"}}},
      {"fr", "un prêt de 500\u202F000\u00A0euros", {{"500\u202F000\u00A0euros", "money", 500000, "EUR"}}},
      {"fr", "Le baril a atteint 80 dollars.", {{"80 dollars", "money", 80, "USD"}}},
      {"fr", "Il gagne 2.500 euros par mois.", {{"2.500 euros", "money", 2500, "EUR"}}},
      {"fr", "une amende de 1,2 million d’euros", {{"1,2 million d’euros", "money", 1.2e6, "EUR"}}},
      {"fr", "un budget de 12,75 millions d'euros", {{"12,75 millions d'euros", "money", 12750000, "EUR"}}},
      {"fr", "Le Japon investit 10 billions de yens.", {{"10 billions de yens", "money", 1e13, "JPY"}}},
      {"fr", "une dette de 2 billions d'euros", {{"2 billions d'euros", "money", 2e12, "EUR"}}},
      {"fr", "deux milliards d'euros", {{"deux milliards d'euros", "money", 2e9, "EUR"}}},
      {"fr", "cinquante euros", {{"cinquante euros", "money", 50, "EUR"}}},
      {"fr", "trois cents euros", {{"trois cents euros", "money", 300, "EUR"}}},
      {"fr", "vingt et un millions d'euros", {{"vingt et un millions d'euros", "money", 21e6, "EUR"}}},
      {"fr", "un milliard d'euros", {{"un milliard d'euros", "money", 1e9, "EUR"}}},
      {"fr", "Un milliard de dollars", {{"Un milliard de dollars", "money", 1e9, "USD"}}},
      {"fr", "une dizaine de milliards d'euros",
       {{"une dizaine de milliards d'euros", "money", 1e10, "EUR", true}}},
      {"fr", "une centaine de millions de dollars",
       {{"une centaine de millions de dollars", "money", 1e8, "USD", true}}},
      {"fr", "mille euros", {{"mille euros", "money", 1000, "EUR"}}},
      {"fr", "5 000 milliards de yens", {{"5 000 milliards de yens", "money", 5e12, "JPY"}}},
      {"fr", "10 millions de yuans", {{"10 millions de yuans", "money", 1e7, "CNY"}}},
      {"fr", "300 millions de roubles", {{"300 millions de roubles", "money", 3e8, "RUB"}}},
      {"fr", "2 milliards de roupies", {{"2 milliards de roupies", "money", 2e9, "INR"}}},
      {"fr", "40 milliards de wons", {{"40 milliards de wons", "money", 4e10, "KRW"}}},
      {"fr", "1 000 francs suisses", {{"1 000 francs suisses", "money", 1000, "CHF"}}},
      {"fr", "50 livres sterling", {{"50 livres sterling", "money", 50, "GBP"}}},
      {"fr", "15 millions de livres", {{"15 millions de livres", "money", 15e6, "GBP"}}},
      {"fr", "30 millions de dollars américains", {{"30 millions de dollars américains", "money", 3e7, "USD"}}},
      {"fr", "50 millions de dollars canadiens", {{"50 millions de dollars canadiens", "money", 5e7, "CAD"}}},
      {"fr", "20 millions de dollars australiens", {{"20 millions de dollars australiens", "money", 2e7, "AUD"}}},
      {"fr", "8 milliards de dollars US", {{"8 milliards de dollars US", "money", 8e9, "USD"}}},
      {"fr", "100 millions de dollars des États-Unis", {{"100 millions de dollars des États-Unis", "money", 1e8, "USD"}}},
      {"fr", "2 milliards de francs CFA", {{"2 milliards de francs CFA", "money", 2e9, "XOF"}}},
      {"fr", "5 000 FCFA", {{"5 000 FCFA", "money", 5000, "XOF"}}},
      {"fr", "3 milliards de couronnes suédoises", {{"3 milliards de couronnes suédoises", "money", 3e9, "SEK"}}},
      {"fr", "10 millions de réals brésiliens", {{"10 millions de réals brésiliens", "money", 1e7, "BRL"}}},
      {"fr", "500 millions de livres turques", {{"500 millions de livres turques", "money", 5e8, "TRY"}}},
      {"fr", "1 milliard de pesos mexicains", {{"1 milliard de pesos mexicains", "money", 1e9, "MXN"}}},
      {"fr", "3 millions de rands", {{"3 millions de rands", "money", 3e6, "ZAR"}}},
      {"fr", "600 millions de zlotys", {{"600 millions de zlotys", "money", 6e8, "PLN"}}},
      {"fr", "EUROS: 12 EUROS", {{"12 EUROS", "money", 12, "EUR"}}},
      // Symbols before or after, abbreviations glued to them.
      {"fr", "Il coûte 1 250 € HT.", {{"1 250 €", "money", 1250, "EUR"}}},
      {"fr", "Il coûte 1 250€.", {{"1 250€", "money", 1250, "EUR"}}},
      {"fr", "Le groupe vise 5 Mds€ de revenus.", {{"5 Mds€", "money", 5e9, "EUR"}}},
      {"fr", "un contrat de 50 M€", {{"50 M€", "money", 5e7, "EUR"}}},
      {"fr", "un contrat de 50 M €", {{"50 M €", "money", 5e7, "EUR"}}},
      {"fr", "soit 2 Md€", {{"2 Md€", "money", 2e9, "EUR"}}},
      {"fr", "un salaire de 45 k€", {{"45 k€", "money", 45000, "EUR"}}},
      {"fr", "un budget de 3 M$", {{"3 M$", "money", 3e6, "USD"}}},
      {"fr", "soit 1,1 Md$", {{"1,1 Md$", "money", 1.1e9, "USD"}}},
      {"fr", "Il a payé 10 000 $ pour sa voiture.", {{"10 000 $", "money", 10000, "USD"}}},
      {"fr", "Le titre vaut 150 $US.", {{"150 $US", "money", 150, "USD"}}},
      {"fr", "un chèque de 200 £", {{"200 £", "money", 200, "GBP"}}},
      {"fr", "La levée atteint €600m.", {{"€600m", "money", 6e8, "EUR"}}},
      {"fr", "Une enveloppe de $4bn.", {{"$4bn", "money", 4e9, "USD"}}},
      {"fr", "Montant : EUR 3.2bn", {{"EUR 3.2bn", "money", 3.2e9, "EUR"}}},
      {"fr", "Montant : 100 CHF", {{"100 CHF", "money", 100, "CHF"}}},
      {"fr", "Montant : USD 200", {{"USD 200", "money", 200, "USD"}}},
      {"fr", "un rachat à 2,5 milliards USD", {{"2,5 milliards USD", "money", 2.5e9, "USD"}}},
      {"fr", "un chèque de 120 €.", {{"120 €", "money", 120, "EUR"}}},
      {"fr", "Le prix : 19,99 €", {{"19,99 €", "money", 19.99, "EUR"}}},
      {"fr", "Le prix : 19,99\u00A0€", {{"19,99\u00A0€", "money", 19.99, "EUR"}}},
      {"fr", "Le Québec investit 2 G$ dans l'hydroélectricité à Montréal.",
       {{"2 G$", "money", 2e9, "CAD"}}},
      // Apostrophes, line breaks, parentheses, start and end of text.
      {"fr", "3 millions d’euros", {{"3 millions d’euros", "money", 3e6, "EUR"}}},
      {"fr", "3 millions d'euros", {{"3 millions d'euros", "money", 3e6, "EUR"}}},
      {"fr", "3 millions d\u02BCeuros", {{"3 millions d\u02BCeuros", "money", 3e6, "EUR"}}},
      {"fr", "un total de 50 milliards\nde dollars", {{"50 milliards\nde dollars", "money", 5e10, "USD"}}},
      {"fr", "un total de 50\nmilliards de dollars", {{"50\nmilliards de dollars", "money", 5e10, "USD"}}},
      {"fr", "(43,3 milliards d’euros)", {{"43,3 milliards d’euros", "money", 43300000000.0, "EUR"}}},
      {"fr", "50 milliards de dollars", {{"50 milliards de dollars", "money", 5e10, "USD"}}},
      {"fr", "Total: 12 euros", {{"12 euros", "money", 12, "EUR"}}},
      {"fr", "«\u00A015 millions d'euros\u00A0»", {{"15 millions d'euros", "money", 1.5e7, "EUR"}}},
      // Vague amounts.
      {"fr", "un partenariat pour plusieurs milliards d’euros",
       {{"plusieurs milliards d’euros", "money", kNull, "EUR", true}}},
      {"fr", "évalué à plusieurs dizaines de milliards de dollars",
       {{"plusieurs dizaines de milliards de dollars", "money", kNull, "USD", true}}},
      {"fr", "des dizaines de milliards de dollars",
       {{"des dizaines de milliards de dollars", "money", kNull, "USD", true}}},
      {"fr", "des milliards d'euros", {{"des milliards d'euros", "money", kNull, "EUR", true}}},
      {"fr", "quelques millions d'euros", {{"quelques millions d'euros", "money", kNull, "EUR", true}}},
      {"fr", "plusieurs centaines de milliers d'euros",
       {{"plusieurs centaines de milliers d'euros", "money", kNull, "EUR", true}}},
      {"fr", "des centaines de millions de dollars",
       {{"des centaines de millions de dollars", "money", kNull, "USD", true}}},
      // Negatives.
      {"fr", "Il a écrit 300 livres.", {{"300", "number", 300}}},
      {"fr", "Il a écrit 3 livres.", {}},
      {"fr", "le dollar a baissé", {}},
      {"fr", "L'euro recule face au dollar.", {}},
      {"fr", "un milliard", {{"un milliard", "number", 1e9}}},
      {"fr", "un dollar", {}},
      {"fr", "PHP 8 est sorti.", {}},
      {"fr", "la COP 28", {}},
      {"fr", "les milliards de dollars promis", {{"milliards de dollars", "money", kNull, "USD", true}}},
      {"fr", "le milliard de dollars promis", {}},
      {"fr", "M$ et M€", {}},
      {"fr", "Le symbole € et le $.", {}},
  };
  MESSAGE("French money rows: " << testing::check_rows(rows));
}

TEST_CASE("find_figures: money in English") {
  const std::vector<Row> rows = {
      {"en", "The company raised $4bn.", {{"$4bn", "money", 4e9, "USD"}}},
      {"en", "a €600m deal", {{"€600m", "money", 6e8, "EUR"}}},
      {"en", "valued at $1.26B", {{"$1.26B", "money", 1.26e9, "USD"}}},
      {"en", "Japan will spend 10 trillion yen.", {{"10 trillion yen", "money", 1e13, "JPY"}}},
      {"en", "worth 1,200.5 million dollars", {{"1,200.5 million dollars", "money", 1200500000, "USD"}}},
      {"en", "a $50 billion investment", {{"$50 billion", "money", 5e10, "USD"}}},
      {"en", "a $50-billion investment", {{"$50-billion", "money", 5e10, "USD"}}},
      {"en", "a 1.5-million-dollar fine", {{"1.5-million-dollar", "money", 1.5e6, "USD"}}},
      {"en", "£3.5m in damages", {{"£3.5m", "money", 3.5e6, "GBP"}}},
      {"en", "US$ 5 million", {{"US$ 5 million", "money", 5e6, "USD"}}},
      {"en", "US$5 million", {{"US$5 million", "money", 5e6, "USD"}}},
      {"en", "C$10 billion", {{"C$10 billion", "money", 1e10, "CAD"}}},
      {"en", "A$2bn", {{"A$2bn", "money", 2e9, "AUD"}}},
      {"en", "HK$3 billion", {{"HK$3 billion", "money", 3e9, "HKD"}}},
      {"en", "R$ 40 billion", {{"R$ 40 billion", "money", 4e10, "BRL"}}},
      {"en", "₹500 crore", {{"₹500 crore", "money", 5e9, "INR"}}},
      {"en", "Rs 500", {{"Rs 500", "money", 500, "INR"}}},
      {"en", "¥1,000", {{"¥1,000", "money", 1000, "JPY"}}},
      {"en", "USD 200", {{"USD 200", "money", 200, "USD"}}},
      {"en", "EUR 3.2bn", {{"EUR 3.2bn", "money", 3.2e9, "EUR"}}},
      {"en", "CHF 1.5 billion", {{"CHF 1.5 billion", "money", 1.5e9, "CHF"}}},
      {"en", "200 USD", {{"200 USD", "money", 200, "USD"}}},
      {"en", "$10tn", {{"$10tn", "money", 1e13, "USD"}}},
      {"en", "$50k salary", {{"$50k", "money", 50000, "USD"}}},
      {"en", "$4.5 trillion", {{"$4.5 trillion", "money", 4.5e12, "USD"}}},
      {"en", "50 euros", {{"50 euros", "money", 50, "EUR"}}},
      {"en", "1.5 million euros", {{"1.5 million euros", "money", 1.5e6, "EUR"}}},
      {"en", "3 billion US dollars", {{"3 billion US dollars", "money", 3e9, "USD"}}},
      {"en", "100 Swiss francs", {{"100 Swiss francs", "money", 100, "CHF"}}},
      {"en", "2 million British pounds", {{"2 million British pounds", "money", 2e6, "GBP"}}},
      {"en", "5 million pounds sterling", {{"5 million pounds sterling", "money", 5e6, "GBP"}}},
      {"en", "London: the fine was 2 million pounds. UK regulators agreed.",
       {{"2 million pounds", "money", 2e6, "GBP"}}},
      {"en", "800 billion yuan", {{"800 billion yuan", "money", 8e11, "CNY"}}},
      {"en", "40 billion rubles", {{"40 billion rubles", "money", 4e10, "RUB"}}},
      {"en", "two billion dollars", {{"two billion dollars", "money", 2e9, "USD"}}},
      {"en", "a billion dollars", {{"a billion dollars", "money", 1e9, "USD"}}},
      {"en", "fifty dollars", {{"fifty dollars", "money", 50, "USD"}}},
      {"en", "two hundred and fifty million euros",
       {{"two hundred and fifty million euros", "money", 2.5e8, "EUR"}}},
      {"en", "tens of billions of dollars", {{"tens of billions of dollars", "money", kNull, "USD", true}}},
      {"en", "billions of dollars", {{"billions of dollars", "money", kNull, "USD", true}}},
      {"en", "several billion dollars", {{"several billion dollars", "money", kNull, "USD", true}}},
      {"en", "hundreds of millions of euros",
       {{"hundreds of millions of euros", "money", kNull, "EUR", true}}},
      {"en", "a few million dollars", {{"a few million dollars", "money", kNull, "USD", true}}},
      {"en", "($1.2bn)", {{"$1.2bn", "money", 1.2e9, "USD"}}},
      {"en", "$1.2\nbillion", {{"$1.2\nbillion", "money", 1.2e9, "USD"}}},
      // Negatives.
      {"en", "He lost 20 pounds.", {{"20", "number", 20}}},
      {"en", "The dollar fell.", {}},
      {"en", "PHP 8 is out.", {}},
      {"en", "TOP 10 tips", {}},
      {"en", "a dollar", {}},
      {"en", "$ sign", {}},
      {"en", "M$ Office", {}},
      {"en", "USD200", {}},
      {"en", "a 1 000 000 € prize", {{"1 000 000 €", "money", 1e6, "EUR"}}},
      {"fr", "un prix de 1,200,000 euros", {{"1,200,000 euros", "money", 1.2e6, "EUR"}}},
      {"en", "a prize of 1.200.000 euros", {{"1.200.000 euros", "money", 1.2e6, "EUR"}}},
      {"fr", "le code 007 €", {}},
  };
  MESSAGE("English money rows: " << testing::check_rows(rows));
}

TEST_CASE("find_figures: the document's context chooses the dollar and the franc") {
  const std::vector<Row> rows = {
      // Default: the US dollar.
      {"fr", "Anthropic investit 50 milliards de dollars au Texas.",
       {{"50 milliards de dollars", "money", 5e10, "USD"}}},
      // Canadian / Quebec cues: CAD.
      {"fr", "Ottawa annonce 2 milliards de dollars. Le Canada et le Québec saluent la mesure.",
       {{"2 milliards de dollars", "money", 2e9, "CAD"}}},
      {"fr", "À Montréal, le projet coûte 500 millions $. Québec paiera.",
       {{"500 millions $", "money", 5e8, "CAD"}}},
      {"en", "Ottawa will spend $2 billion. Canada and Quebec agree.",
       {{"$2 billion", "money", 2e9, "CAD"}}},
      // A cue glued after digits is a code, not a mention ("2Canada").
      {"fr", "Les lots 2Canada et 3Québec : 2 milliards de dollars.",
       {{"2 milliards de dollars", "money", 2e9, "USD"}}},
      {"fr", "Les lots 2 Canada et 3 Québec : 2 milliards de dollars.",
       {{"2 milliards de dollars", "money", 2e9, "CAD"}}},
      // One Canadian cue is not enough against none.
      {"fr", "Le Canada a versé 2 milliards de dollars.",
       {{"2 milliards de dollars", "money", 2e9, "USD"}}},
      // US cues outweigh Canadian ones.
      {"fr", "Washington et Ottawa : les États-Unis investissent 3 milliards de dollars, "
             "les Américains applaudissent, le Canada attend.",
       {{"3 milliards de dollars", "money", 3e9, "USD"}}},
      // Australia.
      {"en", "Sydney: the Australian government pledged $1bn. Canberra confirmed, Australia agreed.",
       {{"$1bn", "money", 1e9, "AUD"}}},
      // Francs: Swiss context gives CHF, none gives the French franc.
      {"fr", "La Suisse débloque 100 millions de francs. Genève et Zurich applaudissent.",
       {{"100 millions de francs", "money", 1e8, "CHF"}}},
      {"fr", "En 1995, la maison valait 800 000 francs.", {{"800 000 francs", "money", 800000, "FRF"}}},
      {"en", "The bank paid 3 million francs.", {{"3 million francs", "money", 3e6, "CHF"}}},
      {"fr", "Au Sénégal, à Dakar, le kilo coûte 500 francs.",
       {{"500 francs", "money", 500, "XOF"}}},
      // Livres: books unless a scale or a British context.
      {"fr", "Londres : le Royaume-Uni paiera 300 livres par foyer, annonce le gouvernement britannique.",
       {{"300 livres", "money", 300, "GBP"}}},
      {"fr", "La bibliothèque possède 300 livres.", {{"300", "number", 300}}},
      // Couronnes need a country.
      {"fr", "En Suède, Stockholm a prévu 5 milliards de couronnes.",
       {{"5 milliards de couronnes", "money", 5e9, "SEK"}}},
      {"fr", "Il a reçu 5 couronnes.", {}},
      // ¥: yen unless China.
      {"en", "Beijing said China will spend ¥100bn, Chinese officials said.",
       {{"¥100bn", "money", 1e11, "CNY"}}},
  };
  MESSAGE("currency context rows: " << testing::check_rows(rows));
}

}  // namespace
}  // namespace tx
