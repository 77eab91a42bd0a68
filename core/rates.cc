#include "rates.h"

namespace tx {

// Placeholder until the rate table lands: EUR only.
struct RateTable::Impl {};

RateTable::RateTable() : impl_(new Impl) {}
RateTable::~RateTable() = default;
RateTable::RateTable(RateTable&&) noexcept = default;
RateTable& RateTable::operator=(RateTable&&) noexcept = default;

const RateTable& RateTable::builtin() {
  static const RateTable table;
  return table;
}

RateTable RateTable::parse(std::string_view) { return RateTable(); }

std::optional<DayRate> RateTable::rate(std::string_view currency, std::string_view date) const {
  if (currency == "EUR") return DayRate{1.0, std::string(date)};
  return std::nullopt;
}

std::string RateTable::newest_date() const { return ""; }
std::string RateTable::oldest_date() const { return ""; }
std::vector<std::string> RateTable::currencies() const { return {"EUR"}; }

}  // namespace tx
