#include "checks.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "text.h"

namespace tx {
namespace {

// A money figure on the first occurrence of `span` in `text` (from `from` on).
Figure money_at(const std::u16string& text, const char* span, std::optional<double> value, const char* unit,
                size_t from = 0) {
  std::u16string s = u16(span);
  size_t at = text.find(s, from);
  REQUIRE(at != std::u16string::npos);
  Figure f;
  f.kind = FigureKind::kMoney;
  f.span = {static_cast<int32_t>(at), static_cast<int32_t>(at + s.size())};
  f.value = value;
  f.unit = unit;
  return f;
}

TEST_CASE("conversion gaps") {
  struct Case { const char* gap; bool first_link; bool ok; };
  const Case cases[] = {
      {" (", true, true},
      {" (environ ", true, true},
      {", soit ", true, true},
      {", soit près de ", true, true},
      {" (soit l’équivalent de ", true, true},
      {" ou ", true, true},
      {" or about ", true, true},
      {" (about ", true, true},
      {" (approx. ", true, true},
      {" ≈ ", true, true},
      {" / ", true, true},
      {" [", true, true},
      {"\u00A0(", true, true},
      {", ", false, true},   // "(€64bn, $70bn)": later links may be a comma
      {" ", false, true},
      {", ", true, false},   // "€5bn, $6bn and...": a list, not a conversion
      {" ", true, false},
      {" et ", true, false},
      {" and ", true, false},
      {") ", false, false},
      {"). ", true, false},
      {". ", true, false},
      {" de ", true, false},  // a filler alone
      {" (+3 ", true, false},
      {" (dont ", true, false},
      {" – ", true, false},
      {" (                                                   ", true, false},  // too long
  };
  for (const Case& c : cases) {
    CAPTURE(c.gap);
    CAPTURE(c.first_link);
    CHECK(is_conversion_gap(u16(c.gap), c.first_link) == c.ok);
  }
}

struct Expected {
  size_t first, second;
  double implied, ecb, deviation;
};

void check_pairs(const std::vector<Check>& got, const std::vector<Expected>& want) {
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].first == want[i].first);
    CHECK(got[i].second == want[i].second);
    CHECK(got[i].implied_rate == want[i].implied);
    CHECK(got[i].ecb_rate == want[i].ecb);
    CHECK(got[i].deviation == want[i].deviation);
    CHECK(got[i].rate_date == "2025-05-09");
  }
}

// Rates of 2025-05-09 (CSV row: 2025-05-09,1.1252,163.36,...,GBP 0.8477,...):
//   EUR per USD = 1 / 1.1252 = 0.88873089;  EUR per GBP = 1 / 0.8477 = 1.1796626;
//   USD per GBP = 1.1252 / 0.8477 = 1.3273564.
TEST_CASE("the article's own conversion: 50 milliards de dollars (43,3 milliards d'euros)") {
  Document doc;
  doc.lang = "fr";
  doc.text = u16("La société a annoncé mercredi un investissement de 50 milliards de dollars "
                 "(43,3 milliards d’euros) dans des infrastructures informatiques.");
  std::vector<Figure> figures = {money_at(doc.text, "50 milliards de dollars", 50e9, "USD"),
                                 money_at(doc.text, "43,3 milliards d’euros", 43.3e9, "EUR")};
  // implied 43.3e9 / 50e9 = 0.866; deviation (0.866 - 0.88873089) / 0.88873089 = -0.025577
  check_pairs(find_checks(doc, figures, RateTable::builtin(), "2025-05-09"), {{0, 1, 0.866, 0.88873089, -0.025577}});
  // The rates of a Sunday are Friday's.
  std::vector<Check> sunday = find_checks(doc, figures, RateTable::builtin(), "2025-05-11");
  REQUIRE(sunday.size() == 1);
  CHECK(sunday[0].rate_date == "2025-05-09");
}

TEST_CASE("one amount in three currencies: £47bn (€64bn, $70bn)") {
  Document doc;
  doc.lang = "en";
  doc.text = u16("The deal is worth £47bn (€64bn, $70bn) over ten years.");
  std::vector<Figure> figures = {money_at(doc.text, "£47bn", 47e9, "GBP"), money_at(doc.text, "€64bn", 64e9, "EUR"),
                                 money_at(doc.text, "$70bn", 70e9, "USD")};
  // 64 / 47 = 1.3617021, (1.3617021 - 1.1796626) / 1.1796626 = 0.154315
  // 70 / 47 = 1.4893617, (1.4893617 - 1.3273564) / 1.3273564 = 0.122051
  check_pairs(find_checks(doc, figures, RateTable::builtin(), "2025-05-09"),
              {{0, 1, 1.3617021, 1.1796626, 0.154315}, {0, 2, 1.4893617, 1.3273564, 0.122051}});
}

TEST_CASE("pairs and non-pairs in running text") {
  struct Case {
    const char* name;
    const char* text;
    std::vector<std::pair<const char*, double>> amounts;  // spans in order, with their values
    std::vector<const char*> units;
    size_t checks;
  };
  const Case cases[] = {
      {"soit", "Un contrat de 50 milliards de dollars, soit 43,3 milliards d’euros.",
       {{"50 milliards de dollars", 50e9}, {"43,3 milliards d’euros", 43.3e9}}, {"USD", "EUR"}, 1},
      {"or", "It paid $5bn or €4.4bn for it.", {{"$5bn", 5e9}, {"€4.4bn", 4.4e9}}, {"USD", "EUR"}, 1},
      {"approx sign", "It paid $5bn ≈ €4.4bn.", {{"$5bn", 5e9}, {"€4.4bn", 4.4e9}}, {"USD", "EUR"}, 1},
      {"a list, not a conversion", "Sales were $5bn, €4bn and £3bn.",
       {{"$5bn", 5e9}, {"€4bn", 4e9}, {"£3bn", 3e9}}, {"USD", "EUR", "GBP"}, 0},
      {"et", "Il a levé 5 milliards de dollars et 4 milliards d’euros.",
       {{"5 milliards de dollars", 5e9}, {"4 milliards d’euros", 4e9}}, {"USD", "EUR"}, 0},
      {"same currency", "It earned $5bn ($4bn net).", {{"$5bn", 5e9}, {"$4bn", 4e9}}, {"USD", "USD"}, 0},
      {"sentence break", "It paid $5bn. €4bn went to taxes.", {{"$5bn", 5e9}, {"€4bn", 4e9}}, {"USD", "EUR"}, 0},
      {"after the parenthesis", "It paid £4bn (€4.7bn) and $3bn later.",
       {{"£4bn", 4e9}, {"€4.7bn", 4.7e9}, {"$3bn", 3e9}}, {"GBP", "EUR", "USD"}, 1},
      {"no ECB rate for one side", "Un rachat de 1 milliard de roubles (10 millions d’euros).",
       {{"1 milliard de roubles", 1e9}, {"10 millions d’euros", 10e6}}, {"RUB", "EUR"}, 0},
      {"vague amount", "plusieurs milliards de dollars (environ 3 milliards d’euros)",
       {{"plusieurs milliards de dollars", 0}, {"3 milliards d’euros", 3e9}}, {"USD", "EUR"}, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Document doc;
    doc.text = u16(c.text);
    std::vector<Figure> figures;
    size_t from = 0;
    for (size_t i = 0; i < c.amounts.size(); ++i) {
      std::optional<double> value;
      if (c.amounts[i].second != 0) value = c.amounts[i].second;
      figures.push_back(money_at(doc.text, c.amounts[i].first, value, c.units[i], from));
      from = static_cast<size_t>(figures.back().span.end);
    }
    CHECK(find_checks(doc, figures, RateTable::builtin(), "2025-05-09").size() == c.checks);
  }
}

TEST_CASE("a figure of another kind ends a group") {
  Document doc;
  doc.text = u16("It paid $5bn (12%, €4bn).");
  Figure percent;
  percent.kind = FigureKind::kPercent;
  percent.value = 12;
  std::u16string p = u16("12%");
  size_t at = doc.text.find(p);
  percent.span = {static_cast<int32_t>(at), static_cast<int32_t>(at + p.size())};
  std::vector<Figure> figures = {money_at(doc.text, "$5bn", 5e9, "USD"), percent,
                                 money_at(doc.text, "€4bn", 4e9, "EUR")};
  CHECK(find_checks(doc, figures, RateTable::builtin(), "2025-05-09").empty());
}

TEST_CASE("figures with broken spans never crash") {
  Document doc;
  doc.text = u16("$5bn (€4bn)");
  Figure a, b;
  a.kind = b.kind = FigureKind::kMoney;
  a.unit = "USD";
  b.unit = "EUR";
  a.value = 5e9;
  b.value = 4e9;
  const Span spans[][2] = {{{0, 4}, {2, 3}}, {{0, 4}, {50, 60}}, {{-5, -1}, {6, 10}}, {{0, 40}, {6, 10}}};
  for (const auto& s : spans) {
    a.span = s[0];
    b.span = s[1];
    CHECK(find_checks(doc, {a, b}, RateTable::builtin(), "2025-05-09").size() <= 1);
  }
  CHECK(find_checks(doc, {}, RateTable::builtin(), "2025-05-09").empty());
}

}  // namespace
}  // namespace tx
