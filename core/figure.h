// One figure the text claims: an amount of money, a percentage, a quantity
// with a unit, a date, or a bare number. Field meanings are those of
// shared/spec/ANALYSIS.md (the contract); this struct is its C++ form.
#ifndef TEXTEXPLORER_FIGURE_H_
#define TEXTEXPLORER_FIGURE_H_

#include <optional>
#include <string>

#include "document.h"

namespace tx {

enum class FigureKind { kMoney, kPercent, kQuantity, kDate, kNumber };

// "money", "percent", "quantity", "date", "number".
const char* kind_name(FigureKind kind);

struct Figure {
  Span span;                     // UTF-16 offsets in Document::text
  FigureKind kind = FigureKind::kNumber;
  std::optional<double> value;   // not for dates; empty for vague amounts
  std::string date;              // dates only: "2025-01-23", "2025-01", "2025", "--04-07"
  std::string unit;              // ISO 4217 code for money, normalized symbol ("GW") for quantities
  bool approx = false;           // hedged ("plus de", "about") or vague
  std::optional<double> min;     // bounds of a hedged or vague amount, where meaningful
  std::optional<double> max;
  std::string rule;              // name of the rule that found it
};

}  // namespace tx

#endif  // TEXTEXPLORER_FIGURE_H_
