// Percent signs and words after an amount: "12 %", "12%", "12,5 %",
// "douze pour cent", "12 percent", "12 per cent", and percentage points
// ("2 points de pourcentage"), from data/lexicons/figures/percent.tsv.
#ifndef TEXTEXPLORER_PERCENT_H_
#define TEXTEXPLORER_PERCENT_H_

#include <optional>
#include <string>
#include <string_view>

namespace tx {
namespace figures {

struct PercentMatch {
  size_t end = 0;
  std::string unit;  // "" for a percentage, "pp" for percentage points
  bool is_sign = false;
};

// The sign or words right after an amount ending at `pos` (with or
// without a space). Bounded by the longest phrase.
std::optional<PercentMatch> match_percent(std::u16string_view text, size_t pos,
                                          const std::string& lang);

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_PERCENT_H_
