// Sentence boundaries, from ICU's sentence break iterator.
#ifndef TEXTEXPLORER_SENTENCES_H_
#define TEXTEXPLORER_SENTENCES_H_

#include <string>
#include <vector>

#include "document.h"

namespace tx {

// Sentences of `text` in the given language ("fr", "en"), each span trimmed
// of surrounding spaces; blank stretches give no sentence. Sorted, disjoint.
// Exactly the boundaries of ICU's sentence iterator for the language with its
// abbreviation suppressions ("@ss=standard"). Safe to call from several threads.
std::vector<Span> split_sentences(std::u16string_view text, const std::string& lang);

}  // namespace tx

#endif  // TEXTEXPLORER_SENTENCES_H_
