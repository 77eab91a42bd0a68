#include "analysis.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "dates.h"
#include "entities.h"
#include "error.h"
#include "figures.h"
#include "language.h"
#include "sentences.h"
#include "text.h"

namespace tx {
namespace {

using nlohmann::json;

// Integral values print as integers (50000000000, not 5e10 or 50000000000.0),
// as JavaScript prints them; non-finite values never reach the JSON.
json number(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) return static_cast<int64_t>(v);
  return v;
}

json number(const std::optional<double>& v) { return v ? number(*v) : json(nullptr); }

json span_text(const Document& doc, Span s) {
  return utf16_to_utf8(std::u16string_view(doc.text).substr(s.start, s.end - s.start));
}

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

std::string to_json(const Analysis& a) {
  const Document& doc = a.doc;
  json out = json::object();
  out["schema"] = "textexplorer.analysis/1";
  out["language"] = doc.lang;
  out["length"] = doc.text.size();
  json sentences = json::array();
  for (Span s : doc.sentences) sentences.push_back({s.start, s.end});
  out["sentences"] = std::move(sentences);

  json entities = json::array();
  for (const Entity& e : a.entities) {
    entities.push_back({{"start", e.span.start}, {"end", e.span.end}, {"text", span_text(doc, e.span)},
                        {"type", e.type}, {"key", e.key}, {"rule", e.rule}});
  }
  out["entities"] = std::move(entities);

  json figures = json::array();
  for (const Figure& f : a.figures) {
    json j = {{"start", f.span.start}, {"end", f.span.end}, {"text", span_text(doc, f.span)},
              {"kind", kind_name(f.kind)}, {"approx", f.approx}, {"rule", f.rule}};
    if (f.kind == FigureKind::kDate) j["value"] = f.date;
    else j["value"] = number(f.value);
    if (!f.unit.empty()) j["unit"] = f.unit;
    if (f.min) j["min"] = number(*f.min);
    if (f.max) j["max"] = number(*f.max);
    figures.push_back(std::move(j));
  }
  out["figures"] = std::move(figures);

  const ConversionResult& c = a.conversions;
  json conversions = json::array();
  for (const Conversion& v : c.conversions) {
    json j = {{"figure", v.figure}, {"to", v.to}, {"value", number(v.value)}, {"rate", number(v.rate)},
              {"source", v.source}};
    if (!v.rate_date.empty()) j["rate_date"] = v.rate_date;
    if (v.min) j["min"] = number(*v.min);
    if (v.max) j["max"] = number(*v.max);
    if (!v.reason.empty()) j["reason"] = v.reason;
    if (!v.display.empty()) j["display"] = v.display;
    if (!v.display_full.empty()) j["display_full"] = v.display_full;
    conversions.push_back(std::move(j));
  }
  out["conversions"] = std::move(conversions);
  json checks = json::array();
  for (const Check& k : c.checks) {
    checks.push_back({{"figures", {k.first, k.second}}, {"implied_rate", number(k.implied_rate)},
                      {"ecb_rate", number(k.ecb_rate)}, {"rate_date", k.rate_date},
                      {"deviation", number(k.deviation)}});
  }
  out["checks"] = std::move(checks);
  out["rates"] = {{"to", c.to}, {"date", c.date}, {"chosen_by", c.date_chosen_by},
                  {"rate_date", c.rate_date.empty() ? json(nullptr) : json(c.rate_date)}};
  out["publication_date"] = a.publication_date ? json(*a.publication_date) : json(nullptr);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string describe_rates(const RateTable& rates) {
  json out = {{"oldest", rates.oldest_date()}, {"newest", rates.newest_date()},
              {"currencies", rates.currencies()}};
  return out.dump();
}

std::string error_json(const std::string& message) {
  return json({{"error", message}}).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace tx
