// The data the entity extractor reads (data/lexicons/entities/, README.md
// there): common words, first names, places, well-known names and context
// cues. Parsed once, on first use. A token's word is looked up once
// (Lexicons::facts); names and two-word cues are then found by walking
// tables keyed by word ids, so no phrase string is built per look-up.
#ifndef TEXTEXPLORER_ENTITY_LEXICONS_H_
#define TEXTEXPLORER_ENTITY_LEXICONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entity_word_index.h"

namespace tx {
namespace entity {

class Vocabulary;

enum class EType : uint8_t { kNone, kPerson, kOrg, kPlace, kProduct, kEvent };
// How many ETypes there are, kNone included: tables by type have this size.
constexpr int kETypes = static_cast<int>(EType::kEvent) + 1;

// "PERSON", "ORG", ... ("" for kNone).
const char* type_name(EType type);
// Lower-case name used in rule names: "person", "org", ...
const char* type_rule_name(EType type);
EType parse_type(std::string_view name);

// A name of the gazetteer: a well-known name (curated, strong) or a place.
struct NameEntry {
  EType type = EType::kNone;
  bool curated = false;        // known.tsv rather than a generated place list
  std::u16string exact;        // non-empty: the text must be exactly this (acronyms)
  std::u16string key;          // entity key; empty: the folded mention
};

enum class CueKind : uint8_t { kTitle, kNoun, kOf, kVerb, kPrep, kSuffix, kHead, kStop, kAdjSuffix, kPortfolio, kByline };
constexpr int kCueKinds = 11;

// A folded word's id in the lexicons; kNoWord for a word in none of them.
using WordId = int32_t;
constexpr WordId kNoWord = -1;

// What the lexicons say about one folded word, gathered by one look-up
// (Lexicons::facts).
struct WordFacts {
  WordId id = kNoWord;
  // A common word of French or English (hyphenated words: every part),
  // also after removing one of the suffixes the list was reduced by (see
  // tools/generate.py).
  bool common = false;
  bool first_name = false;
  // The first word of a name of the gazetteer ("new" of "new york"): only
  // then can a name be looked up from it.
  bool starts_name = false;
  // Month, weekday, nationality, currency code, or a capitalized common
  // noun or abbreviation that names nothing ("IA", "PDG", "Internet"). A
  // hyphenated word whose last part is one counts ("Anglo-Dutch",
  // "franco-allemand"). Currency codes count only for a word in capitals
  // ("PEN", not "Pen"): not_name_in_caps.
  bool not_name = false;
  bool not_name_in_caps = false;
  uint16_t cue_kinds = 0;      // bit k: the word alone is a cue of CueKind k (not kPrep)
  EType cue_type[kCueKinds] = {};
  // Bit k: the word is the second of a two-word cue of CueKind k.
  uint16_t second_of_cue_kinds = 0;
  // Set by the Vocabulary: the word's fold_token (a number: its text;
  // "'s"; empty for other punctuation), viewing the Vocabulary's copy.
  // Here rather than in each Token, which is then smaller.
  std::u16string_view folded;
  // Set by the Vocabulary from the word as written: its full case folding
  // with accents kept, by which place prepositions are read ("à" is one,
  // "a" a verb), and the place preposition the word is alone, if any.
  std::u16string case_folded;
  EType prep = EType::kNone;
  // The word is the last of a place preposition of two words or more
  // ("de" of "près de"): only then is the phrase ending with it looked up.
  bool ends_prep_phrase = false;

  bool is_not_name(bool all_caps) const { return all_caps ? not_name_in_caps : not_name; }
  bool has_cue(CueKind kind) const { return (cue_kinds >> static_cast<int>(kind)) & 1; }
  bool ends_two_word_cue(CueKind kind) const { return (second_of_cue_kinds >> static_cast<int>(kind)) & 1; }
  EType cue(CueKind kind) const { return cue_type[static_cast<int>(kind)]; }
};

// The facts of a word no lexicon has.
inline const WordFacts kNoFacts{};

// A node of the gazetteer's trie of names, one edge per folded token.
using NameNode = int32_t;
constexpr NameNode kNameRoot = 0;
constexpr NameNode kNoName = -1;

class Lexicons {
 public:
  static const Lexicons& get();

  // What the lexicons say about the folded word `folded`.
  WordFacts facts(std::u16string_view folded) const;
  // The id of a folded word (or of the punctuation "&", "+" of names),
  // kNoWord if no lexicon has it.
  WordId word_id(std::u16string_view folded) const;

  // The names are a trie over the folded tokens of each name (punctuation
  // tokens as their text: "s & p", "canal +"). The node reached from `node`
  // by the token `word`, or kNoName when no name goes on that way.
  NameNode next_name_node(NameNode node, WordId word) const;
  // Entries of the names that end at `node`, or nullptr.
  const std::vector<NameEntry>* names_at(NameNode node) const;

  // Cue of `kind` made of the two folded words `first` `second`, or kNone
  // (one-word cues are in WordFacts).
  EType cue(CueKind kind, WordId first, WordId second) const;
  // The same for two words described by their facts; the table is read
  // only when `second` ends a cue of that kind (most words end none).
  EType cue(CueKind kind, const WordFacts& first, const WordFacts& second) const {
    return second.ends_two_word_cue(kind) ? cue(kind, first.id, second.id) : EType::kNone;
  }
  // Place preposition of one or two words, matched on the case-folded,
  // accented text ("à", "près de"): "à" is a preposition, "a" a verb.
  EType prep_cue(std::u16string_view case_folded) const;
  // Whether a place preposition of several words ends with the word
  // `case_folded` (see WordFacts::ends_prep_phrase).
  bool ends_prep_phrase(std::u16string_view case_folded) const {
    return prep_last_words_.find(case_folded) != WordIndex::kAbsent;
  }
  bool adjective_like(std::u16string_view folded) const;

 private:
  Lexicons();
  // Word ids and the per-word lists each word is in.
  struct WordEntry {
    bool common = false, first_name = false, not_name = false, caps_not_name = false;
    uint16_t cue_kinds = 0;
    EType cue_type[kCueKinds] = {};
    uint16_t second_of_cue_kinds = 0;  // WordFacts::second_of_cue_kinds
    bool starts_name = false;          // WordFacts::starts_name
  };
  WordId add_word(std::u16string_view folded);
  const WordEntry* entry(std::u16string_view folded) const;
  // WordFacts::common, not_name and not_name_in_caps; `entry` is entry(folded).
  bool common_or_inflected(std::u16string_view folded, const WordEntry* entry) const;
  bool is_common_word(std::u16string_view folded, const WordEntry* entry) const;
  bool is_not_name(std::u16string_view folded, bool all_caps, const WordEntry* entry) const;
  // `words` describes the words of every name and cue (one Vocabulary for
  // all of them: names share words).
  void add_name(Vocabulary& words, std::u16string_view name, NameEntry entry);
  void add_cue(Vocabulary& words, CueKind kind, std::u16string_view cue, EType type);

  WordIndex ids_;
  std::vector<WordEntry> words_;  // by WordId
  IdPairMap name_edges_;                       // (node, word) -> child
  std::vector<std::vector<NameEntry>> names_;  // by NameNode
  IdPairMap two_word_cues_[kCueKinds];         // (first, second) -> EType
  WordIndex prep_ids_;
  std::vector<EType> prep_cues_;               // by id in prep_ids_
  WordIndex prep_last_words_;                  // last words of the prepositions of several words
  std::vector<std::u16string> common_suffixes_, adj_suffixes_;
};

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_LEXICONS_H_
