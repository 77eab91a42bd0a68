// Display strings of amounts of money, through ICU's number formatter, so
// that the CLI and the page (same ICU 72, same data) print the same bytes.
#ifndef TEXTEXPLORER_MONEY_FORMAT_H_
#define TEXTEXPLORER_MONEY_FORMAT_H_

#include <string>
#include <string_view>

namespace tx {

// The locale displays use for a requested one ("fr", "en-GB", "fr_CA"...):
// one of fr, fr-FR, fr-CA, fr-CH, fr-BE, en, en-US, en-GB, en-CA, whose ICU
// data the wasm build ships. Another region of French or English falls
// back to the language; any other language (or "") to "en".
std::string display_locale(std::string_view requested);

// Compact form with 3 significant digits: "43,3 Md €" (fr), "€43.3B" (en).
// ICU's spacing is kept: French puts U+00A0 before the unit and the
// currency sign. "" for a non-finite amount or an invalid currency code.
std::string format_money_compact(double amount, std::string_view currency, std::string_view locale);

// Full form with the currency's usual decimals: "43 300 000 000,00 €"
// (fr groups digits with U+202F), "€43,300,000,000.00" (en), "¥1,234"
// (JPY has none). "" for a non-finite amount or an invalid currency code.
std::string format_money_full(double amount, std::string_view currency, std::string_view locale);

// `v` rounded to `digits` significant digits, or to `decimals` decimals,
// as the nearest double to that decimal (so JSON prints 0.88873089, not
// 0.8887308900000001). Correct decimal rounding, half to even: the same
// double as printf's text read back by strtod ("%.*e" with digits - 1,
// "%.*f" with decimals), computed without them where the scaled value
// fits a double exactly. Non-finite values come back as they are.
double round_significant(double v, int digits);
double round_decimals(double v, int decimals);

}  // namespace tx

#endif  // TEXTEXPLORER_MONEY_FORMAT_H_
