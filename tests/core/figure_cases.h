// Table-driven checks for the figure extractors: each row is a sentence,
// its language and every figure (other than dates, which dates_test.cc
// covers) that must come out of it, written by reading the sentence. A row
// with no figures is a negative: nothing but dates may come out.
#ifndef TEXTEXPLORER_TESTS_FIGURE_CASES_H_
#define TEXTEXPLORER_TESTS_FIGURE_CASES_H_

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "document.h"
#include "figures.h"
#include "text.h"

namespace tx {
namespace testing {

// Value of a vague amount ("plusieurs milliards"), and absent min/max.
inline const double kNull = std::numeric_limits<double>::quiet_NaN();

struct Expect {
  const char* span;
  const char* kind;
  double value;
  const char* unit = "";
  bool approx = false;
  double min = kNull;
  double max = kNull;
};

struct Row {
  const char* lang;
  const char* text;
  std::vector<Expect> figures;
};

inline std::string format_number(double v) {
  if (std::isnan(v)) return "null";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

inline std::string describe(const std::string& span, const std::string& kind, double value,
                            const std::string& unit, bool approx, double min, double max) {
  std::string s = "[" + span + "] " + kind + " " + format_number(value);
  if (!unit.empty()) s += " " + unit;
  if (approx) s += " approx";
  if (!std::isnan(min)) s += " min=" + format_number(min);
  if (!std::isnan(max)) s += " max=" + format_number(max);
  return s;
}

// The non-date figures of `text`, one per line.
inline std::string figures_of(const char* lang, const std::string& text, bool with_rules = false) {
  Document doc;
  doc.text = u16(text);
  doc.lang = lang;
  std::string out;
  for (const Figure& f : find_figures(doc)) {
    if (f.kind == FigureKind::kDate) continue;
    std::string span = utf16_to_utf8(doc.text.substr(f.span.start, f.span.end - f.span.start));
    out += describe(span, kind_name(f.kind), f.value ? *f.value : kNull, f.unit, f.approx,
                    f.min ? *f.min : kNull, f.max ? *f.max : kNull);
    if (with_rules) out += " (" + f.rule + ")";
    out += "\n";
  }
  return out;
}

inline std::string expected_of(const Row& row) {
  std::string out;
  for (const Expect& e : row.figures)
    out += describe(e.span, e.kind, e.value, e.unit, e.approx, e.min, e.max) + "\n";
  return out;
}

// Runs every row; a failure names its sentence and shows both lists.
inline size_t check_rows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    std::string text = row.text, lang = row.lang;
    CAPTURE(text);
    CAPTURE(lang);
    std::string got = figures_of(row.lang, row.text, false);
    std::string expected = expected_of(row);
    CHECK(got == expected);
  }
  return rows.size();
}

}  // namespace testing
}  // namespace tx

#endif  // TEXTEXPLORER_TESTS_FIGURE_CASES_H_
