// Units of quantities after an amount, normalized to one symbol: power and
// energy ("7,4 gigawatts" -> GW, "TWh"), length, area, mass, volume, data
// ("Go" -> GB), speed and temperature, from data/lexicons/figures/units.tsv.
// Counts of things and ages are not quantities.
#ifndef TEXTEXPLORER_QUANTITIES_H_
#define TEXTEXPLORER_QUANTITIES_H_

#include <optional>
#include <string>
#include <string_view>

namespace tx {
namespace figures {

struct UnitMatch {
  size_t end = 0;
  std::string symbol;
};

// The unit right after an amount ending at `pos`: attached ("5km") or
// after a gap ("5 km"), as the lexicon allows for that unit. Bounded by
// the longest unit phrase. `after_word`: `pos` follows a joining word
// ("3 millions de tonnes"), so the unit counts as spaced.
std::optional<UnitMatch> match_unit(std::u16string_view text, size_t pos, const std::string& lang,
                                    bool after_word = false);

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_QUANTITIES_H_
