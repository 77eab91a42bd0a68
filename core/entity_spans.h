// Candidate name spans: gazetteer matches and runs of capitalized words,
// with the evidence their own words give (lexicon, first name, a head or
// suffix such as "Bourse de ..." or "... Inc", shape).
#ifndef TEXTEXPLORER_ENTITY_SPANS_H_
#define TEXTEXPLORER_ENTITY_SPANS_H_

#include <string_view>
#include <vector>

#include "entity_mentions.h"
#include "entity_tokens.h"

namespace tx {
namespace entity {

// Replaces `out` with every candidate of `tokens` (one block of `text`,
// positions marked by mark_positions, words described by a Vocabulary),
// sorted, non-overlapping (a vector reused from block to block keeps its
// memory). Capitalized common words at a weak position (sentence start,
// headline) are left out, or kept as pending when a lexicon knows them.
// Linear: each token starts at most one gazetteer look-up, a walk down the
// names trie no deeper than the longest name, and is in at most one run.
void find_name_spans(std::u16string_view text, const std::vector<Token>& tokens, std::vector<Mention>& out);

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_SPANS_H_
