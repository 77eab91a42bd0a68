// A candidate mention while the entity extractor works on it: its tokens,
// the strongest evidence of its type so far, and what the document-level
// pass needs (key, surname, a version number or year that may follow).
#ifndef TEXTEXPLORER_ENTITY_MENTIONS_H_
#define TEXTEXPLORER_ENTITY_MENTIONS_H_

#include <cstdint>
#include <string>

#include "document.h"
#include "entity_lexicons.h"

namespace tx {
namespace entity {

// How much a piece of evidence says about a mention's type; the strongest
// wins, and a mention whose own evidence is below kStrongCue takes the type
// its entity has elsewhere in the document.
enum Strength : int {
  kDefault = 1,        // an unknown capitalized name: ORG
  kFirstNameOnly = 2,  // a first name alone ("Claude")
  kShape = 3,          // acronym-led or camel-case name ("TD Cowen", "CoreWeave")
  kPrepCue = 4,        // "à Davos", "in Paris"
  kVerbCue = 5,        // "qui développe ChatGPT"
  kPlaceLexicon = 6,   // a place of the generated lists
  kFirstName = 6,      // first name + more ("Dario Amodei")
  kRoleOf = 7,         // "PDG d’Anthropic", "CEO of X"
  kStrongCue = 8,      // from here on a mention keeps its own type
  kApposition = 8,     // "Claude 3, son modèle"
  kNounCueFar = 8,     // "la société londonienne Fluidstack"
  kNounCue = 9,        // "la société Anthropic"
  kHeadSuffix = 9,     // "Bourse de Tokyo", "Acme Inc"
  kKnown = 10,         // known.tsv
  kSurname = 11,       // a surname given earlier with a first name
  kTitle = 12,         // "M. Amodei"
};

// The rule whose evidence typed a mention; the entity's rule is
// "entity.<type>.<rule name>" ("entity.org.lexicon"). An enum, so that the
// full names can be made once for the whole program (see resolve_document).
enum class Rule : uint8_t {
  kNone,
  kCapitalized,       // an unknown capitalized name
  kAcronym,
  kAcronymName,
  kCamelCase,
  kFirstName,
  kFirstNameOnly,
  kTitleWords,        // "Prime Minister Keir Starmer"
  kPortfolio,         // "la ministre de la Culture Rachida Dati"
  kTitleCue,
  kNounAfter,         // "the ChatGPT app"
  kLexicon,
  kLexiconExtended,   // "Meta Platforms"
  kLexiconNumbered,   // "COP29"
  kHead,
  kSuffix,
  kPrepCue,
  kVerbCue,
  kNounCue,
  kRoleOf,
  kApposition,
  kDocument,          // the type its entity has elsewhere in the document
  kSurname,           // a surname given earlier with a first name
};
constexpr int kRules = static_cast<int>(Rule::kSurname) + 1;

// The name of each rule in Entity::rule, by Rule ("" for kNone).
inline constexpr const char* kRuleNames[kRules] = {
    "", "capitalized", "acronym", "acronym_name", "camel_case", "first_name", "first_name_only",
    "title_words", "portfolio", "title_cue", "noun_after", "lexicon", "lexicon_extended",
    "lexicon_numbered", "head", "suffix", "prep_cue", "verb_cue", "noun_cue", "role_of",
    "apposition", "document", "surname"};

struct Mention {
  int32_t first = 0, last = 0;  // token indices [first, last) in the block
  Span span;                    // UTF-16 offsets
  EType type = EType::kNone;
  int strength = 0;
  Rule rule = Rule::kNone;
  std::u16string key;           // lexicon key, else the folded mention
  int words = 0;                // word tokens in the mention
  bool pending = false;         // capital-only evidence at a weak position: kept
                                // only if its key is found elsewhere
  int32_t number_end = -1;      // end of a number right after it ("Claude 3"), or -1
  bool number_is_year = false;

  // Records evidence; keeps the strongest (the earlier on ties).
  void evidence(EType t, int s, Rule r) {
    if (t == EType::kNone || s <= strength) return;
    type = t;
    strength = s;
    rule = r;
  }
};

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_MENTIONS_H_
