// What must hold for ANY analysis, whatever the input: the checks the
// fuzzers abort on and tests/core/robustness_test.cc asserts. Each returns
// "" when everything holds, else a one-line description of the first
// violation (which item, which field, which value).
#ifndef TEXTEXPLORER_TESTS_FUZZ_INVARIANTS_H_
#define TEXTEXPLORER_TESTS_FUZZ_INVARIANTS_H_

#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis.h"
#include "rates.h"
#include "text.h"

namespace tx::invariants {

inline bool is_high_surrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
inline bool is_low_surrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// An offset that falls between the two halves of a surrogate pair cuts a
// character: JavaScript's text.slice() would then not give the span's text.
inline bool cuts_pair(const std::u16string& text, int32_t at) {
  return at > 0 && static_cast<size_t>(at) < text.size() && is_high_surrogate(text[at - 1]) &&
         is_low_surrogate(text[at]);
}

inline std::string describe_span(const char* what, size_t i, Span s) {
  return std::string(what) + "[" + std::to_string(i) + "] [" + std::to_string(s.start) + ", " +
         std::to_string(s.end) + ")";
}

// Offsets in range, non-empty, not cutting a character; list sorted by start.
template <typename Item, typename GetSpan>
std::string check_spans(const char* what, const std::vector<Item>& items, const std::u16string& text,
                        GetSpan span_of) {
  int32_t previous_start = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    Span s = span_of(items[i]);
    if (s.start < 0 || s.end <= s.start || static_cast<size_t>(s.end) > text.size())
      return describe_span(what, i, s) + " is empty or out of the text (length " +
             std::to_string(text.size()) + ")";
    if (cuts_pair(text, s.start) || cuts_pair(text, s.end))
      return describe_span(what, i, s) + " cuts a surrogate pair";
    if (s.start < previous_start) return describe_span(what, i, s) + " is not sorted by start";
    previous_start = s.start;
  }
  return "";
}

inline std::string check_finite(const char* what, size_t i, const char* field,
                                const std::optional<double>& v) {
  if (v && !std::isfinite(*v))
    return std::string(what) + "[" + std::to_string(i) + "]." + field + " is " + std::to_string(*v);
  return "";
}

// Every number anywhere in the JSON is finite.
inline std::string check_json_numbers(const nlohmann::json& j, const std::string& where) {
  if (j.is_number_float() && !std::isfinite(j.get<double>())) return where + " is not finite";
  if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) {
      std::string e = check_json_numbers(j[i], where + "[" + std::to_string(i) + "]");
      if (!e.empty()) return e;
    }
  }
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      std::string e = check_json_numbers(it.value(), where + "." + it.key());
      if (!e.empty()) return e;
    }
  }
  return "";
}

// The analysis struct and the JSON written from it.
inline std::string check_analysis(const Analysis& a) {
  const std::u16string& text = a.doc.text;
  std::string e;
  if (a.doc.lang != "fr" && a.doc.lang != "en") return "language '" + a.doc.lang + "'";
  if (!(e = check_spans("sentences", a.doc.sentences, text, [](Span s) { return s; })).empty()) return e;
  for (size_t i = 1; i < a.doc.sentences.size(); ++i)
    if (a.doc.sentences[i].start < a.doc.sentences[i - 1].end)
      return describe_span("sentences", i, a.doc.sentences[i]) + " overlaps the previous one";
  if (!(e = check_spans("entities", a.entities, text, [](const Entity& x) { return x.span; })).empty())
    return e;
  if (!(e = check_spans("figures", a.figures, text, [](const Figure& x) { return x.span; })).empty())
    return e;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const std::string& t = a.entities[i].type;
    if (t != "PERSON" && t != "ORG" && t != "PLACE" && t != "PRODUCT" && t != "EVENT")
      return describe_span("entities", i, a.entities[i].span) + " has type '" + t + "'";
  }
  for (size_t i = 0; i < a.figures.size(); ++i) {
    const Figure& f = a.figures[i];
    if (!(e = check_finite("figures", i, "value", f.value)).empty()) return e;
    if (!(e = check_finite("figures", i, "min", f.min)).empty()) return e;
    if (!(e = check_finite("figures", i, "max", f.max)).empty()) return e;
    if (f.kind == FigureKind::kDate && f.date.empty())
      return describe_span("figures", i, f.span) + " is a date with no value";
  }
  const ConversionResult& c = a.conversions;
  for (size_t i = 0; i < c.conversions.size(); ++i) {
    const Conversion& v = c.conversions[i];
    if (v.figure >= a.figures.size())
      return "conversions[" + std::to_string(i) + "].figure " + std::to_string(v.figure) + " out of range";
    if (!(e = check_finite("conversions", i, "value", v.value)).empty()) return e;
    if (!(e = check_finite("conversions", i, "rate", v.rate)).empty()) return e;
  }
  for (size_t i = 0; i < c.checks.size(); ++i) {
    const Check& k = c.checks[i];
    if (k.first >= a.figures.size() || k.second >= a.figures.size())
      return "checks[" + std::to_string(i) + "] indexes a figure out of range";
    if (!std::isfinite(k.implied_rate) || !std::isfinite(k.ecb_rate) || !std::isfinite(k.deviation))
      return "checks[" + std::to_string(i) + "] has a non-finite number";
  }

  const std::string out = to_json(a);
  nlohmann::json j = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return "to_json() is not valid JSON";
  if (!(e = check_json_numbers(j, "json")).empty()) return e;
  if (!j.contains("length") || j["length"] != text.size()) return "json.length is not the UTF-16 length";
  for (const char* list : {"sentences", "entities", "figures", "conversions"})
    if (!j.contains(list) || !j[list].is_array()) return std::string("json.") + list + " is missing";
  return "";
}

// A parsed rate table answers without inf/NaN and stays consistent.
inline std::string check_rate_table(const RateTable& t) {
  std::vector<std::string> codes = t.currencies();
  bool has_euro = false;
  for (const std::string& code : codes) has_euro |= code == "EUR";
  if (!has_euro) return "currencies() lacks EUR";
  if (t.oldest_date() > t.newest_date()) return "oldest_date() after newest_date()";
  for (const std::string& day : {t.oldest_date(), t.newest_date(), std::string("2025-05-09"),
                                 std::string("1999-01-04"), std::string("9999-12-31")}) {
    for (const std::string& code : codes) {
      std::optional<DayRate> r = t.rate(code, day);
      if (r && !(std::isfinite(r->per_euro) && r->per_euro > 0))
        return "rate(" + code + ", " + day + ") = " + std::to_string(r->per_euro);
      if (r && r->date > day) return "rate(" + code + ", " + day + ") is from a later day " + r->date;
    }
  }
  return "";
}

}  // namespace tx::invariants

#endif  // TEXTEXPLORER_TESTS_FUZZ_INVARIANTS_H_
