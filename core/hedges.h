// Words that hedge an amount ("environ", "plus de", "up to", "au moins")
// and quantifiers that make it vague ("plusieurs", "des", "several"), from
// data/lexicons/figures/hedges.tsv.
#ifndef TEXTEXPLORER_HEDGES_H_
#define TEXTEXPLORER_HEDGES_H_

#include <optional>
#include <string>
#include <string_view>

namespace tx {
namespace figures {

enum class HedgeEffect {
  kApprox,  // "environ 50": approx
  kMin,     // "plus de 50": approx, min = 50
  kMax,     // "jusqu'à 50": approx, max = 50
  kVague,   // "plusieurs milliards": value null, approx
};

struct Hedge {
  size_t end = 0;
  HedgeEffect effect = HedgeEffect::kApprox;
};

// A hedge or quantifier starting at `pos` (a word start or a symbol such as
// "~"), to be followed by an amount. Bounded by the longest phrase.
std::optional<Hedge> match_hedge_before(std::u16string_view text, size_t pos,
                                        const std::string& lang);

// The phrase table behind match_hedge_before, for callers that pre-check a
// position (figures.cc).
class PhraseTable;
const PhraseTable& hedge_before_phrases(const std::string& lang);

// A hedge right after an amount ("50 millions environ", "20 % au moins");
// `pos` is where the figure ends, the gap is skipped here.
std::optional<Hedge> match_hedge_after(std::u16string_view text, size_t pos,
                                       const std::string& lang);

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_HEDGES_H_
