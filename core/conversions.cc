#include "conversions.h"

#include <algorithm>
#include <cmath>

#include "checks.h"
#include "error.h"
#include "money_format.h"

namespace tx {
namespace {

const char kSource[] = "ECB reference rate";

bool is_code(const std::string& c) {
  return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Why `currency` has no rate on `day` (the table's day on or before `date`).
std::string missing_rate_reason(const RateTable& rates, const std::string& currency, const std::string& date,
                                const std::string& day) {
  if (!is_code(currency)) return "'" + currency + "' is not an ISO 4217 currency code";
  if (rates.day_count() == 0) return "no ECB rates are loaded";
  if (day.empty()) return "no ECB rate before " + rates.oldest_date() + " (the rates asked for are of " + date + ")";
  const std::string before = rates.previous_quote(currency, date);
  const std::string after = rates.next_quote(currency, date);
  const std::string head = "no ECB rate for " + currency + " on " + day + ": ";
  if (before.empty() && after.empty()) return "the ECB publishes no reference rate for " + currency;
  if (before.empty()) return head + "the ECB quotes it from " + after;
  if (after.empty()) return head + "the ECB last quoted it on " + before;
  return head + "the ECB quoted it until " + before + " and again from " + after;
}

}  // namespace

ConversionResult convert(const Document& doc, const std::vector<Figure>& figures, const RateTable& rates,
                         const ConversionOptions& options) {
  const std::vector<std::string> known = rates.currencies();
  if (!std::binary_search(known.begin(), known.end(), options.to))
    throw InputError("unknown currency '" + options.to + "' (no ECB rate for it)");
  ConversionResult result;
  result.to = options.to;
  if (!options.date.empty()) {
    if (!parse_iso_day(options.date)) throw InputError("bad date '" + options.date + "' (expected YYYY-MM-DD)");
    result.date = options.date;
    result.date_chosen_by = "option";
  } else if (options.publication_date && parse_iso_day(*options.publication_date)) {
    result.date = *options.publication_date;
    result.date_chosen_by = "publication";
  } else {
    result.date = rates.newest_date();
    result.date_chosen_by = "newest";
  }
  result.rate_date = rates.day_on_or_before(result.date);
  const std::string locale = options.locale.empty() ? doc.lang : options.locale;
  const std::optional<DayRate> to_rate = rates.rate(options.to, result.date);

  const auto converted_here = [&](const Figure& f) { return f.kind == FigureKind::kMoney && f.unit != options.to; };
  result.conversions.reserve(std::count_if(figures.begin(), figures.end(), converted_here));
  // Most amounts of an article are in one or two currencies: the rate of the
  // last currency seen is kept rather than looked up and rounded again.
  std::optional<std::string> last_unit;
  std::optional<DayRate> from_rate;
  std::optional<double> last_rate;
  for (size_t i = 0; i < figures.size(); ++i) {
    const Figure& f = figures[i];
    if (!converted_here(f)) continue;
    Conversion c;
    c.figure = i;
    c.to = options.to;
    c.source = kSource;
    if (last_unit != f.unit) {
      last_unit = f.unit;
      from_rate = rates.rate(f.unit, result.date);
      last_rate.reset();
      if (from_rate && to_rate) last_rate = round_significant(to_rate->per_euro / from_rate->per_euro, 8);
    }
    if (!from_rate || !to_rate) {
      c.reason = missing_rate_reason(rates, !from_rate ? f.unit : options.to, result.date, result.rate_date);
      result.conversions.push_back(std::move(c));
      continue;
    }
    c.rate = last_rate;
    c.rate_date = from_rate->date;
    // Divide then multiply: exact for the usual case where one side is EUR.
    auto converted = [&](std::optional<double> v) -> std::optional<double> {
      if (!v || !std::isfinite(*v)) return std::nullopt;
      double x = *v / from_rate->per_euro * to_rate->per_euro;
      if (!std::isfinite(x)) return std::nullopt;
      return round_decimals(x, 2);
    };
    c.value = converted(f.value);
    c.min = converted(f.min);
    c.max = converted(f.max);
    if (!f.value) {
      c.reason = "vague amount: no single value to convert";
    } else if (!c.value) {
      c.reason = "amount too large to convert";
    } else {
      c.display = format_money_compact(*c.value, options.to, locale);
      c.display_full = format_money_full(*c.value, options.to, locale);
    }
    result.conversions.push_back(std::move(c));
  }
  result.checks = find_checks(doc, figures, rates, result.date);
  return result;
}

}  // namespace tx
