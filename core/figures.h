// Finds every figure of a document: money, percentages, quantities, dates
// and bare numbers, as the contract (shared/spec/ANALYSIS.md) says.
#ifndef TEXTEXPLORER_FIGURES_H_
#define TEXTEXPLORER_FIGURES_H_

#include <vector>

#include "document.h"
#include "figure.h"

namespace tx {

// All figures of `doc`, sorted by span.start, non-overlapping. Linear in the
// length of the text; never throws on any text.
//
// - money: value in units of the currency ("50 Mds de dollars" = 5e10 USD),
//   unit an ISO 4217 code; "$"/"dollars"/"francs" resolved per document
//   (money.h, data/lexicons/figures/README.md).
// - percent: value in percent; unit "pp" for percentage points.
// - quantity: value as written, unit the normalized symbol ("7,4 gigawatts"
//   -> 7.4 "GW").
// - number: a bare amount that counts or measures something (policy in
//   data/lexicons/figures/README.md); years, codes, names, list numbers,
//   ages and spelled-out numbers without a scale are left out.
// - date: from find_dates(doc). A date wins over a number it overlaps;
//   money, a percentage or a quantity wins over a date ("2000 euros").
// The span never includes a hedge ("plus de 7,4 gigawatts" -> "7,4
// gigawatts", approx, min 7.4) but does include a vague quantifier
// ("plusieurs milliards d'euros", value null, approx). In a range ("entre
// 15 et 25 milliards de dollars") each number is a figure and the first
// shares the scale and the unit of the second. Decimal and group marks
// follow doc.lang. Values are exact decimals rounded once and always
// finite; more than 30 digits in a row are not read as a number.
std::vector<Figure> find_figures(const Document& doc);

}  // namespace tx

#endif  // TEXTEXPLORER_FIGURES_H_
