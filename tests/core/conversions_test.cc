#include "conversions.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "error.h"
#include "text.h"

namespace tx {
namespace {

Figure money(double value, const char* unit, int32_t start = 0, int32_t end = 1) {
  Figure f;
  f.kind = FigureKind::kMoney;
  f.value = value;
  f.unit = unit;
  f.span = {start, end};
  return f;
}

Document doc_in(const char* lang) {
  Document d;
  d.text = u16("x");
  d.lang = lang;
  return d;
}

struct Case {
  const char* name;
  double amount;
  const char* from;
  const char* to;
  const char* date;       // ConversionOptions::date
  double value;           // expected; NaN = null
  double rate;            // expected; NaN = null
  const char* rate_date;
  const char* reason;
};

const double kNull = std::numeric_limits<double>::quiet_NaN();

TEST_CASE("conversions at ECB rates, computed by hand from rows of the CSV") {
  // 2025-05-09,1.1252,163.36,...,GBP 0.8477,...  50e9 / 1.1252 = 44436544614.2908 (the contract's example)
  // 2025-01-23,1.0404,...   1e9 / 1.0404 = 961168781.2380;  1e9 EUR * 1.0404 = 1040400000 USD
  // 2024-12-24,1.0395,...   25 Dec is a TARGET holiday: 100 / 1.0395 = 96.2001
  // 2024-04-30,1.0718,...,GBP 0.85478   1 May is a holiday: 1e6 GBP * 1.0718 / 0.85478 = 1253889.8898 USD
  // 1e6 USD -> JPY on 2025-05-09: 1e6 / 1.1252 * 163.36 = 145183078.5638 (neither side EUR)
  // 2022-03-01,...,RUB 117.201: 1e9 / 117.201 = 8532350.4066
  // 2005-06-30,...,ROL 36030: 1e6 / 36030 = 27.7546; 2005-07-01 RON 3.603: 1e6 / 3.603 = 277546.4890
  // 2007-12-31,...,CYP 0.585274: 1e6 / 0.585274 = 1708601.4414
  const Case cases[] = {
      {"contract example", 50e9, "USD", "EUR", "2025-05-09", 44436544614.29, 0.88873089, "2025-05-09", ""},
      {"Saturday: Friday's rate", 50e9, "USD", "EUR", "2025-05-10", 44436544614.29, 0.88873089, "2025-05-09", ""},
      {"after the table: its newest day", 50e9, "USD", "EUR", "2025-11-12", 44436544614.29, 0.88873089, "2025-05-09", ""},
      {"another date", 1e9, "USD", "EUR", "2025-01-23", 961168781.24, 0.96116878, "2025-01-23", ""},
      {"from EUR", 1e9, "EUR", "USD", "2025-01-23", 1040400000, 1.0404, "2025-01-23", ""},
      {"Christmas", 100, "USD", "EUR", "2024-12-25", 96.20, 0.96200096, "2024-12-24", ""},
      {"Labour Day, GBP to USD", 1e6, "GBP", "USD", "2024-05-01", 1253889.89, 1.2538899, "2024-04-30", ""},
      {"USD to JPY", 1e6, "USD", "JPY", "2025-05-09", 145183078.56, 145.18308, "2025-05-09", ""},
      {"RUB, last day", 1e9, "RUB", "EUR", "2022-03-01", 8532350.41, 0.0085323504, "2022-03-01", ""},
      {"ROL, last day", 1e6, "ROL", "EUR", "2005-06-30", 27.75, 0.000027754649, "2005-06-30", ""},
      {"RON, first day", 1e6, "RON", "EUR", "2005-07-01", 277546.49, 0.27754649, "2005-07-01", ""},
      {"CYP, last day", 1e6, "CYP", "EUR", "2007-12-31", 1708601.44, 1.7086014, "2007-12-31", ""},
      {"before the euro", 1e6, "USD", "EUR", "1998-06-30", kNull, kNull, "",
       "no ECB rate before 1999-01-04 (the rates asked for are of 1998-06-30)"},
      {"RUB no longer quoted", 1e9, "RUB", "EUR", "2023-01-02", kNull, kNull, "",
       "no ECB rate for RUB on 2023-01-02: the ECB last quoted it on 2022-03-01"},
      {"RUB on a Sunday after", 1e9, "RUB", "EUR", "2022-03-06", kNull, kNull, "",
       "no ECB rate for RUB on 2022-03-04: the ECB last quoted it on 2022-03-01"},
      {"ROL replaced by RON", 1e6, "ROL", "EUR", "2005-07-01", kNull, kNull, "",
       "no ECB rate for ROL on 2005-07-01: the ECB last quoted it on 2005-06-30"},
      {"BRL not yet quoted", 1e6, "BRL", "EUR", "2005-03-01", kNull, kNull, "",
       "no ECB rate for BRL on 2005-03-01: the ECB quotes it from 2008-01-02"},
      {"ISK gap", 1e6, "ISK", "EUR", "2012-06-15", kNull, kNull, "",
       "no ECB rate for ISK on 2012-06-15: the ECB quoted it until 2008-12-09 and again from 2018-02-01"},
      {"never quoted", 1e6, "XAF", "EUR", "2025-05-09", kNull, kNull, "",
       "the ECB publishes no reference rate for XAF"},
      {"target no longer quoted", 1e6, "USD", "HRK", "2025-05-09", kNull, kNull, "",
       "no ECB rate for HRK on 2025-05-09: the ECB last quoted it on 2022-12-30"},
      {"not a code", 1e6, "dollars", "EUR", "2025-05-09", kNull, kNull, "",
       "'dollars' is not an ISO 4217 currency code"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    ConversionOptions options;
    options.to = c.to;
    options.date = c.date;
    ConversionResult r = convert(doc_in("en"), {money(c.amount, c.from)}, RateTable::builtin(), options);
    CHECK(r.date == c.date);
    CHECK(r.date_chosen_by == "option");
    REQUIRE(r.conversions.size() == 1);
    const Conversion& v = r.conversions[0];
    CHECK(v.figure == 0);
    CHECK(v.to == c.to);
    CHECK(v.source == "ECB reference rate");
    CHECK(v.reason == c.reason);
    CHECK(v.rate_date == c.rate_date);
    if (std::isnan(c.value)) {
      CHECK_FALSE(v.value);
      CHECK_FALSE(v.rate);
      CHECK(v.display == "");
    } else {
      REQUIRE(v.value);
      CHECK(*v.value == c.value);
      REQUIRE(v.rate);
      CHECK(*v.rate == c.rate);
      CHECK(v.display != "");
    }
  }
}

TEST_CASE("the date of the rates: option, else publication, else newest") {
  struct DateCase { const char* option; const char* publication; const char* date; const char* by; const char* used; };
  const DateCase cases[] = {
      {"2025-01-23", "2024-12-25", "2025-01-23", "option", "2025-01-23"},
      {"", "2024-12-25", "2024-12-25", "publication", "2024-12-24"},
      {"", "2025-11-12", "2025-11-12", "publication", "2025-05-09"},
      {"", "", "2025-05-09", "newest", "2025-05-09"},
      {"", "2025-11", "2025-05-09", "newest", "2025-05-09"},  // not a full date: ignored
      {"", "1998-01-01", "1998-01-01", "publication", ""},
  };
  for (const DateCase& c : cases) {
    CAPTURE(c.option);
    CAPTURE(c.publication);
    ConversionOptions options;
    options.date = c.option;
    if (*c.publication) options.publication_date = c.publication;
    ConversionResult r = convert(doc_in("fr"), {money(10, "USD")}, RateTable::builtin(), options);
    CHECK(r.to == "EUR");
    CHECK(r.date == c.date);
    CHECK(r.date_chosen_by == c.by);
    CHECK(r.rate_date == c.used);
    REQUIRE(r.conversions.size() == 1);
    CHECK(r.conversions[0].rate_date == c.used);
  }
}

TEST_CASE("which figures get a conversion") {
  Figure date;
  date.kind = FigureKind::kDate;
  date.date = "2025-01-23";
  Figure percent;
  percent.kind = FigureKind::kPercent;
  percent.value = 12.5;
  Figure vague = money(0, "USD");
  vague.value.reset();
  vague.approx = true;
  vague.min = 1e10;
  vague.max = 2e10;
  const std::vector<Figure> figures = {date, money(5, "EUR"), money(50e9, "USD"), percent, vague,
                                       money(std::numeric_limits<double>::infinity(), "USD")};
  ConversionOptions options;
  options.date = "2025-05-09";
  ConversionResult r = convert(doc_in("fr"), figures, RateTable::builtin(), options);
  REQUIRE(r.conversions.size() == 3);  // not the date, the EUR amount or the percentage
  CHECK(r.conversions[0].figure == 2);
  CHECK(r.conversions[1].figure == 4);
  CHECK(r.conversions[2].figure == 5);
  // "plusieurs dizaines de milliards de dollars": no value, but the rate of the day and
  // the bounds (1e10 / 1.1252 = 8887308922.8582; 2e10 / 1.1252 = 17774617845.7163).
  const Conversion& v = r.conversions[1];
  CHECK_FALSE(v.value);
  CHECK(v.reason == "vague amount: no single value to convert");
  CHECK(v.rate == 0.88873089);
  CHECK(v.rate_date == "2025-05-09");
  CHECK(v.min == 8887308922.86);
  CHECK(v.max == 17774617845.72);
  CHECK(v.display == "");
  CHECK_FALSE(r.conversions[2].value);
  CHECK(r.conversions[2].reason == "amount too large to convert");
}

TEST_CASE("display strings follow the locale") {
  ConversionOptions options;
  options.date = "2025-05-09";
  struct DisplayCase { const char* lang; const char* locale; const char* display; const char* full; };
  const DisplayCase cases[] = {
      {"fr", "", "44,4\u00A0Md\u00A0€", "44\u202F436\u202F544\u202F614,29\u00A0€"},
      {"en", "", "€44.4B", "€44,436,544,614.29"},
      {"fr", "en-GB", "€44.4B", "€44,436,544,614.29"},
      {"en", "fr-FR", "44,4\u00A0Md\u00A0€", "44\u202F436\u202F544\u202F614,29\u00A0€"},
  };
  for (const DisplayCase& c : cases) {
    CAPTURE(c.lang);
    CAPTURE(c.locale);
    options.locale = c.locale;
    ConversionResult r = convert(doc_in(c.lang), {money(50e9, "USD")}, RateTable::builtin(), options);
    REQUIRE(r.conversions.size() == 1);
    CHECK(r.conversions[0].display == c.display);
    CHECK(r.conversions[0].display_full == c.full);
  }
}

TEST_CASE("bad options are refused by name") {
  auto error = [](const char* to, const char* date) {
    ConversionOptions options;
    options.to = to;
    options.date = date;
    try {
      convert(doc_in("fr"), {money(1, "USD")}, RateTable::builtin(), options);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error("XYZ", "") == "unknown currency 'XYZ' (no ECB rate for it)");
  CHECK(error("eur", "") == "unknown currency 'eur' (no ECB rate for it)");
  CHECK(error("", "") == "unknown currency '' (no ECB rate for it)");
  CHECK(error("EUR", "2025-02-30") == "bad date '2025-02-30' (expected YYYY-MM-DD)");
  CHECK(error("ROL", "") == "");  // listed once by the ECB: known, converts to null with a reason
}

TEST_CASE("a loaded table is used instead of the built-in one") {
  // eurofxref.csv of a later day (rates made up for the test).
  RateTable loaded = RateTable::parse("Date, USD, JPY, \n12 May 2025, 1.25, 160, \n");
  ConversionOptions options;
  ConversionResult r = convert(doc_in("en"), {money(100, "USD")}, loaded, options);
  CHECK(r.date == "2025-05-12");
  CHECK(r.date_chosen_by == "newest");
  REQUIRE(r.conversions.size() == 1);
  CHECK(r.conversions[0].value == 80);  // 100 / 1.25
  CHECK(r.conversions[0].rate == 0.8);
  options.to = "GBP";  // not in the loaded file
  bool threw = false;
  try {
    convert(doc_in("en"), {money(100, "USD")}, loaded, options);
  } catch (const InputError&) {
    threw = true;
  }
  CHECK(threw);
}

}  // namespace
}  // namespace tx
