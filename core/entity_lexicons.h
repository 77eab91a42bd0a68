// The data the entity extractor reads (data/lexicons/entities/, README.md
// there): common words, first names, places, well-known names and context
// cues. Parsed once, on first use, into hash tables.
#ifndef TEXTEXPLORER_ENTITY_LEXICONS_H_
#define TEXTEXPLORER_ENTITY_LEXICONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tx {
namespace entity {

enum class EType : uint8_t { kNone, kPerson, kOrg, kPlace, kProduct, kEvent };

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

class Lexicons {
 public:
  static const Lexicons& get();

  // Folded word (hyphenated words: every part) is a common word of French
  // or English, also after removing one of the suffixes the list was
  // reduced by (see tools/generate.py).
  bool is_common_word(const std::u16string& folded) const;
  bool is_first_name(const std::u16string& folded) const;
  // Month, weekday, nationality, currency code, or a capitalized common
  // noun or abbreviation that names nothing ("IA", "PDG", "Internet").
  // Currency codes count only for a word in capitals ("PEN", not "Pen").
  // A hyphenated word whose last part is one counts ("Anglo-Dutch",
  // "franco-allemand").
  bool is_not_name(const std::u16string& folded, bool all_caps) const;

  // Entries whose folded tokens, joined by single spaces, are `joined`.
  const std::vector<NameEntry>* names(const std::u16string& joined) const;
  int max_name_tokens() const { return max_name_tokens_; }

  // Cue of `kind` for a folded phrase (tokens joined by single spaces);
  // prepositions are matched on the lower-cased, accented word ("à").
  EType cue(CueKind kind, const std::u16string& phrase) const;
  bool has_cue(CueKind kind, const std::u16string& phrase) const;
  bool adjective_like(const std::u16string& folded) const;

 private:
  Lexicons();
  std::unordered_set<std::u16string> common_, first_, not_names_, caps_not_names_;
  std::unordered_map<std::u16string, std::vector<NameEntry>> names_;
  std::unordered_map<std::u16string, EType> cues_[11];
  std::vector<std::u16string> common_suffixes_, adj_suffixes_;
  int max_name_tokens_ = 1;
};

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_LEXICONS_H_
