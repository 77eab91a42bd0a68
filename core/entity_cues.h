// Context cues: the words around a candidate that tell its type, in French
// and English. Titles ("M. Amodei"), head nouns before it ("la société
// londonienne Fluidstack", "le chatbot Claude"), roles of ("PDG
// d’Anthropic", "CEO of X"), verbs ("qui développe ChatGPT"), places
// ("à Davos", "in Paris") and appositions ("Claude 3, son modèle de
// langage"). The cue words themselves are data (cues.tsv).
#ifndef TEXTEXPLORER_ENTITY_CUES_H_
#define TEXTEXPLORER_ENTITY_CUES_H_

#include <string_view>
#include <vector>

#include "entity_mentions.h"
#include "entity_tokens.h"

namespace tx {
namespace entity {

// Adds the evidence of the context of each mention (Mention::evidence).
// Each mention looks at a bounded window (at most 8 tokens left, 5 right)
// within its sentence and line, so the pass is linear.
void apply_context_cues(std::u16string_view text, const std::vector<Token>& tokens,
                        std::vector<Mention>& mentions);

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_CUES_H_
