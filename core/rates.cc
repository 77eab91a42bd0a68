#include "rates.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>

#include "compact_rates.h"
#include "data_files.h"
#include "ecb_formats.h"
#include "error.h"

namespace tx {
namespace {

const char kBuiltinPath[] = "rates/ecb-rates.bin";

// H. Hinnant's days_from_civil / civil_from_days: exact for every
// proleptic Gregorian day, no tables, no loops.
int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

bool is_valid_currency(std::string_view code) {
  return code.size() == 3 && code != "EUR" &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::optional<int32_t> parse_iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return std::nullopt;
  return days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string iso_day(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y0 = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = y0 + (m <= 2);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

struct RateTable::Impl {
  std::vector<int32_t> days;       // ascending
  std::vector<RateSeries> series;  // sorted by currency, trimmed to first..last rate
  size_t rates = 0;

  const RateSeries* find(std::string_view currency) const {
    auto it = std::lower_bound(series.begin(), series.end(), currency,
                               [](const RateSeries& s, std::string_view c) { return s.currency < c; });
    return it != series.end() && it->currency == currency ? &*it : nullptr;
  }

  // Index of the last day <= day, or -1.
  long index_on_or_before(int32_t day) const {
    auto it = std::upper_bound(days.begin(), days.end(), day);
    return static_cast<long>(it - days.begin()) - 1;
  }

  static double at(const RateSeries& s, long index) {
    if (index < static_cast<long>(s.first)) return std::numeric_limits<double>::quiet_NaN();
    size_t i = static_cast<size_t>(index) - s.first;
    return i < s.per_euro.size() ? s.per_euro[i] : std::numeric_limits<double>::quiet_NaN();
  }
};

RateTable::RateTable() : impl_(new Impl) {}
RateTable::~RateTable() = default;
RateTable::RateTable(RateTable&&) noexcept = default;
RateTable& RateTable::operator=(RateTable&&) noexcept = default;

const RateTable& RateTable::builtin() {
  static const RateTable table = [] {
    try {
      return decode_compact_rates(data_file(kBuiltinPath));
    } catch (const InputError&) {
      return RateTable();  // unit tests fail loudly on this; the library stays usable
    }
  }();
  return table;
}

RateTable RateTable::parse(std::string_view contents) { return parse_ecb_rates(contents); }

RateTable RateTable::from_series(std::vector<int32_t> days, std::vector<RateSeries> series) {
  for (size_t i = 1; i < days.size(); ++i)
    if (days[i] <= days[i - 1]) throw InputError("rate table: days are not strictly ascending");
  RateTable t;
  size_t rates = 0;
  for (RateSeries& s : series) {
    if (!is_valid_currency(s.currency))
      throw InputError("rate table: '" + s.currency + "' is not a currency code");
    if (s.first > days.size() || s.per_euro.size() > days.size() - s.first)
      throw InputError("rate table: series " + s.currency + " runs past the last day");
    size_t lo = 0, hi = s.per_euro.size();
    while (lo < hi && std::isnan(s.per_euro[lo])) ++lo;
    while (hi > lo && std::isnan(s.per_euro[hi - 1])) --hi;
    for (size_t i = lo; i < hi; ++i) {
      double v = s.per_euro[i];
      if (std::isnan(v)) continue;
      if (!(v > 0) || !std::isfinite(v)) throw InputError("rate table: bad rate for " + s.currency);
      ++rates;
    }
    if (lo == hi) continue;  // never quoted: not part of the table
    RateSeries kept{std::move(s.currency), s.first + lo, {}};
    kept.per_euro.assign(s.per_euro.begin() + static_cast<long>(lo), s.per_euro.begin() + static_cast<long>(hi));
    t.impl_->series.push_back(std::move(kept));
  }
  std::sort(t.impl_->series.begin(), t.impl_->series.end(),
            [](const RateSeries& a, const RateSeries& b) { return a.currency < b.currency; });
  for (size_t i = 1; i < t.impl_->series.size(); ++i)
    if (t.impl_->series[i].currency == t.impl_->series[i - 1].currency)
      throw InputError("rate table: currency " + t.impl_->series[i].currency + " appears twice");
  t.impl_->days = std::move(days);
  t.impl_->rates = rates;
  return t;
}

RateTable RateTable::merge(const RateTable& base, const RateTable& newer) {
  const Impl& a = *base.impl_;
  const Impl& b = *newer.impl_;
  std::vector<int32_t> days;
  days.reserve(a.days.size() + b.days.size());
  std::set_union(a.days.begin(), a.days.end(), b.days.begin(), b.days.end(), std::back_inserter(days));
  // For each merged day, its index in `a` and in `b` (-1 when absent).
  std::vector<long> in_a(days.size(), -1), in_b(days.size(), -1);
  for (size_t i = 0, ia = 0, ib = 0; i < days.size(); ++i) {
    if (ia < a.days.size() && a.days[ia] == days[i]) in_a[i] = static_cast<long>(ia++);
    if (ib < b.days.size() && b.days[ib] == days[i]) in_b[i] = static_cast<long>(ib++);
  }
  std::vector<std::string> codes;
  for (const RateSeries& s : a.series) codes.push_back(s.currency);
  for (const RateSeries& s : b.series) codes.push_back(s.currency);
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  std::vector<RateSeries> series;
  for (const std::string& code : codes) {
    const RateSeries* sa = a.find(code);
    const RateSeries* sb = b.find(code);
    RateSeries s{code, 0, std::vector<double>(days.size(), std::numeric_limits<double>::quiet_NaN())};
    for (size_t i = 0; i < days.size(); ++i) {
      if (in_b[i] >= 0) {
        if (sb) s.per_euro[i] = Impl::at(*sb, in_b[i]);
      } else if (sa) {
        s.per_euro[i] = Impl::at(*sa, in_a[i]);
      }
    }
    series.push_back(std::move(s));
  }
  return from_series(std::move(days), std::move(series));
}

std::optional<DayRate> RateTable::rate(std::string_view currency, std::string_view date) const {
  std::optional<int32_t> day = parse_iso_day(date);
  if (!day) return std::nullopt;
  const long index = impl_->index_on_or_before(*day);
  if (currency == "EUR")
    return DayRate{1.0, index >= 0 ? iso_day(impl_->days[static_cast<size_t>(index)]) : std::string(date)};
  if (index < 0) return std::nullopt;
  const RateSeries* s = impl_->find(currency);
  if (!s) return std::nullopt;
  double v = Impl::at(*s, index);
  if (std::isnan(v)) return std::nullopt;
  return DayRate{v, iso_day(impl_->days[static_cast<size_t>(index)])};
}

std::string RateTable::day_on_or_before(std::string_view date) const {
  std::optional<int32_t> day = parse_iso_day(date);
  if (!day) return "";
  const long index = impl_->index_on_or_before(*day);
  return index >= 0 ? iso_day(impl_->days[static_cast<size_t>(index)]) : "";
}

std::string RateTable::previous_quote(std::string_view currency, std::string_view date) const {
  std::optional<int32_t> day = parse_iso_day(date);
  const RateSeries* s = impl_->find(currency);
  if (!day || !s) return "";
  long index = std::min(impl_->index_on_or_before(*day),
                        static_cast<long>(s->first + s->per_euro.size()) - 1);
  for (; index >= static_cast<long>(s->first); --index)  // bounded by the series length
    if (!std::isnan(Impl::at(*s, index))) return iso_day(impl_->days[static_cast<size_t>(index)]);
  return "";
}

std::string RateTable::next_quote(std::string_view currency, std::string_view date) const {
  std::optional<int32_t> day = parse_iso_day(date);
  const RateSeries* s = impl_->find(currency);
  if (!day || !s) return "";
  long index = std::max(impl_->index_on_or_before(*day) + 1, static_cast<long>(s->first));
  const long end = static_cast<long>(s->first + s->per_euro.size());
  for (; index < end; ++index)  // bounded by the series length
    if (!std::isnan(Impl::at(*s, index))) return iso_day(impl_->days[static_cast<size_t>(index)]);
  return "";
}

std::string RateTable::newest_date() const {
  return impl_->days.empty() ? "" : iso_day(impl_->days.back());
}

std::string RateTable::oldest_date() const {
  return impl_->days.empty() ? "" : iso_day(impl_->days.front());
}

std::vector<std::string> RateTable::currencies() const {
  std::vector<std::string> codes{"EUR"};
  for (const RateSeries& s : impl_->series) codes.push_back(s.currency);
  std::sort(codes.begin(), codes.end());
  return codes;
}

size_t RateTable::day_count() const { return impl_->days.size(); }
size_t RateTable::rate_count() const { return impl_->rates; }

}  // namespace tx
