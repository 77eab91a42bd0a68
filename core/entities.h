// Named entities (people, organizations, places, products, events) in French
// and English text, with a key shared by every mention of one entity.
#ifndef TEXTEXPLORER_ENTITIES_H_
#define TEXTEXPLORER_ENTITIES_H_

#include <vector>

#include "document.h"
#include "entity.h"

namespace tx {

// Every entity mention of `doc`, sorted by span.start, non-overlapping.
// Never throws on any text.
std::vector<Entity> find_entities(const Document& doc);

}  // namespace tx

#endif  // TEXTEXPLORER_ENTITIES_H_
