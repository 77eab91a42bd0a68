// Currencies written next to an amount: names ("dollars", "livres
// sterling", "US dollars"), symbols ("$", "€", "US$", "CA$") and ISO codes
// ("USD", "EUR"), in French and English, resolved to ISO 4217 codes.
//
// Names, symbols and codes come from ICU's currency data (every common
// currency's display, plural and symbol names in fr and en) at start-up,
// plus data/lexicons/figures/currencies_extra.tsv for what ICU lacks (bare
// head nouns, "dollars américains", "C$"...). Words that name several
// currencies ("$", "dollars", "francs", "livres") resolve per document:
// see CurrencyContext and data/lexicons/figures/README.md.
#ifndef TEXTEXPLORER_MONEY_H_
#define TEXTEXPLORER_MONEY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "figure_tokens.h"

namespace tx {
namespace figures {

struct CurrencyMatch {
  size_t end = 0;
  int target = 0;       // a fixed code or a context group; see CurrencyContext::resolve
  bool is_code = false; // an ISO code ("USD")
};

// A symbol or ISO code at `pos` that can stand before an amount ("$",
// "US$", "€", "USD"); the caller checks that an amount follows. Bounded by
// the longest symbol.
std::optional<CurrencyMatch> match_currency_before(std::u16string_view text, size_t pos,
                                                   const std::string& lang);

// The phrase table behind match_currency_before, for callers that
// pre-check a position (figures.cc).
class PhraseTable;
const PhraseTable& currency_before_phrases(const std::string& lang);

// A name, symbol or ISO code at `pos`, after an amount ("dollars",
// "d'euros" once the caller has read "d'", "€", "CHF", "livres sterling").
// Bounded by the longest name.
std::optional<CurrencyMatch> match_currency_after(std::u16string_view text, size_t pos,
                                                  const std::string& lang);

// Resolves matches to ISO codes for one document. A word shared by several
// currencies ("dollars", "$", "francs", "livres", "couronnes") means the
// currency whose cue words (currency_cues.tsv: "canada", "québec" for CAD;
// "suisse", "genève" for CHF...) the document mentions most, when it
// mentions them at least twice and more often than the default's own cues;
// otherwise the default of its group for the document's language
// (currency_groups.tsv: "$" is USD, "francs" FRF in French and CHF in
// English, "livres" is money only after a scale word or with British cues).
// The cues are counted once per document, on first need, in one pass over
// the word tokens.
class CurrencyContext {
 public:
  // `tokens`: figures::tokenize(doc.text); both must outlive the context.
  CurrencyContext(const Document& doc, const std::vector<Token>& tokens)
      : doc_(doc), tokens_(tokens) {}

  // The ISO code, or "" when the word is not money here ("50 livres" are
  // books). `after_scale`: a scale word came first ("3 millions de livres").
  std::string resolve(const CurrencyMatch& match, bool after_scale);

 private:
  const Document& doc_;
  const std::vector<Token>& tokens_;
  bool counted_ = false;
  // Mentions of the cues of each (group, code) pair, by the pair's index
  // in the currency lexicon (money.cc: CurrencyLexicon::cue_keys).
  std::vector<int> cue_counts_;
};

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_MONEY_H_
