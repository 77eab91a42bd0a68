#include "analysis.h"

#include <algorithm>
#include <cmath>

#include "dates.h"
#include "entities.h"
#include "error.h"
#include "figures.h"
#include "json_writer.h"
#include "language.h"
#include "sentences.h"
#include "text.h"

namespace tx {
namespace {

bool is_iso_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || day < 1 || day > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && day == 29 && !leap);
}

}  // namespace

const char* kind_name(FigureKind kind) {
  switch (kind) {
    case FigureKind::kMoney: return "money";
    case FigureKind::kPercent: return "percent";
    case FigureKind::kQuantity: return "quantity";
    case FigureKind::kDate: return "date";
    case FigureKind::kNumber: return "number";
  }
  return "number";
}

void validate_options(const Options& options) {
  if (options.lang != "auto" && options.lang != "fr" && options.lang != "en")
    throw InputError("unknown language '" + options.lang + "' (expected auto, fr or en)");
  if (!options.date.empty() && !is_iso_date(options.date))
    throw InputError("bad date '" + options.date + "' (expected YYYY-MM-DD)");
  const RateTable& rates = options.rates ? *options.rates : RateTable::builtin();
  auto known = rates.currencies();
  if (!std::binary_search(known.begin(), known.end(), options.to))
    throw InputError("unknown currency '" + options.to + "' (no ECB rate for it)");
}

Analysis analyze(std::string_view utf8, const Options& options) {
  validate_options(options);
  if (utf8.size() > kMaxTextBytes)
    throw InputError("text too large: " + std::to_string(utf8.size()) + " bytes (limit " +
                     std::to_string(kMaxTextBytes) + ")");
  Analysis a;
  a.doc.text = utf8_to_utf16(utf8);
  a.doc.lang = options.lang == "auto" ? detect_language(a.doc.text) : options.lang;
  a.doc.sentences = split_sentences(a.doc.text, a.doc.lang);
  a.entities = find_entities(a.doc);
  a.figures = find_figures(a.doc);
  std::vector<Figure> dates;
  for (const Figure& f : a.figures)
    if (f.kind == FigureKind::kDate) dates.push_back(f);
  a.publication_date = find_publication_date(a.doc, dates);
  ConversionOptions conv;
  conv.to = options.to;
  conv.date = options.date;
  conv.publication_date = a.publication_date;
  conv.locale = options.locale.empty() ? a.doc.lang : options.locale;
  a.conversions = convert(a.doc, a.figures, options.rates ? *options.rates : RateTable::builtin(), conv);
  return a;
}

// Keys in the order the writer demands (ascending); see ANALYSIS.md for
// what each one means.
std::string to_json(const Analysis& a) {
  const Document& doc = a.doc;
  const ConversionResult& c = a.conversions;
  auto text_of = [&](Span s) { return std::u16string_view(doc.text).substr(s.start, s.end - s.start); };
  JsonWriter w;
  w.begin_object();

  w.key("checks");
  w.begin_array();
  for (const Check& k : c.checks) {
    w.begin_object();
    w.member("deviation", k.deviation);
    w.member("ecb_rate", k.ecb_rate);
    w.key("figures");
    w.begin_array();
    w.value(k.first);
    w.value(k.second);
    w.end_array();
    w.member("implied_rate", k.implied_rate);
    w.member("rate_date", k.rate_date);
    w.end_object();
  }
  w.end_array();

  w.key("conversions");
  w.begin_array();
  for (const Conversion& v : c.conversions) {
    w.begin_object();
    if (!v.display.empty()) w.member("display", v.display);
    if (!v.display_full.empty()) w.member("display_full", v.display_full);
    w.member("figure", v.figure);
    if (v.max) w.member("max", *v.max);
    if (v.min) w.member("min", *v.min);
    w.member("rate", v.rate);
    if (!v.rate_date.empty()) w.member("rate_date", v.rate_date);
    if (!v.reason.empty()) w.member("reason", v.reason);
    w.member("source", v.source);
    w.member("to", v.to);
    w.member("value", v.value);
    w.end_object();
  }
  w.end_array();

  w.key("entities");
  w.begin_array();
  for (const Entity& e : a.entities) {
    w.begin_object();
    w.member("end", e.span.end);
    w.member("key", e.key);
    w.member("rule", e.rule);
    w.member("start", e.span.start);
    w.member("text", text_of(e.span));
    w.member("type", e.type);
    w.end_object();
  }
  w.end_array();

  w.key("figures");
  w.begin_array();
  for (const Figure& f : a.figures) {
    w.begin_object();
    w.member("approx", f.approx);
    w.member("end", f.span.end);
    w.member("kind", kind_name(f.kind));
    if (f.max) w.member("max", *f.max);
    if (f.min) w.member("min", *f.min);
    w.member("rule", f.rule);
    w.member("start", f.span.start);
    w.member("text", text_of(f.span));
    if (!f.unit.empty()) w.member("unit", f.unit);
    w.key("value");
    if (f.kind == FigureKind::kDate) w.value(f.date);
    else w.value(f.value);
    w.end_object();
  }
  w.end_array();

  w.member("language", doc.lang);
  w.member("length", doc.text.size());
  w.key("publication_date");
  if (a.publication_date) w.value(*a.publication_date);
  else w.null();

  w.key("rates");
  w.begin_object();
  w.member("chosen_by", c.date_chosen_by);
  w.member("date", c.date);
  w.key("rate_date");
  if (c.rate_date.empty()) w.null();
  else w.value(c.rate_date);
  w.member("to", c.to);
  w.end_object();

  w.member("schema", "textexplorer.analysis/1");
  w.key("sentences");
  w.begin_array();
  for (Span s : doc.sentences) {
    w.begin_array();
    w.value(s.start);
    w.value(s.end);
    w.end_array();
  }
  w.end_array();

  w.end_object();
  return w.take();
}

std::string describe_rates(const RateTable& rates) {
  JsonWriter w;
  w.begin_object();
  w.key("currencies");
  w.begin_array();
  for (const std::string& code : rates.currencies()) w.value(code);
  w.end_array();
  w.member("newest", rates.newest_date());
  w.member("oldest", rates.oldest_date());
  w.end_object();
  return w.take();
}

std::string error_json(const std::string& message) {
  JsonWriter w;
  w.begin_object();
  w.member("error", message);
  w.end_object();
  return w.take();
}

}  // namespace tx
