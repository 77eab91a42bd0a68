// Document-level consistency: one key and one type per entity. A surname
// alone joins the full name given with a first name ("Amodei" -> "Dario
// Amodei"); a mention with only weak evidence takes the type its key has
// where a strong cue typed it; weak-position capitals are kept only when the
// document names the same entity elsewhere; a product or event takes the
// version or year after it ("Claude 3", "Web Summit 2025").
#ifndef TEXTEXPLORER_ENTITY_GROUPING_H_
#define TEXTEXPLORER_ENTITY_GROUPING_H_

#include <deque>
#include <string_view>
#include <vector>

#include "entity.h"
#include "entity_mentions.h"

namespace tx {
namespace entity {

// The final entities of `mentions` (sorted, non-overlapping, from every
// block of `text`). Keys are tx::fold of the mention (case and accents
// folded, apostrophes as '\'', single spaces), or the lexicon's canonical
// key for known aliases ("AP" -> "associated press"), or the full name's key
// for a surname. Keys get ids from one hash table: linear on average.
std::vector<Entity> resolve_document(std::u16string_view text, std::deque<Mention> mentions);

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_GROUPING_H_
