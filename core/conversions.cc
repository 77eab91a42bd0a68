#include "conversions.h"

namespace tx {

// Placeholder until conversions land.
ConversionResult convert(const Document&, const std::vector<Figure>&, const RateTable& rates,
                         const ConversionOptions& options) {
  ConversionResult r;
  r.to = options.to;
  r.date = options.date.empty() ? rates.newest_date() : options.date;
  r.date_chosen_by = options.date.empty() ? "newest" : "option";
  return r;
}

}  // namespace tx
