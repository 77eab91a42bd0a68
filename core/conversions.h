// Conversion of money figures into one currency at one day's ECB rate, and
// the check of conversions the article makes itself.
#ifndef TEXTEXPLORER_CONVERSIONS_H_
#define TEXTEXPLORER_CONVERSIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "figure.h"
#include "rates.h"

namespace tx {

struct Conversion {
  size_t figure = 0;              // index into the figures list
  std::string to;                 // target ISO code
  std::optional<double> value;    // empty when it cannot be converted
  std::optional<double> rate;     // units of `to` per unit of the figure's currency
  std::string rate_date;          // the ECB day the rate is from
  std::string source;             // "ECB reference rate"
  std::string reason;             // why value is empty
  std::string display;            // compact, in the display locale ("43,2 Md €")
  std::string display_full;       // full ("43 200 000 000,00 €")
  std::optional<double> min;      // the figure's bounds converted, where it has them
  std::optional<double> max;
};

// "50 milliards de dollars (43,3 milliards d’euros)": the article's own rate.
struct Check {
  size_t first = 0, second = 0;   // indexes into figures
  double implied_rate = 0;        // units of second's currency per unit of first's
  double ecb_rate = 0;
  std::string rate_date;
  double deviation = 0;           // (implied - ecb) / ecb
};

struct ConversionOptions {
  std::string to = "EUR";          // ISO 4217 code
  std::string date;                // YYYY-MM-DD; "" = publication date, else newest
  std::optional<std::string> publication_date;
  std::string locale;              // display locale ("fr", "en-GB"); "" = the document's language
};

struct ConversionResult {
  std::vector<Conversion> conversions;
  std::vector<Check> checks;
  std::string to;                  // the target currency
  std::string date;                // the date asked for rates
  std::string date_chosen_by;      // "option", "publication" or "newest"
  std::string rate_date;           // the table's ECB day on or before `date` ("" when none)
};

// Converts every money figure whose unit is not `options.to`, at the ECB
// rates of the table's day on or before the chosen date: options.date
// ("option"), else the publication date ("publication"), else the table's
// newest day ("newest"). Rates go through EUR (units of `to` per unit of
// the figure's currency = per_euro(to) / per_euro(from)) and are rounded to
// 8 significant digits; values, computed with the unrounded rate, to 2
// decimals. A figure with no value (vague), or whose currency (or `to`)
// has no ECB rate that day, gets value null and a reason; a rate is never
// taken from another day. Also finds the article's own conversions
// (checks.h). Throws InputError when `options.to` is not a currency the
// table knows or options.date is not YYYY-MM-DD. Linear in the figures.
ConversionResult convert(const Document& doc, const std::vector<Figure>& figures,
                         const RateTable& rates, const ConversionOptions& options);

}  // namespace tx

#endif  // TEXTEXPLORER_CONVERSIONS_H_
