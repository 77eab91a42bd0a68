// Euro reference rates by day: the built-in table (derived from the ECB
// history in data/rates/) or a file the user loads.
//
// A table is a list of ECB business days and, for each currency, its rate
// on each of those days or nothing (the ECB did not quote it that day). A
// table is immutable once built: parse() and merge() build new ones, so a
// caller that fails to load a file keeps the table it had.
#ifndef TEXTEXPLORER_RATES_H_
#define TEXTEXPLORER_RATES_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tx {

struct DayRate {
  double per_euro = 0;   // units of the currency for 1 EUR
  std::string date;      // the ECB business day the rate is from, YYYY-MM-DD
};

// Days since 1970-01-01 (negative before) of a strict "YYYY-MM-DD" (a real
// Gregorian day, years 0000-9999); nothing for anything else.
std::optional<int32_t> parse_iso_day(std::string_view date);
// The "YYYY-MM-DD" of a day number.
std::string iso_day(int32_t day);

// One currency's rates over a stretch of the table's days.
struct RateSeries {
  std::string currency;           // ISO 4217: three capital letters, never EUR
  size_t first = 0;               // index in the table's days of per_euro[0]
  std::vector<double> per_euro;   // units per 1 EUR; NaN where the ECB quoted none
};

class RateTable {
 public:
  RateTable();
  ~RateTable();
  RateTable(RateTable&&) noexcept;
  RateTable& operator=(RateTable&&) noexcept;

  // The table embedded in the library (every ECB day shipped in data/rates/).
  // Decoded once, on first use.
  static const RateTable& builtin();

  // Parses an ECB history CSV, an ECB daily CSV or an ECB daily/history XML
  // file (see ecb_formats.h for the layouts). Throws InputError naming the
  // line and column of the first problem. Linear in the size of `contents`.
  static RateTable parse(std::string_view contents);

  // Builds a table from strictly ascending day numbers and one series per
  // currency (each within the days, codes distinct). Throws InputError when
  // that does not hold. What the parsers and the built-in decoder call.
  static RateTable from_series(std::vector<int32_t> days, std::vector<RateSeries> series);

  // Every day of `base` and of `newer`; a day that both have takes all its
  // rates from `newer` (so a loaded daily file extends the built-in history).
  static RateTable merge(const RateTable& base, const RateTable& newer);

  // The rate of `currency` (ISO 4217) on the table's day on or before `date`
  // (YYYY-MM-DD): the ECB business day in force that day. Nothing when the
  // table has no day on or before `date`, or the currency has no rate on
  // that day (not yet, no longer, or never quoted): a stale rate from an
  // older day is never given. EUR is always 1.
  std::optional<DayRate> rate(std::string_view currency, std::string_view date) const;

  // The table's day on or before `date`, YYYY-MM-DD ("" when none).
  std::string day_on_or_before(std::string_view date) const;

  // The last day on or before `date` / the first day after `date` that has
  // a rate for `currency` ("" when none). For explaining a missing rate.
  std::string previous_quote(std::string_view currency, std::string_view date) const;
  std::string next_quote(std::string_view currency, std::string_view date) const;

  // Newest day in the table, YYYY-MM-DD ("" for an empty table).
  std::string newest_date() const;
  // Oldest day in the table, YYYY-MM-DD ("" for an empty table).
  std::string oldest_date() const;

  // Every currency code the table ever quotes, plus EUR, sorted.
  std::vector<std::string> currencies() const;

  // Number of days, and of (day, currency) rates the table holds.
  size_t day_count() const;
  size_t rate_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tx

#endif  // TEXTEXPLORER_RATES_H_
