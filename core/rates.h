// Euro reference rates by day: the built-in table (derived from the ECB
// history in data/rates/) or a file the user loads.
#ifndef TEXTEXPLORER_RATES_H_
#define TEXTEXPLORER_RATES_H_

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

class RateTable {
 public:
  RateTable();
  ~RateTable();
  RateTable(RateTable&&) noexcept;
  RateTable& operator=(RateTable&&) noexcept;

  // The table embedded in the library (every ECB day shipped in data/rates/).
  static const RateTable& builtin();

  // Parses an ECB history CSV, an ECB daily CSV or an ECB daily XML file.
  // Throws InputError naming the line and column of the first problem.
  static RateTable parse(std::string_view contents);

  // The rate of `currency` (ISO 4217) on `date` (YYYY-MM-DD) or, failing
  // that, on the nearest earlier day of the table that has one; nothing when
  // the table has no rate for it on or before that day. EUR is always 1.
  std::optional<DayRate> rate(std::string_view currency, std::string_view date) const;

  // Newest day in the table, YYYY-MM-DD ("" for an empty table).
  std::string newest_date() const;
  // Oldest day in the table, YYYY-MM-DD.
  std::string oldest_date() const;

  // Every currency code the table ever lists, plus EUR, sorted.
  std::vector<std::string> currencies() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tx

#endif  // TEXTEXPLORER_RATES_H_
