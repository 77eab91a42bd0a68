#include "money_format.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <random>
#include <vector>

namespace tx {
namespace {

// French spacing as ICU 72 writes it: U+00A0 before "Md"/"k" and the sign,
// U+202F between digit groups.
#define NBSP "\u00A0"
#define NNBSP "\u202F"

TEST_CASE("display locales are those the wasm build has data for") {
  struct Case { const char* requested; const char* used; };
  const Case cases[] = {
      {"fr", "fr"},       {"fr-FR", "fr-FR"}, {"fr_CA", "fr-CA"}, {"fr-ch", "fr-CH"}, {"FR-BE", "fr-BE"},
      {"fr-LU", "fr"},    {"en", "en"},       {"en-US", "en-US"}, {"en_GB", "en-GB"}, {"en-CA", "en-CA"},
      {"en-AU", "en"},    {"de", "en"},       {"", "en"},         {"zz-ZZ", "en"},    {"fr-Latn-FR", "fr"},
      {"\xff\xfe", "en"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.requested);
    CHECK(display_locale(c.requested) == c.used);
  }
}

TEST_CASE("compact and full money strings, exact bytes") {
  struct Case { double amount; const char* currency; const char* locale; const char* compact; const char* full; };
  const Case cases[] = {
      {43.3e9, "EUR", "fr", "43,3" NBSP "Md" NBSP "€", "43" NNBSP "300" NNBSP "000" NNBSP "000,00" NBSP "€"},
      {44436544614.29, "EUR", "fr", "44,4" NBSP "Md" NBSP "€",
       "44" NNBSP "436" NNBSP "544" NNBSP "614,29" NBSP "€"},
      {43.3e9, "EUR", "en", "€43.3B", "€43,300,000,000.00"},
      {43.3e9, "EUR", "en-GB", "€43.3B", "€43,300,000,000.00"},
      {50e9, "USD", "en", "$50B", "$50,000,000,000.00"},
      {50e9, "USD", "fr", "50" NBSP "Md" NBSP "$US", "50" NNBSP "000" NNBSP "000" NNBSP "000,00" NBSP "$US"},
      {50e9, "USD", "en-GB", "US$50B", "US$50,000,000,000.00"},
      {1.5e6, "EUR", "fr", "1,5" NBSP "M" NBSP "€", "1" NNBSP "500" NNBSP "000,00" NBSP "€"},
      {1234.5, "EUR", "fr", "1,23" NBSP "k" NBSP "€", "1" NNBSP "234,50" NBSP "€"},
      {1234.5, "GBP", "en", "£1.23K", "£1,234.50"},
      {96.2, "EUR", "fr", "96,2" NBSP "€", "96,20" NBSP "€"},
      {145183078.56, "JPY", "en", "¥145M", "¥145,183,079"},  // JPY has no decimals
      {2.5e12, "EUR", "fr", "2,5" NBSP "Bn" NBSP "€", "2" NNBSP "500" NNBSP "000" NNBSP "000" NNBSP "000,00" NBSP "€"},
      {1e6, "CHF", "fr-CH", "1" NBSP "M" NBSP "CHF", "1" NNBSP "000" NNBSP "000.00" NBSP "CHF"},
      {1e6, "EUR", "fr-CA", "1" NBSP "M€", "1" NBSP "000" NBSP "000,00" NBSP "€"},
      {0.5, "EUR", "en", "€0.5", "€0.50"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.amount);
    CAPTURE(c.currency);
    CAPTURE(c.locale);
    CHECK(format_money_compact(c.amount, c.currency, c.locale) == c.compact);
    CHECK(format_money_full(c.amount, c.currency, c.locale) == c.full);
  }
}

TEST_CASE("formatting refuses what it cannot show") {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(format_money_compact(inf, "EUR", "fr") == "");
  CHECK(format_money_full(nan, "EUR", "fr") == "");
  CHECK(format_money_full(1, "eur", "fr") == "");
  CHECK(format_money_full(1, "EURO", "fr") == "");
  CHECK(format_money_full(1, "", "fr") == "");
  CHECK(format_money_compact(1e300, "EUR", "en") != "");
}

TEST_CASE("rounding to what a reader sees") {
  struct Case { double in; int digits; double significant; int decimals; double fixed; };
  const Case cases[] = {
      {1 / 1.1252, 8, 0.88873089, 2, 0.89},
      {50e9 / 1.1252, 8, 44436545000, 2, 44436544614.29},
      {163.36 / 1.1252, 8, 145.18308, 2, 145.18},
      {1 / 36030.0, 8, 0.000027754649, 6, 0.000028},
      {0.125, 2, 0.12, 2, 0.12},  // exactly halfway: printf rounds to even
      {-0.0255768, 3, -0.0256, 6, -0.025577},
      {0, 8, 0, 2, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(round_significant(c.in, c.digits) == c.significant);
    CHECK(round_decimals(c.in, c.decimals) == c.fixed);
  }
  CHECK(std::isinf(round_decimals(std::numeric_limits<double>::infinity(), 2)));
  CHECK(round_decimals(1e300, 2) == 1e300);
}

// Checks round(v, n) == printf_round(v, n), sign included, for each value
// and its negation and each n; names the first few that differ.
void expect_as_printf(const std::vector<double>& values, std::initializer_list<int> ns,
                      double (*round)(double, int), double (*printf_round)(double, int)) {
  int failures = 0;
  for (double v : values) {
    for (double signed_v : {v, -v}) {
      for (int n : ns) {
        double expected = printf_round(signed_v, n), got = round(signed_v, n);
        if (got == expected && std::signbit(got) == std::signbit(expected)) continue;
        if (++failures > 10) continue;  // name the first few only
        CAPTURE(signed_v);
        CAPTURE(n);
        CHECK(got == expected);
        CHECK(std::signbit(got) == std::signbit(expected));
      }
    }
  }
  CHECK(failures == 0);
}

// printf's decimal rounding read back by strtod: round_decimals' definition,
// and what it computes itself for values too large for its exact path.
double printf_rounding(double v, int decimals) {
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return std::strtod(buf, nullptr);
}

TEST_CASE("round_decimals rounds as printf does, ties and near-ties included") {
  std::vector<double> values = {0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.015, 0.045, 1e-300, 5e-324,
                                0x1p49, 0x1p50, 0x1p50 - 0.5, 1125899906842623.5, 4503599627370495.5};
  // Exact halves at each scale, and the doubles either side of them.
  for (int k = 0; k < 4000; ++k) {
    for (double denominator : {2.0, 8.0, 16.0, 1024.0}) {
      double tie = (2 * k + 1) / denominator + (k % 7) * 1000;
      values.insert(values.end(), {tie, std::nextafter(tie, 0), std::nextafter(tie, 1e300)});
    }
  }
  // Amounts as conversions make them: a figure divided or multiplied by a rate.
  std::mt19937_64 random(20261124);
  std::uniform_real_distribution<double> mantissa(1, 10);
  std::uniform_int_distribution<int> exponent(-9, 15);
  for (int i = 0; i < 200000; ++i) values.push_back(mantissa(random) * std::pow(10.0, exponent(random)));
  expect_as_printf(values, {0, 1, 2, 3, 6, 8}, round_decimals, printf_rounding);
}

// printf's significant-digit rounding read back by strtod: round_significant's
// definition.
double printf_significant(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*e", digits - 1, v);
  return std::strtod(buf, nullptr);
}

TEST_CASE("round_significant rounds as printf does, next to powers of ten and ties included") {
  std::vector<double> values = {0.125, 0.375, 2.675, 1.005, 9.9999999949999999, 99999999.5, 0.99999999949999999};
  // Powers of ten, where log10 may be off by one, and the doubles either side.
  for (int e = -20; e <= 22; ++e) {
    const double p = std::pow(10.0, e);
    values.insert(values.end(), {p, std::nextafter(p, 0), std::nextafter(p, 1e300)});
  }
  // Ties at the last kept digit (x.5 units of it, in binary exactly for the
  // halves of small integers), and the doubles either side of them.
  for (int k = 1; k < 3000; ++k) {
    for (double scale : {1.0, 1024.0, 1.0 / 1024}) {
      double tie = (2 * k + 1) / 2.0 * scale;
      values.insert(values.end(), {tie, std::nextafter(tie, 0), std::nextafter(tie, 1e300)});
    }
  }
  // Rates as conversions make them: one ECB rate divided by another.
  std::mt19937_64 random(20261125);
  std::uniform_real_distribution<double> rate(0.0001, 40000);
  for (int i = 0; i < 200000; ++i) values.push_back(rate(random) / rate(random));
  std::uniform_real_distribution<double> mantissa(1, 10);
  std::uniform_int_distribution<int> exponent(-30, 30);
  for (int i = 0; i < 100000; ++i) values.push_back(mantissa(random) * std::pow(10.0, exponent(random)));
  expect_as_printf(values, {1, 2, 3, 8, 15, 16}, round_significant, printf_significant);
}

}  // namespace
}  // namespace tx
