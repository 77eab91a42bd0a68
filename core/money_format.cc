#include "money_format.h"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace tx {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool valid_code(std::string_view c) {
  return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

enum class Style { kCompact, kFull };

// Building an ICU formatter costs far more than formatting with one, and a
// document converts every amount into one currency and locale: keep the
// last formatter of each style.
const icu::number::LocalizedNumberFormatter* formatter_for(std::string_view currency,
                                                           std::string_view locale, Style style) {
  struct Cached {
    std::string key;
    std::optional<icu::number::LocalizedNumberFormatter> formatter;
  };
  static Cached cache[2];
  Cached& slot = cache[style == Style::kCompact ? 0 : 1];
  std::string key = std::string(currency) + '|' + std::string(locale);
  if (slot.formatter && slot.key == key) return &*slot.formatter;
  UErrorCode status = U_ZERO_ERROR;
  char16_t iso[4] = {static_cast<char16_t>(currency[0]), static_cast<char16_t>(currency[1]),
                     static_cast<char16_t>(currency[2]), 0};
  icu::CurrencyUnit unit(iso, status);
  if (U_FAILURE(status)) return nullptr;
  icu::Locale loc = icu::Locale::forLanguageTag(display_locale(locale), status);
  if (U_FAILURE(status)) return nullptr;
  auto formatter = icu::number::NumberFormatter::withLocale(loc).unit(unit);
  if (style == Style::kCompact) {
    slot.formatter = formatter.notation(icu::number::Notation::compactShort())
                         .precision(icu::number::Precision::maxSignificantDigits(3));
  } else {
    slot.formatter = formatter;
  }
  slot.key = std::move(key);
  return &*slot.formatter;
}

std::string format(double amount, std::string_view currency, std::string_view locale, Style style) {
  if (!std::isfinite(amount) || !valid_code(currency)) return "";
  const icu::number::LocalizedNumberFormatter* formatter = formatter_for(currency, locale, style);
  if (!formatter) return "";
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = formatter->formatDouble(amount, status).toString(status);
  if (U_FAILURE(status)) return "";
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace

std::string display_locale(std::string_view requested) {
  // "fr_CA", "fr-ca", "FR-CA" -> language "fr", region "CA".
  size_t sep = requested.find_first_of("-_");
  std::string language = lower(requested.substr(0, sep));
  std::string region = sep == std::string_view::npos ? "" : upper(requested.substr(sep + 1, 2));
  if (sep != std::string_view::npos && requested.size() != sep + 3) region = "";  // fr-Latn-CA etc.: language only
  static const char* const kShipped[] = {"fr-FR", "fr-CA", "fr-CH", "fr-BE", "en-US", "en-GB", "en-CA"};
  if (language != "fr" && language != "en") return "en";
  std::string tag = language + "-" + region;
  for (const char* shipped : kShipped)
    if (tag == shipped) return tag;
  return language;
}

namespace {

const double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,
                               1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17};

// round_decimals without printf, when |v| * 10^decimals is below 2^50: in
// wasm, printf and strtod work in software long doubles, and this runs
// once per converted amount. The exact scaled value is rounded half to
// even as printf does, and n / 10^decimals is the nearest double to the
// decimal n / 10^decimals, as strtod's reading of printf's text is (IEEE
// division rounds correctly). False, with *out untouched, outside that
// range.
bool round_decimals_exactly(double v, int decimals, double* out) {
  const double scale = kPowersOfTen[decimals];
  const double a = std::fabs(v);
  const double p = a * scale;
  if (!(p < 0x1p50)) return false;
  const double error = std::fma(a, scale, -p);  // a * scale - p, exactly
  const double whole = std::floor(p);
  const double fraction = p - whole;  // exact; |error| <= ulp(p) / 2 <= 1/8
  double n = whole;
  if (fraction >= 0.25) {
    // The exact fraction is fraction + error; compare it with 1/2 without
    // rounding: fraction - 0.5 is exact here (Sterbenz).
    const double above_half = fraction - 0.5;
    if (above_half > -error || (above_half == -error && std::fmod(whole, 2) == 1)) n = whole + 1;
  }
  *out = std::copysign(n / scale, v);
  return true;
}

// round_significant without printf: rounding to `digits` significant
// digits is rounding to k decimals, for the k that puts |v| * 10^k in
// [10^(digits-1), 10^digits). log10 can miss that k by one next to a power
// of ten; the product settles it. Where the rounded product sits on a
// bound the exact one is on the other side of, either k rounds to the same
// double (the bound itself). False when k is outside 0..17.
bool round_significant_exactly(double v, int digits, double* out) {
  if (digits > 15) return false;  // 10^digits must stay below 2^50
  const double a = std::fabs(v);
  int k = digits - 1 - static_cast<int>(std::floor(std::log10(a)));
  for (int step = 0; step < 3 && k >= 0 && k <= 17; ++step) {
    const double p = a * kPowersOfTen[k];
    if (p < kPowersOfTen[digits - 1]) {
      ++k;
    } else if (p >= kPowersOfTen[digits]) {
      --k;
    } else {
      return round_decimals_exactly(v, k, out);
    }
  }
  return false;
}

}  // namespace

double round_significant(double v, int digits) {
  if (!std::isfinite(v) || v == 0 || digits < 1 || digits > 17) return v;
  double rounded;
  if (round_significant_exactly(v, digits, &rounded)) return rounded;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*e", digits - 1, v);
  return std::strtod(buf, nullptr);
}

double round_decimals(double v, int decimals) {
  if (!std::isfinite(v) || decimals < 0 || decimals > 17) return v;
  double rounded;
  if (round_decimals_exactly(v, decimals, &rounded)) return rounded;
  char buf[400];  // DBL_MAX has 309 integer digits
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return std::strtod(buf, nullptr);
}

std::string format_money_compact(double amount, std::string_view currency, std::string_view locale) {
  return format(amount, currency, locale, Style::kCompact);
}

std::string format_money_full(double amount, std::string_view currency, std::string_view locale) {
  return format(amount, currency, locale, Style::kFull);
}

}  // namespace tx
