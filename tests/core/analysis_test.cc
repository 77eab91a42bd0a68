// The JSON contract (shared/spec/ANALYSIS.md) as the library writes it.
#include "analysis.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "error.h"

namespace tx {
namespace {

using nlohmann::json;

json analyze_json(const std::string& text, const Options& options = Options()) {
  return json::parse(to_json(analyze(text, options)));
}

std::string error_of(const std::string& text, const Options& options) {
  try {
    analyze(text, options);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST_CASE("the analysis object has the contract's fields") {
  json a = analyze_json("Le 23 janvier 2025, il a plu. Puis il a neigé.");
  CHECK(a["schema"] == "textexplorer.analysis/1");
  CHECK(a["language"] == "fr");
  CHECK(a["length"] == 46);
  CHECK(a["sentences"] == json::parse("[[0, 29], [30, 46]]"));
  for (const char* list : {"entities", "figures", "conversions", "checks"}) {
    CAPTURE(std::string(list));
    CHECK(a[list].is_array());
  }
}

TEST_CASE("keys are written sorted, on one line") {
  std::string out = to_json(analyze("Bonjour.", Options()));
  CHECK(out.find('\n') == std::string::npos);
  CHECK(out.rfind("{\"checks\":", 0) == 0);  // "checks" sorts first
}

TEST_CASE("length and offsets count UTF-16 units") {
  CHECK(analyze_json("é😀")["length"] == 3);
  CHECK(analyze_json("")["length"] == 0);
}

TEST_CASE("language option overrides detection") {
  Options en;
  en.lang = "en";
  CHECK(analyze_json("Le chat est sur la table.", en)["language"] == "en");
}

TEST_CASE("bad options and bad text are InputErrors that name the problem") {
  struct Case { const char* text; std::string lang, to, date; const char* message; };
  const Case cases[] = {
      {"x", "de", "EUR", "", "unknown language 'de' (expected auto, fr or en)"},
      {"x", "auto", "XYZ", "", "unknown currency 'XYZ' (no ECB rate for it)"},
      {"x", "auto", "EUR", "2025-02-29", "bad date '2025-02-29' (expected YYYY-MM-DD)"},
      {"x", "auto", "EUR", "2025-1-5", "bad date '2025-1-5' (expected YYYY-MM-DD)"},
      {"ab\xFF", "auto", "EUR", "", "invalid UTF-8 at byte 2"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.message));
    Options o;
    o.lang = c.lang;
    o.to = c.to;
    o.date = c.date;
    CHECK(error_of(c.text, o) == c.message);
  }
  Options leap;
  leap.date = "2024-02-29";
  CHECK(error_of("x", leap) == "");
}

TEST_CASE("error_json is one line of JSON") {
  CHECK(json::parse(error_json("bad \"x\"\n"))["error"] == "bad \"x\"\n");
}

}  // namespace
}  // namespace tx
