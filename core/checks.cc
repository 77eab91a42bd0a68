#include "checks.h"

#include <cmath>
#include <optional>

#include "money_format.h"
#include "text.h"

namespace tx {
namespace {

constexpr size_t kMaxGap = 48;

// Words that say "the same amount, said otherwise" (folded: no accents).
const char16_t* const kMarkerWords[] = {u"soit",   u"ou",      u"or",       u"about",  u"around",
                                        u"roughly", u"approximately", u"approx", u"some", u"nearly",
                                        u"almost", u"circa",   u"ca",       u"environ", u"env",
                                        u"pres",   u"quelque", u"equivalent", u"equivalant", u"equals"};
// Words allowed beside a marker ("soit près de", "l'équivalent de", "or about").
const char16_t* const kFillerWords[] = {u"de", u"d", u"a", u"to", u"l", u"of", u"the"};

bool in(std::u16string_view word, const char16_t* const* list, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (word == list[i]) return true;
  return false;
}

bool is_marker_sign(char16_t c) {
  return c == u'(' || c == u'[' || c == u'~' || c == u'=' || c == u'/' || c == u'\u2248' || c == u'\u2243';
}

bool is_money(const Figure& f) { return f.kind == FigureKind::kMoney; }

}  // namespace

bool is_conversion_gap(std::u16string_view gap, bool first_link) {
  if (gap.size() > kMaxGap) return false;
  bool marker = false, filler = false;
  size_t i = 0;
  while (i < gap.size()) {
    char16_t c = gap[i];
    if (is_space(c) || c == u',' || is_apostrophe(c)) {
      ++i;
    } else if (is_marker_sign(c)) {
      marker = true;
      ++i;
    } else if (is_letter(c)) {
      size_t start = i;
      while (i < gap.size() && is_letter(gap[i])) ++i;
      std::u16string word = fold(gap.substr(start, i - start));
      if (in(word, kMarkerWords, sizeof kMarkerWords / sizeof *kMarkerWords)) {
        marker = true;
        if (i < gap.size() && gap[i] == u'.') ++i;  // "approx.", "env."
      } else if (in(word, kFillerWords, sizeof kFillerWords / sizeof *kFillerWords)) {
        filler = true;
      } else {
        return false;
      }
    } else {
      return false;  // a digit, ')', '.', a dash...: not the same amount
    }
  }
  if (filler && !marker) return false;
  return marker || !first_link;
}

std::vector<Check> find_checks(const Document& doc, const std::vector<Figure>& figures, const RateTable& rates,
                               const std::string& date) {
  std::vector<Check> checks;
  const std::u16string_view text(doc.text);
  size_t i = 0;
  while (i < figures.size()) {
    if (!is_money(figures[i])) {
      ++i;
      continue;
    }
    const size_t anchor = i;
    const Figure& a = figures[anchor];
    int32_t prev_end = a.span.end;
    size_t j = anchor + 1;
    for (; j < figures.size() && is_money(figures[j]); ++j) {
      const Figure& b = figures[j];
      if (b.span.start < prev_end || prev_end < 0 || static_cast<size_t>(b.span.start) > text.size()) break;
      std::u16string_view gap = text.substr(static_cast<size_t>(prev_end),
                                            static_cast<size_t>(b.span.start - prev_end));
      if (!is_conversion_gap(gap, j == anchor + 1) || b.unit == a.unit) break;
      prev_end = b.span.end;
      if (!a.value || !b.value || !(*a.value > 0) || !std::isfinite(*a.value) || !std::isfinite(*b.value))
        continue;
      std::optional<DayRate> ra = rates.rate(a.unit, date), rb = rates.rate(b.unit, date);
      if (!ra || !rb || ra->date != rb->date) continue;
      const double implied = *b.value / *a.value;
      const double ecb = rb->per_euro / ra->per_euro;
      Check k;
      k.first = anchor;
      k.second = j;
      k.implied_rate = round_significant(implied, 8);
      k.ecb_rate = round_significant(ecb, 8);
      k.rate_date = ra->date;
      k.deviation = round_decimals((implied - ecb) / ecb, 6);
      if (std::isfinite(k.implied_rate) && std::isfinite(k.deviation)) checks.push_back(k);
    }
    i = j > anchor + 1 ? j : anchor + 1;
  }
  return checks;
}

}  // namespace tx
