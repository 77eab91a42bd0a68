// The article's own conversions: "50 milliards de dollars (43,3 milliards
// d'euros)", "£47bn (€64bn, $70bn)". Each pair of amounts the text gives as
// the same sum in two currencies is checked against the ECB rate.
#ifndef TEXTEXPLORER_CHECKS_H_
#define TEXTEXPLORER_CHECKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "conversions.h"
#include "document.h"
#include "figure.h"
#include "rates.h"

namespace tx {

// Whether the text between two money figures says "the same amount, in
// another currency". `first_link` is true for the text right after the
// first figure of a group: it must hold a marker - '(', '≈', '~', '=', '/'
// or a word such as "soit", "ou", "or", "about", "environ" - besides spaces
// and commas. Later links (inside "(€64bn, $70bn)") may be a bare comma.
// Anything else (a digit, ')', '.', another word) breaks the group. Gaps
// longer than 48 code units never qualify, which bounds the scan.
bool is_conversion_gap(std::u16string_view gap, bool first_link);

// Every pair [i, j] where money figure i (the group's first) is followed,
// through conversion gaps, by money figure j in another currency; both with
// a value. implied_rate = value_j / value_i; ecb_rate = units of j's
// currency per unit of i's on the table's day on or before `date`; pairs
// with no ECB rate that day are left out. Rates are rounded to 8
// significant digits, the deviation to 6 decimals. Linear in the number of
// figures.
std::vector<Check> find_checks(const Document& doc, const std::vector<Figure>& figures, const RateTable& rates,
                               const std::string& date);

}  // namespace tx

#endif  // TEXTEXPLORER_CHECKS_H_
