// The word lists the date extractor reads, loaded once from
// data/lexicons/dates/ (see the README there for where each comes from).
// Every key is folded (lower case, no accents) so that "Février", "fevrier"
// and "FÉVRIER" are one entry.
#ifndef TEXTEXPLORER_DATE_LEXICON_H_
#define TEXTEXPLORER_DATE_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figure_word_map.h"

namespace tx {

// Language slots of the per-language tables.
enum DateLang { kDateFr = 0, kDateEn = 1, kDateLangCount = 2 };

// "en" -> kDateEn; anything else (the contract knows fr and en) -> kDateFr.
DateLang date_lang(std::string_view bcp47);

struct MonthForm {
  int month = 0;             // 1-12
  bool abbreviated = false;  // a following '.' belongs to the span
  // Restrictions for spellings that are also an everyday word
  // (month_restrictions.tsv).
  bool needs_day = false;                // "sept": only right after a day
  bool needs_capital = false;            // "may", "march": only capitalized
  bool no_capital_mid_sentence = false;  // "Mars" mid-sentence: only after a day
};

struct YearCue {
  std::u16string folded;  // "d'ici", "mi-", "end of" (apostrophe always ')
  bool approx = false;
};

enum class PublicationRole { kPublished, kUpdated };

struct PublicationCue {
  std::vector<std::u16string> words;  // folded, in order
  PublicationRole role = PublicationRole::kPublished;
};

struct DateLexicon {
  // Folded spelling without a trailing dot -> month, one table per language.
  figures::WordMap<MonthForm> months[kDateLangCount];
  figures::WordSet weekdays;             // fr and en, folded, no dot
  figures::WordSet ordinal_suffixes;     // "er", "st", ...
  figures::WordSet range_connectors;     // "au", "to", "-", ...
  std::vector<YearCue> year_cues;        // fr and en
  // Words that make a preceding four-digit number a count, per language.
  figures::WordSet count_words[kDateLangCount];
  std::vector<PublicationCue> publication_cues;
  figures::WordSet publication_fillers;  // "le", "on", weekdays

  // False when no month spelling of either language starts with the fold
  // of the first two units of `word` (at least two units long): most words
  // are rejected before they are folded.
  bool may_start_month(std::u16string_view word) const {
    const char16_t first = word[0], second = word[1];
    if (first < 128 && second < 128) return month_ascii_pairs.contains(first, second);
    return first >= month_first_units.size() || month_first_units[first];
  }
  std::vector<bool> month_first_units;  // by unit, below U+0250
  // The ASCII unit pairs whose folds start a month spelling.
  figures::AsciiPairSet month_ascii_pairs;

  // False when the fold of `word` (at least two units) is surely no month
  // spelling of either language. After may_start_month, which lets through
  // every word starting like one ("des", "mais", "juste"), a word whose
  // units each fold to one unit (every unit below U+0250 but "ß", "ŉ"...)
  // has a fold of its own length, so it goes on only when some spelling
  // has that length and the folds of its first two and last units: one bit
  // of month_shapes per spelling. Any other word goes on.
  [[gnu::always_inline]] bool may_be_month(std::u16string_view word) const {
    if (!may_start_month(word)) return false;
    const size_t n = word.size();
    const char16_t first = one_unit_fold(word[0]), second = one_unit_fold(word[1]),
                   last = one_unit_fold(word[n - 1]);
    if (first == 0 || second == 0 || last == 0) return true;
    const size_t bit = month_shape_bit(n, first, second, last);
    if ((month_shapes[bit / 64] >> (bit % 64)) & 1) return true;
    // No spelling of this shape: the fold is none, unless some unit folds
    // to more or fewer than one unit.
    for (size_t k = 2; k + 1 < n; ++k)
      if (one_unit_fold(word[k]) == 0) return true;
    return false;
  }
  // The fold of `c` when it is one unit below U+0250 (fold_word folds
  // such units by a table), else 0.
  char16_t one_unit_fold(char16_t c) const {
    return c < one_unit_folds.size() ? one_unit_folds[c] : 0;
  }
  static size_t month_shape_bit(size_t length, char16_t first, char16_t second, char16_t last) {
    const uint32_t key = ((uint32_t{first} * 31 + second) * 31 + last) * 32 +
                         static_cast<uint32_t>(length < 31 ? length : 31);
    return (key * 0x9E3779B1u) >> (32 - 12);
  }
  std::vector<char16_t> one_unit_folds;      // by unit below U+0250; 0 when not one unit
  std::array<uint64_t, 4096 / 64> month_shapes{};  // bits of month_shape_bit()
};

// Parsed on first use, then shared (function-local static; thread-safe).
const DateLexicon& date_lexicon();

// fold(word), with no ICU call when every unit of the word is below U+0250
// (Latin-1, Latin Extended-A/B: nearly every word a scanner looks up).
std::u16string fold_word(std::u16string_view word);

// *out = fold_word(word), reusing the storage of *out.
void fold_word_into(std::u16string_view word, std::u16string* out);

// fold_word(word) held in place, for the scanners that fold a word of the
// text to look it up or compare it: no string is built (std::u16string
// members are out-of-line calls in the wasm build). A fold longer than
// kCapacity units keeps its first kCapacity units, and so still equals no
// lexicon word (all are far shorter).
class FoldedWord {
 public:
  static constexpr size_t kCapacity = 96;
  FoldedWord() = default;
  explicit FoldedWord(std::u16string_view word);
  std::u16string_view view() const { return std::u16string_view(units_, size_); }
  bool operator==(std::u16string_view other) const { return view() == other; }
  bool operator!=(std::u16string_view other) const { return view() != other; }

 private:
  char16_t units_[kCapacity];
  size_t size_ = 0;
};

// Apostrophes (’ ʼ ') -> ', any run of spaces -> one ' ', then fold_word.
std::u16string fold_phrase(std::u16string_view phrase);

}  // namespace tx

#endif  // TEXTEXPLORER_DATE_LEXICON_H_
