// Acceptance: the figures of the sample articles (shared/seeds/*.txt)
// against their hand-checked gold (shared/spec/seeds-gold/*.json). Every
// gold figure that is not "optional" must come out exactly (start, end,
// kind, value, unit, approx, min, max), and nothing else may come out except
// where an optional gold item stands. Dates are checked in their own test
// case: they come from find_dates.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "text.h"
#include "testing.h"

namespace tx {
namespace {

// One figure as a line: what a failure prints and what is compared.
std::string describe_gold(const nlohmann::json& g) {
  std::string s = std::to_string(g["start"].get<int>()) + "-" + std::to_string(g["end"].get<int>()) +
                  " [" + g["text"].get<std::string>() + "] " + g["kind"].get<std::string>() + " ";
  const auto& v = g["value"];
  if (v.is_null()) s += "null";
  else if (v.is_string()) s += v.get<std::string>();
  else s += nlohmann::json(v.get<double>()).dump();
  if (g.contains("unit")) s += " " + g["unit"].get<std::string>();
  if (g["approx"].get<bool>()) s += " approx";
  if (g.contains("min")) s += " min=" + nlohmann::json(g["min"].get<double>()).dump();
  if (g.contains("max")) s += " max=" + nlohmann::json(g["max"].get<double>()).dump();
  return s;
}

std::string describe_figure(const Document& doc, const Figure& f) {
  std::string s = std::to_string(f.span.start) + "-" + std::to_string(f.span.end) + " [" +
                  utf16_to_utf8(doc.text.substr(f.span.start, f.span.end - f.span.start)) + "] " +
                  kind_name(f.kind) + " ";
  if (f.kind == FigureKind::kDate) s += f.date;
  else if (!f.value) s += "null";
  else s += nlohmann::json(*f.value).dump();
  if (!f.unit.empty()) s += " " + f.unit;
  if (f.approx) s += " approx";
  if (f.min) s += " min=" + nlohmann::json(*f.min).dump();
  if (f.max) s += " max=" + nlohmann::json(*f.max).dump();
  return s;
}

// Checks the gold figures whose kind `dates` selects (dates or the others).
void check_seed_figures(bool dates) {
  std::vector<Seed> seeds = load_seeds();
  REQUIRE(seeds.size() >= 2);
  size_t checked = 0;
  for (const Seed& seed : seeds) {
    CAPTURE(seed.name);
    Analysis a = analyze(seed.text, Options{});
    std::vector<std::string> got;
    for (const Figure& f : a.figures)
      if ((f.kind == FigureKind::kDate) == dates) got.push_back(describe_figure(a.doc, f));
    std::vector<std::pair<int, int>> optional_spans;
    for (const auto& g : seed.gold["figures"]) {
      if ((g["kind"] == "date") != dates) continue;
      std::string expected = describe_gold(g);
      if (g.value("optional", false)) {
        optional_spans.emplace_back(g["start"].get<int>(), g["end"].get<int>());
        continue;
      }
      CAPTURE(expected);
      CHECK(std::find(got.begin(), got.end(), expected) != got.end());
      ++checked;
    }
    // Extras: a figure the gold does not list, unless it overlaps an
    // optional gold item.
    for (const Figure& f : a.figures) {
      if ((f.kind == FigureKind::kDate) != dates) continue;
      std::string line = describe_figure(a.doc, f);
      bool in_gold = false;
      for (const auto& g : seed.gold["figures"])
        if (describe_gold(g) == line) in_gold = true;
      bool optional = std::any_of(optional_spans.begin(), optional_spans.end(), [&](auto s) {
        return f.span.start < s.second && s.first < f.span.end;
      });
      std::string extra = line;
      CAPTURE(extra);
      CHECK((in_gold || optional));
    }
  }
  std::string what = dates ? "gold dates checked: " : "gold figures checked: ";
  MESSAGE(what << checked);
}

TEST_CASE("seeds: every gold money, percent, quantity and number figure, exactly, and no extra") {
  check_seed_figures(false);
}

TEST_CASE("seeds: every gold date figure, exactly, and no extra date") {
  check_seed_figures(true);
}

}  // namespace
}  // namespace tx
