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
std::vector<Figure> find_figures(const Document& doc);

}  // namespace tx

#endif  // TEXTEXPLORER_FIGURES_H_
