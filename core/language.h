// Tells French from English text.
#ifndef TEXTEXPLORER_LANGUAGE_H_
#define TEXTEXPLORER_LANGUAGE_H_

#include <string>
#include <string_view>

namespace tx {

// "fr" or "en": the language whose function words (data/lexicons/
// stopwords.tsv) occur more often in `text`. Ties and texts with no function
// word at all give "en". Reads at most the first 64 Ki code units.
std::string detect_language(std::u16string_view text);

}  // namespace tx

#endif  // TEXTEXPLORER_LANGUAGE_H_
