// find_figures as a whole: hedges, ranges with shared scale and currency,
// figures in real-news-like paragraphs, at the edges of the text, and the
// merge with dates (figures.h).
#include "figures.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "figure_cases.h"
#include "figure_tokens.h"
#include "figure_word_map.h"
#include "hedges.h"
#include "text.h"

namespace tx {
namespace {

using testing::Expect;
using testing::kNull;
using testing::Row;

TEST_CASE("find_figures: hedges set approx, min and max but stay out of the span") {
  const std::vector<Row> rows = {
      {"fr", "plus de 7,4 gigawatts", {{"7,4 gigawatts", "quantity", 7.4, "GW", true, 7.4}}},
      {"fr", "environ 50 millions d'euros", {{"50 millions d'euros", "money", 5e7, "EUR", true}}},
      {"fr", "d'environ 50 millions d'euros", {{"50 millions d'euros", "money", 5e7, "EUR", true}}},
      {"fr", "près de 3 milliards de dollars", {{"3 milliards de dollars", "money", 3e9, "USD", true}}},
      {"fr", "près d'un milliard d'euros", {{"un milliard d'euros", "money", 1e9, "EUR", true}}},
      {"fr", "plus d'un milliard d'euros", {{"un milliard d'euros", "money", 1e9, "EUR", true, 1e9}}},
      {"fr", "plus d’un milliard d’euros", {{"un milliard d’euros", "money", 1e9, "EUR", true, 1e9}}},
      {"fr", "quelque 300 millions d'euros", {{"300 millions d'euros", "money", 3e8, "EUR", true}}},
      {"fr", "jusqu'à 2 milliards d'euros", {{"2 milliards d'euros", "money", 2e9, "EUR", true, kNull, 2e9}}},
      {"fr", "au moins 500 millions de dollars", {{"500 millions de dollars", "money", 5e8, "USD", true, 5e8}}},
      {"fr", "moins de 10 millions d'euros", {{"10 millions d'euros", "money", 1e7, "EUR", true, kNull, 1e7}}},
      {"fr", "pas moins de 200 millions d'euros", {{"200 millions d'euros", "money", 2e8, "EUR", true, 2e8}}},
      {"fr", "un peu plus de 4 %", {{"4 %", "percent", 4, "", true, 4}}},
      {"fr", "autour de 2 %", {{"2 %", "percent", 2, "", true}}},
      {"fr", "de l'ordre de 5 milliards d'euros", {{"5 milliards d'euros", "money", 5e9, "EUR", true}}},
      {"fr", "presque 20 %", {{"20 %", "percent", 20, "", true}}},
      {"fr", "50 millions d'euros environ", {{"50 millions d'euros", "money", 5e7, "EUR", true}}},
      {"fr", "3 milliards au moins", {{"3 milliards", "number", 3e9, "", true, 3e9}}},
      {"fr", "Environ 300 salariés", {{"300", "number", 300, "", true}}},
      {"fr", "Plus de 40 % des sondés", {{"40 %", "percent", 40, "", true, 40}}},
      {"fr", "plus de\n7,4 gigawatts", {{"7,4 gigawatts", "quantity", 7.4, "GW", true, 7.4}}},
      {"en", "about $5bn", {{"$5bn", "money", 5e9, "USD", true}}},
      {"en", "nearly $5bn", {{"$5bn", "money", 5e9, "USD", true}}},
      {"en", "over $5bn", {{"$5bn", "money", 5e9, "USD", true, 5e9}}},
      {"en", "more than $50 billion", {{"$50 billion", "money", 5e10, "USD", true, 5e10}}},
      {"en", "up to €600m", {{"€600m", "money", 6e8, "EUR", true, kNull, 6e8}}},
      {"en", "some 300 workers", {{"300", "number", 300, "", true}}},
      {"en", "at least 2 million people", {{"2 million", "number", 2e6, "", true, 2e6}}},
      {"en", "less than 1 percent", {{"1 percent", "percent", 1, "", true, kNull, 1}}},
      {"en", "roughly 40 GW", {{"40 GW", "quantity", 40, "GW", true}}},
      {"en", "around 12%", {{"12%", "percent", 12, "", true}}},
      {"en", "an estimated $3 billion", {{"$3 billion", "money", 3e9, "USD", true}}},
      {"en", "more than a billion dollars", {{"a billion dollars", "money", 1e9, "USD", true, 1e9}}},
      {"en", "$5bn or so", {{"$5bn", "money", 5e9, "USD", true}}},
      {"en", "20% or more", {{"20%", "percent", 20, "", true, 20}}},
      // A hedge not right before the figure does nothing.
      {"fr", "plus de clients, 50 millions d'euros", {{"50 millions d'euros", "money", 5e7, "EUR"}}},
      {"en", "over the year, $5bn", {{"$5bn", "money", 5e9, "USD"}}},
      {"fr", "le plus de capacité", {}},
  };
  MESSAGE("hedge rows: " << testing::check_rows(rows));
}

TEST_CASE("find_figures: ranges share the scale and the unit") {
  const std::vector<Row> rows = {
      {"fr", "entre 15 et 25 milliards de dollars",
       {{"15", "money", 1.5e10, "USD"}, {"25 milliards de dollars", "money", 2.5e10, "USD"}}},
      {"fr", "de 30 à 50 milliards d'euros",
       {{"30", "money", 3e10, "EUR"}, {"50 milliards d'euros", "money", 5e10, "EUR"}}},
      {"fr", "75,6 et 69,7 millions d'euros",
       {{"75,6", "money", 75600000, "EUR"}, {"69,7 millions d'euros", "money", 69700000, "EUR"}}},
      {"fr", "entre 900 millions et 1,2 milliard d'euros",
       {{"900 millions", "number", 9e8}, {"1,2 milliard d'euros", "money", 1.2e9, "EUR"}}},
      {"fr", "de 500 000 à 1 million d'euros",
       {{"500 000", "money", 500000, "EUR"}, {"1 million d'euros", "money", 1e6, "EUR"}}},
      {"fr", "2 ou 3 milliards de dollars",
       {{"2", "money", 2e9, "USD"}, {"3 milliards de dollars", "money", 3e9, "USD"}}},
      {"fr", "deux à trois milliards d'euros",
       {{"deux", "money", 2e9, "EUR"}, {"trois milliards d'euros", "money", 3e9, "EUR"}}},
      {"fr", "un à deux milliards d'euros",
       {{"un", "money", 1e9, "EUR"}, {"deux milliards d'euros", "money", 2e9, "EUR"}}},
      {"fr", "entre 3 et 5 GW", {{"3", "quantity", 3, "GW"}, {"5 GW", "quantity", 5, "GW"}}},
      {"fr", "10-15 %", {{"10", "percent", 10}, {"15 %", "percent", 15}}},
      {"fr", "10–15 %", {{"10", "percent", 10}, {"15 %", "percent", 15}}},
      {"fr", "10 - 15 %", {{"10", "percent", 10}, {"15 %", "percent", 15}}},
      {"fr", "entre 2020 et 2025", {}},
      {"fr", "de 2020 à 2025, 3 milliards d'euros", {{"3 milliards d'euros", "money", 3e9, "EUR"}}},
      {"fr", "en 2024 et 3 millions d'euros", {{"3 millions d'euros", "money", 3e6, "EUR"}}},
      {"fr", "de 3 à 5 ans", {}},
      {"fr", "entre 30 et 40 salariés", {{"30", "number", 30}, {"40", "number", 40}}},
      {"en", "between $5bn and $7bn", {{"$5bn", "money", 5e9, "USD"}, {"$7bn", "money", 7e9, "USD"}}},
      {"en", "$5-7bn", {{"$5", "money", 5e9, "USD"}, {"7bn", "money", 7e9, "USD"}}},
      {"en", "$5 to $7 billion", {{"$5", "money", 5e9, "USD"}, {"$7 billion", "money", 7e9, "USD"}}},
      {"en", "between $5 and $7 billion", {{"$5", "money", 5e9, "USD"}, {"$7 billion", "money", 7e9, "USD"}}},
      {"en", "5 to 7 billion euros", {{"5", "money", 5e9, "EUR"}, {"7 billion euros", "money", 7e9, "EUR"}}},
      {"en", "between 2 and 4 GW", {{"2", "quantity", 2, "GW"}, {"4 GW", "quantity", 4, "GW"}}},
      {"en", "2 and 3 million people", {{"2", "number", 2e6}, {"3 million", "number", 3e6}}},
      {"en", "$5 and 3 million people", {{"$5", "money", 5, "USD"}, {"3 million", "number", 3e6}}},
      {"en", "from 9 to 5", {}},
      {"fr", "deux contrats, l'un à 3 millions d'euros, l'autre à 5",
       {{"3 millions d'euros", "money", 3e6, "EUR"}}},
      {"fr", "les deux à 20 %", {{"20 %", "percent", 20}}},
      {"en", "both at 20%", {{"20%", "percent", 20}}},
  };
  MESSAGE("range rows: " << testing::check_rows(rows));
}

TEST_CASE("find_figures: figures in news paragraphs, at the edges of the text") {
  const std::vector<Row> rows = {
      {"fr",
       "La société d’intelligence artificielle (IA) Anthropic a annoncé mercredi un investissement "
       "de 50 milliards de dollars (43,3 milliards d’euros) dans des infrastructures informatiques.",
       {{"50 milliards de dollars", "money", 5e10, "USD"},
        {"43,3 milliards d’euros", "money", 43300000000.0, "EUR"}}},
      {"fr",
       "Le chiffre d'affaires atteint 2,5 milliards d'euros, en hausse de 3,2 %, et le groupe "
       "emploie 12 000 personnes dans 30 pays.",
       {{"2,5 milliards d'euros", "money", 2.5e9, "EUR"}, {"3,2 %", "percent", 3.2},
        {"12 000", "number", 12000}, {"30", "number", 30}}},
      {"fr",
       "TotalEnergies va investir 1,5 milliard d'euros dans un parc éolien de 1 GW au large de "
       "la Normandie, qui alimentera près de 800 000 foyers.",
       {{"1,5 milliard d'euros", "money", 1.5e9, "EUR"}, {"1 GW", "quantity", 1, "GW"},
        {"800 000", "number", 800000, "", true}}},
      {"fr",
       "L'inflation a ralenti à 2,4 % sur un an, contre 2,9 % le mois précédent, selon l'Insee.",
       {{"2,4 %", "percent", 2.4}, {"2,9 %", "percent", 2.9}}},
      {"fr",
       "Le Bitcoin a franchi la barre des 100 000 dollars, une hausse de 120 % en un an.",
       {{"100 000 dollars", "money", 100000, "USD"}, {"120 %", "percent", 120}}},
      {"fr",
       "Le plan prévoit la suppression de 1 200 postes d'ici 2026 et une économie de 300 M€.",
       {{"1 200", "number", 1200}, {"300 M€", "money", 3e8, "EUR"}}},
      {"fr",
       "Les ventes de véhicules électriques ont progressé de 25 %, à 1,3 million d’unités.",
       {{"25 %", "percent", 25}, {"1,3 million", "number", 1.3e6}}},
      {"fr",
       "Nvidia pèse désormais plus de 3 000 milliards de dollars en Bourse.",
       {{"3 000 milliards de dollars", "money", 3e12, "USD", true, 3e12}}},
      {"fr",
       "La facture : 12,5 millions d’euros HT, soit 15 millions TTC.",
       {{"12,5 millions d’euros", "money", 12.5e6, "EUR"}, {"15 millions", "number", 15e6}}},
      {"fr",
       "Microsoft (Windows 11, Office 365) a dégagé 24,1 milliards de dollars de bénéfice.",
       {{"24,1 milliards de dollars", "money", 24.1e9, "USD"}}},
      {"fr",
       "Le datacenter consommera 300 MW, l'équivalent d'une ville de 250 000 habitants.",
       {{"300 MW", "quantity", 300, "MW"}, {"250 000", "number", 250000}}},
      {"en",
       "Microsoft said on Tuesday it would invest $80 billion in AI data centers this year, "
       "more than half of it in the United States.",
       {{"$80 billion", "money", 8e10, "USD"}}},
      {"en",
       "Revenue rose 12% to $4.2bn, while operating margin slipped 0.5 percentage point to 21.3%.",
       {{"12%", "percent", 12}, {"$4.2bn", "money", 4.2e9, "USD"},
        {"0.5 percentage point", "percent", 0.5, "pp"}, {"21.3%", "percent", 21.3}}},
      {"en",
       "The 1.2 GW plant will cost £3.5bn and power about 2 million homes.",
       {{"1.2 GW", "quantity", 1.2, "GW"}, {"£3.5bn", "money", 3.5e9, "GBP"},
        {"2 million", "number", 2e6, "", true}}},
      {"en",
       "The company, which employs 150,000 people, cut 3,000 jobs.",
       {{"150,000", "number", 150000}, {"3,000", "number", 3000}}},
      // The very start and end of the text, line breaks, parentheses.
      {"fr", "50 milliards de dollars", {{"50 milliards de dollars", "money", 5e10, "USD"}}},
      {"fr", "3 %", {{"3 %", "percent", 3}}},
      {"fr", "12", {{"12", "number", 12}}},
      {"fr", "Coût : 12", {{"12", "number", 12}}},
      {"fr", "7,4 GW", {{"7,4 GW", "quantity", 7.4, "GW"}}},
      {"fr", "un budget de 50 milliards\nde dollars", {{"50 milliards\nde dollars", "money", 5e10, "USD"}}},
      {"fr", "un budget de 50 milliards\r\nde dollars", {{"50 milliards\r\nde dollars", "money", 5e10, "USD"}}},
      {"fr", "un budget de 50 milliards\n\nde dollars", {{"50 milliards", "number", 5e10}}},
      {"fr", "(+3,5 %)", {{"+3,5 %", "percent", 3.5}}},
      {"fr", "[50 M€]", {{"50 M€", "money", 5e7, "EUR"}}},
      {"fr", "«50 %»", {{"50 %", "percent", 50}}},
      {"en", "$5bn", {{"$5bn", "money", 5e9, "USD"}}},
      {"en", "($5bn)", {{"$5bn", "money", 5e9, "USD"}}},
      // Nothing at all.
      {"fr", "", {}},
      {"fr", " ", {}},
      {"fr", "Aucun chiffre ici.", {}},
      {"fr", "😀 🇫🇷 — ‘ ’ “ ” € $ %", {}},
      {"fr", "ש\u05DCום 50", {{"50", "number", 50}}},
      {"fr", "e\u0301te\u0301 20 %", {{"20 %", "percent", 20}}},
  };
  MESSAGE("paragraph rows: " << testing::check_rows(rows));
}

TEST_CASE("find_figures: sorted, non-overlapping, finite, spans inside the text") {
  std::mt19937 rng(42);
  const std::u16string alphabet =
      u"0123456789 ,.-/:%$€£¥kMmBbnGWTh\n\u00A0\u202Fdeéàmillardsplusenvironquelques'’()×😀";
  for (int round = 0; round < 200; ++round) {
    Document doc;
    doc.lang = round % 2 ? "fr" : "en";
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    size_t length = 1 + rng() % 400;
    for (size_t i = 0; i < length; ++i) doc.text.push_back(alphabet[pick(rng)]);
    std::vector<Figure> figures = find_figures(doc);
    int32_t last_end = 0;
    for (const Figure& f : figures) {
      CHECK(f.span.start >= last_end);
      CHECK(f.span.start < f.span.end);
      CHECK(static_cast<size_t>(f.span.end) <= doc.text.size());
      if (f.value) CHECK(std::isfinite(*f.value));
      CHECK_FALSE(f.rule.empty());
      last_end = f.span.end;
    }
  }
}

TEST_CASE("find_figures: dates win over numbers, money over dates") {
  Document doc;
  doc.lang = "fr";
  doc.text = u16("Le 23 janvier 2025, il a payé 2000 euros; en 2024, 3 % de plus.");
  std::vector<Figure> figures = find_figures(doc);
  std::vector<std::string> got;
  for (const Figure& f : figures)
    got.push_back(std::string(kind_name(f.kind)) + ":" +
                  utf16_to_utf8(doc.text.substr(f.span.start, f.span.end - f.span.start)));
  // No bare number inside a date whatever find_dates returns, and the money
  // keeps its "2000" even if a date rule reads it as a year.
  for (const std::string& g : got) CHECK(g.rfind("number:", 0) != 0);
  CHECK(std::find(got.begin(), got.end(), "money:2000 euros") != got.end());
  CHECK(std::find(got.begin(), got.end(), "percent:3 %") != got.end());
}

TEST_CASE("find_figures: hedge lexicon loads with every effect") {
  std::u16string text = u"plus de environ jusqu'à plusieurs";
  auto h1 = figures::match_hedge_before(text, 0, "fr");
  REQUIRE(h1);
  CHECK(h1->effect == figures::HedgeEffect::kMin);
  auto h2 = figures::match_hedge_before(text, 8, "fr");
  REQUIRE(h2);
  CHECK(h2->effect == figures::HedgeEffect::kApprox);
  auto h3 = figures::match_hedge_before(text, 16, "fr");
  REQUIRE(h3);
  CHECK(h3->effect == figures::HedgeEffect::kMax);
  auto h4 = figures::match_hedge_before(text, 24, "fr");
  REQUIRE(h4);
  CHECK(h4->effect == figures::HedgeEffect::kVague);
}

TEST_CASE("find_figures: phrases that start with a short common word, in any case, apostrophe or gap") {
  // The walk into the phrase tables from "de", "d'", "à", "un", "at", "a" is
  // skipped when the unit after the word's space or apostrophe leads
  // nowhere (RuleStarts::stops_after_word): the next word's first letter
  // in any case or accent, and any apostrophe, must still lead on.
  const std::vector<Row> rows = {
      {"fr", "d'environ 50 millions d'euros", {{"50 millions d'euros", "money", 5e7, "EUR", true}}},
      {"fr", "d’environ 50 millions d’euros", {{"50 millions d’euros", "money", 5e7, "EUR", true}}},
      {"fr", "D'ENVIRON 50 millions d'euros", {{"50 millions d'euros", "money", 5e7, "EUR", true}}},
      {"fr", "D’Environ 50 millions", {{"50 millions", "number", 5e7, "", true}}},
      {"fr", "de l'ordre de 5 milliards d'euros", {{"5 milliards d'euros", "money", 5e9, "EUR", true}}},
      {"fr", "De L’Ordre de 5 milliards d'euros", {{"5 milliards d'euros", "money", 5e9, "EUR", true}}},
      {"fr", "DE L'ORDRE DE 5 milliards d'euros", {{"5 milliards d'euros", "money", 5e9, "EUR", true}}},
      {"fr", "de\u00A0l'ordre de 5 milliards d'euros", {{"5 milliards d'euros", "money", 5e9, "EUR", true}}},
      {"fr", "de  l'ordre de 5 milliards d'euros", {{"5 milliards d'euros", "money", 5e9, "EUR", true}}},
      {"fr", "à peu près 3 %", {{"3 %", "percent", 3, "", true}}},
      {"fr", "À PEU PRÈS 3 %", {{"3 %", "percent", 3, "", true}}},
      {"fr", "a peu pres 3 %", {{"3 %", "percent", 3, "", true}}},
      {"fr", "un peu plus de 4 %", {{"4 %", "percent", 4, "", true, 4}}},
      {"fr", "Un Peu Plus de 4 %", {{"4 %", "percent", 4, "", true, 4}}},
      {"fr", "un\tpeu plus de 4 %", {{"4 %", "percent", 4, "", true, 4}}},
      {"en", "at least 2 million people", {{"2 million", "number", 2e6, "", true, 2e6}}},
      {"en", "At Least $5bn", {{"$5bn", "money", 5e9, "USD", true, 5e9}}},
      {"en", "AT LEAST $5bn", {{"$5bn", "money", 5e9, "USD", true, 5e9}}},
      {"en", "up to €600m", {{"€600m", "money", 6e8, "EUR", true, kNull, 6e8}}},
      {"en", "Up To €600m", {{"€600m", "money", 6e8, "EUR", true, kNull, 6e8}}},
      // The word alone, or before a word no phrase goes on with: nothing.
      {"fr", "de la hausse de 5 %", {{"5 %", "percent", 5, ""}}},
      {"fr", "de l’année, 5 %", {{"5 %", "percent", 5, ""}}},
  };
  MESSAGE("short-word rows: " << testing::check_rows(rows));
}

TEST_CASE("find_figures: each rule that starts at a word, in any case, after a word starting other rules") {
  // At a word start only the rules whose table has a phrase starting with
  // the word are tried (RuleStarts TableBits): hedges, currencies written
  // before (case-sensitive ones too), round nouns, scales, spelled numbers.
  const std::vector<Row> rows = {
      {"fr", "plusieurs milliards d'euros", {{"plusieurs milliards d'euros", "money", kNull, "EUR", true}}},
      {"fr", "PLUSIEURS milliards d'euros", {{"PLUSIEURS milliards d'euros", "money", kNull, "EUR", true}}},
      {"fr", "des dizaines de milliards de dollars", {{"des dizaines de milliards de dollars", "money", kNull, "USD", true}}},
      {"en", "US$5bn", {{"US$5bn", "money", 5e9, "USD"}}},
      {"en", "CHF 5 million", {{"CHF 5 million", "money", 5e6, "CHF"}}},
      {"fr", "milliards de dollars", {{"milliards de dollars", "money", kNull, "USD", true}}},
      {"fr", "Milliards de dollars", {{"Milliards de dollars", "money", kNull, "USD", true}}},
      {"fr", "une dizaine de milliards d'euros", {{"une dizaine de milliards d'euros", "money", 1e10, "EUR", true}}},
      {"fr", "Une Dizaine de milliards d'euros", {{"Une Dizaine de milliards d'euros", "money", 1e10, "EUR", true}}},
      {"fr", "trois millions d'euros", {{"trois millions d'euros", "money", 3e6, "EUR"}}},
      {"fr", "TROIS millions d'euros", {{"TROIS millions d'euros", "money", 3e6, "EUR"}}},
      {"en", "about two billion dollars", {{"two billion dollars", "money", 2e9, "USD", true}}},
      // Words that start phrases of several tables ("mille": a scale and a
      // spelled number; "dizaine": a round noun).
      {"fr", "mille euros", {{"mille euros", "money", 1000, "EUR"}}},
      {"fr", "Mille euros", {{"Mille euros", "money", 1000, "EUR"}}},
      {"fr", "dizaine de millions d'euros", {{"dizaine de millions d'euros", "money", 1e7, "EUR", true}}},
      {"fr", "Dizaines de milliards de dollars", {{"Dizaines de milliards de dollars", "money", kNull, "USD", true}}},
  };
  MESSAGE("word-start rows: " << testing::check_rows(rows));
}

TEST_CASE("tokenize: every token as TokenReader reads it, from the text's start") {
  // Spaces of each kind and line breaks (\r\n counts once), combining marks
  // inside and at the start of words, long digit runs, a surrogate pair.
  std::mt19937 rng(7);
  const std::u16string alphabet =
      u"0123456789  \n\r\t\u00A0\u2028\u0301\u0327abcXYZéàßÆ-.,'’€😀\u0915\u094D";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  // First a few texts with many line breaks in one space (the count is
  // capped), then random ones.
  const std::vector<std::u16string> fixed = {u"\n\n\n\n\nx y", u"a\r\n\r\n\r\n\r\n\r\nb",
                                             u"a \n \u2028 \n \r \n b\n\n\n\nc", u"  \u00A0"};
  for (size_t round = 0; round < 500 + fixed.size(); ++round) {
    std::u16string text;
    if (round < fixed.size()) text = fixed[round];
    for (size_t i = 0; i < round % 100 && round >= fixed.size(); ++i)
      text.push_back(alphabet[pick(rng)]);
    CAPTURE(utf16_to_utf8(text));
    std::vector<figures::Token> expected;
    figures::TokenReader reader(text, 0);
    figures::Token t;
    while (reader.next(&t)) expected.push_back(t);
    const std::vector<figures::Token> got = figures::tokenize(text);
    REQUIRE(got.size() == expected.size());
    for (size_t k = 0; k < got.size(); ++k) {
      CAPTURE(k);
      CHECK(got[k].start == expected[k].start);
      CHECK(got[k].end == expected[k].end);
      CHECK(got[k].value == expected[k].value);
      CHECK(got[k].digits == expected[k].digits);
      CHECK(got[k].kind == expected[k].kind);
      CHECK(got[k].space_before == expected[k].space_before);
      CHECK(got[k].breaks == expected[k].breaks);
      CHECK(got[k].has_mark == expected[k].has_mark);
    }
  }
}

TEST_CASE("FoldedWordFilter: never lets go a word of its set, written in any case or accent") {
  // Each row: a word added (folded, or exact), and a text word that must be
  // held (its fold is the added word, or it is the exact word itself).
  struct Case {
    const char* added;
    bool exact;
    const char* text;
  };
  const std::vector<Case> cases = {
      {"quebec", false, "Québec"},  {"quebec", false, "QUEBEC"},     {"geneve", false, "Genève"},
      {"de", false, "De"},          {"d", false, "D"},               {"a", false, "à"},
      {"saint-pierre", false, "Saint-Pierre"}, {"royaume-uni", false, "ROYAUME-UNI"},
      {"BCEAO", true, "BCEAO"},     {"Mds", true, "Mds"},            {"US", true, "US"},
      {"zurich", false, "Zürich"},  {"centaines", false, "CENTAINES"},
  };
  figures::FoldedWordFilter filter;
  // Many other words in the set too, so that its tables are not nearly empty.
  for (const char* w : {"dollars", "euros", "canada", "ottawa", "suisse", "londres", "sterling",
                        "million", "milliard", "plusieurs", "environ", "quelques"})
    filter.add(figures::fold_phrase(w));
  for (const Case& c : cases)
    filter.add(c.exact ? utf8_to_utf16(c.added) : figures::fold_phrase(c.added), c.exact);
  const figures::UnitClassifier units;
  for (const Case& c : cases) {
    CAPTURE(c.added);
    CAPTURE(c.text);
    CHECK(filter.may_hold(utf8_to_utf16(c.text), units));
  }
  // A word whose length and first units no word of the set has is let go.
  CHECK_FALSE(filter.may_hold(u"xylophone", units));
}

}  // namespace
}  // namespace tx
