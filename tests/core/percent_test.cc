// Percentages: signs and words in French and English, percentage points,
// hedges and ranges (percent.h).
#include "percent.h"

#include <doctest/doctest.h>

#include "figure_cases.h"

namespace tx {
namespace {

using testing::Expect;
using testing::kNull;
using testing::Row;

TEST_CASE("find_figures: percentages") {
  const std::vector<Row> rows = {
      {"fr", "Le chômage atteint 12 %.", {{"12 %", "percent", 12}}},
      {"fr", "Le chômage atteint 12\u00A0%.", {{"12\u00A0%", "percent", 12}}},
      {"fr", "Le chômage atteint 12\u202F%.", {{"12\u202F%", "percent", 12}}},
      {"fr", "Le chômage atteint 12%.", {{"12%", "percent", 12}}},
      {"fr", "une hausse de 12,5 %", {{"12,5 %", "percent", 12.5}}},
      {"fr", "une hausse de 0,25 %", {{"0,25 %", "percent", 0.25}}},
      {"fr", "en hausse de 3,2 % sur un an", {{"3,2 %", "percent", 3.2}}},
      {"fr", "un recul de -3,5 %", {{"-3,5 %", "percent", -3.5}}},
      {"fr", "un recul de \u22123,5 %", {{"\u22123,5 %", "percent", -3.5}}},
      {"fr", "une variation de +2 %", {{"+2 %", "percent", 2}}},
      {"fr", "douze pour cent des votants", {{"douze pour cent", "percent", 12}}},
      {"fr", "cinquante pour cent", {{"cinquante pour cent", "percent", 50}}},
      {"fr", "12 pour cent des votants", {{"12 pour cent", "percent", 12}}},
      {"fr", "12 pourcent", {{"12 pourcent", "percent", 12}}},
      {"fr", "100 %", {{"100 %", "percent", 100}}},
      {"fr", "un pour cent", {{"un pour cent", "percent", 1}}},
      {"en", "one percent", {{"one percent", "percent", 1}}},
      {"fr", "cent pour cent", {{"cent pour cent", "percent", 100}}},
      {"fr", "vingt-cinq pour cent", {{"vingt-cinq pour cent", "percent", 25}}},
      {"fr", "La BCE a relevé ses taux de 0,25 point de pourcentage.",
       {{"0,25 point de pourcentage", "percent", 0.25, "pp"}}},
      {"fr", "un recul de 2 points de pourcentage", {{"2 points de pourcentage", "percent", 2, "pp"}}},
      {"fr", "Près de 40 % des Français", {{"40 %", "percent", 40, "", true}}},
      {"fr", "environ 15 %", {{"15 %", "percent", 15, "", true}}},
      {"fr", "plus de 50 %", {{"50 %", "percent", 50, "", true, 50}}},
      {"fr", "moins de 5 %", {{"5 %", "percent", 5, "", true, kNull, 5}}},
      {"fr", "jusqu'à 20 %", {{"20 %", "percent", 20, "", true, kNull, 20}}},
      {"fr", "jusqu’à 20 %", {{"20 %", "percent", 20, "", true, kNull, 20}}},
      {"fr", "au moins 10 %", {{"10 %", "percent", 10, "", true, 10}}},
      {"fr", "20 % au moins", {{"20 %", "percent", 20, "", true, 20}}},
      {"fr", "de 10 à 15 %", {{"10", "percent", 10}, {"15 %", "percent", 15}}},
      {"fr", "entre 2 et 3 %", {{"2", "percent", 2}, {"3 %", "percent", 3}}},
      {"fr", "10-15 %", {{"10", "percent", 10}, {"15 %", "percent", 15}}},
      {"fr", "de 3,5 % à 4 %", {{"3,5 %", "percent", 3.5}, {"4 %", "percent", 4}}},
      {"fr", "2 ou 3 %", {{"2", "percent", 2}, {"3 %", "percent", 3}}},
      {"fr", "un taux de 3 %, contre 2,5 % l'an dernier",
       {{"3 %", "percent", 3}, {"2,5 %", "percent", 2.5}}},
      {"fr", "(+4,1 %)", {{"+4,1 %", "percent", 4.1}}},
      {"fr", "45 %", {{"45 %", "percent", 45}}},
      {"fr", "Croissance\n3 %", {{"3 %", "percent", 3}}},
      {"fr", "En 2024, 30 % des ménages", {{"30 %", "percent", 30}}},
      {"fr", "3 % en 2025", {{"3 %", "percent", 3}}},
      {"en", "up 12 percent", {{"12 percent", "percent", 12}}},
      {"en", "up 12 per cent", {{"12 per cent", "percent", 12}}},
      {"en", "up 12%", {{"12%", "percent", 12}}},
      {"en", "up 12.5%", {{"12.5%", "percent", 12.5}}},
      {"en", "fifty percent", {{"fifty percent", "percent", 50}}},
      {"en", "nearly 12 per cent", {{"12 per cent", "percent", 12, "", true}}},
      {"en", "up to 20 percent", {{"20 percent", "percent", 20, "", true, kNull, 20}}},
      {"en", "more than 30%", {{"30%", "percent", 30, "", true, 30}}},
      {"en", "less than 1%", {{"1%", "percent", 1, "", true, kNull, 1}}},
      {"en", "at least 5%", {{"5%", "percent", 5, "", true, 5}}},
      {"en", "about 40%", {{"40%", "percent", 40, "", true}}},
      {"en", "between 5 and 7 percent", {{"5", "percent", 5}, {"7 percent", "percent", 7}}},
      {"en", "from 5% to 7%", {{"5%", "percent", 5}, {"7%", "percent", 7}}},
      {"en", "10-15%", {{"10", "percent", 10}, {"15%", "percent", 15}}},
      {"en", "rates rose 0.25 percentage point", {{"0.25 percentage point", "percent", 0.25, "pp"}}},
      {"en", "a 3.5 pct rise", {{"3.5 pct", "percent", 3.5}}},
      {"en", "-0.3%", {{"-0.3%", "percent", -0.3}}},
      {"en", "30 percent of the 2,500 employees",
       {{"30 percent", "percent", 30}, {"2,500", "number", 2500}}},
      // Negatives.
      {"fr", "le pourcentage a baissé", {}},
      {"fr", "100 % électrique ? Non.", {{"100 %", "percent", 100}}},
      {"fr", "un % de plus", {}},
      {"fr", "le taux %", {}},
      {"en", "percent of what?", {}},
      {"en", "50/50", {}},
  };
  MESSAGE("percent rows: " << testing::check_rows(rows));
}

}  // namespace
}  // namespace tx
