// One mention of a named entity. Field meanings are those of
// shared/spec/ANALYSIS.md.
#ifndef TEXTEXPLORER_ENTITY_H_
#define TEXTEXPLORER_ENTITY_H_

#include <string>
#include <string_view>

#include "document.h"

namespace tx {

struct Entity {
  Span span;         // UTF-16 offsets in Document::text
  std::string type;  // "PERSON", "ORG", "PLACE", "PRODUCT" or "EVENT"
  std::string key;   // the same for every mention of one entity
  std::string_view rule;  // name of the rule that typed it ("entity.org.lexicon"):
                          // views a table that lives as long as the program
};

}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_H_
