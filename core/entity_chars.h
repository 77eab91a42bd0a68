// Character facts and folding for the entity extractor, read from tables
// built once for the Basic Multilingual Plane instead of asking ICU for
// every code unit of the text (ICU is still asked above the BMP). The
// answers are exactly ICU's: the tables are made by asking ICU. Folds are
// appended to a std::vector<char16_t> (UnitBuffer) rather than a
// std::u16string, whose member functions are out-of-line calls in wasm.
#ifndef TEXTEXPLORER_ENTITY_CHARS_H_
#define TEXTEXPLORER_ENTITY_CHARS_H_

#include <unicode/umachine.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tx {
namespace entity {

using UnitBuffer = std::vector<char16_t>;

// For each BMP code unit, what it folds to; a word holding a code unit
// that cannot be folded alone is folded whole by the slow path.
class FoldTable {
 public:
  // fold_one(one code unit) -> its folded form; foldable(c): whether the
  // fold of a word is the concatenation of the folds of its code points
  // wherever c is one of them.
  FoldTable(std::u16string (*fold_one)(std::u16string_view), bool (*foldable)(UChar32));

  enum class Result { kAppended, kItself, kWholeWord };
  // Appends the fold of `word` to *out (kAppended), or appends nothing:
  // when the word is its own fold (kItself), or must be folded whole
  // (kWholeWord). One pass over the table.
  Result append(std::u16string_view word, UnitBuffer* out) const;
  // The fold of the code unit is itself (false for one folded whole).
  bool folds_to_itself(char16_t u) const { return slices_[u] != kWholeWord && (slices_[u] & kFoldsToItself); }

 private:
  static constexpr int kLengthBits = 4;
  static constexpr uint32_t kLengthMask = (1u << kLengthBits) - 1;
  static constexpr uint32_t kWholeWord = 0xFFFFFFFFu;
  static constexpr uint32_t kFoldsToItself = 1u << 31;
  // By code unit: offset in pool_ << kLengthBits | length, with
  // kFoldsToItself when the fold is the code unit; or kWholeWord.
  std::vector<uint32_t> slices_;
  std::u16string pool_;
};

// What the character table says about one code point.
class CharFacts {
 public:
  enum Flag : uint8_t {
    kAlpha = 1, kDigit = 2, kCapital = 4, kLower = 8, kMark = 16, kSpace = 32, kOwnFold = 64, kLineBreak = 128
  };
  explicit CharFacts(uint8_t flags) : flags_(flags) {}

  bool is_alpha() const { return flags_ & kAlpha; }      // u_isalpha
  bool is_digit() const { return flags_ & kDigit; }      // u_isdigit
  bool is_capital() const { return flags_ & kCapital; }  // u_isupper or u_istitle
  bool is_lower() const { return flags_ & kLower; }      // u_islower
  // A letter, a digit or a combining mark (non-spacing or spacing): what
  // words are made of.
  bool is_word_char() const { return flags_ & (kAlpha | kDigit | kMark); }
  bool is_space() const { return flags_ & kSpace; }      // tx::is_space
  // A space that ends a line: \n, \r, U+0085, U+2028, U+2029.
  bool is_line_break() const { return flags_ & kLineBreak; }
  // The code point folds to itself, and a word made of such code points
  // is its own fold ("the", "de"; not "Paris", "été"): append_folded would copy it.
  bool is_own_fold() const { return flags_ & kOwnFold; }
  // The Flag bits: facts of several code points can be or-ed together.
  uint8_t flags() const { return flags_; }

 private:
  uint8_t flags_;
};

class CharTable {
 public:
  static const CharTable& get();

  CharFacts facts(UChar32 c) const { return CharFacts(c < 0x10000 ? flags_[c] : flags_from_icu(c)); }
  bool is_alpha(UChar32 c) const { return facts(c).is_alpha(); }
  bool is_digit(UChar32 c) const { return facts(c).is_digit(); }
  bool is_word_char(UChar32 c) const { return facts(c).is_word_char(); }
  bool is_space(char16_t u) const { return facts(u).is_space(); }

  // Appends fold_token(word) (tx::fold, typographic apostrophes as '\'')
  // to *out.
  void append_folded(std::u16string_view word, UnitBuffer* out) const;
  // The same, except that a word that is its own fold (most words of a
  // text: "the", "de") is not copied: returns false, *out unchanged.
  bool append_folded_if_changed(std::u16string_view word, UnitBuffer* out) const;
  // Appends the full case folding of `word` (accents kept), typographic
  // apostrophes as '\'' (icu::UnicodeString::foldCase).
  void append_case_folded(std::u16string_view word, UnitBuffer* out) const;

 private:
  CharTable();
  static uint8_t flags_from_icu(UChar32 c);

  std::vector<uint8_t> flags_;  // by BMP code unit
  FoldTable fold_, case_fold_;
};

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_CHARS_H_
