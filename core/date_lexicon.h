// The word lists the date extractor reads, loaded once from
// data/lexicons/dates/ (see the README there for where each comes from).
// Every key is folded (lower case, no accents) so that "Février", "fevrier"
// and "FÉVRIER" are one entry.
#ifndef TEXTEXPLORER_DATE_LEXICON_H_
#define TEXTEXPLORER_DATE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

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
  std::unordered_map<std::u16string, MonthForm> months[kDateLangCount];
  std::unordered_set<std::u16string> weekdays;  // fr and en, folded, no dot
  std::unordered_set<std::u16string> ordinal_suffixes;  // "er", "st", ...
  std::unordered_set<std::u16string> range_connectors;  // "au", "to", "-", ...
  std::vector<YearCue> year_cues;                       // fr and en
  // Words that make a preceding four-digit number a count, per language.
  std::unordered_set<std::u16string> count_words[kDateLangCount];
  std::vector<PublicationCue> publication_cues;
  std::unordered_set<std::u16string> publication_fillers;  // "le", "on", weekdays
};

// Parsed on first use, then shared (function-local static; thread-safe).
const DateLexicon& date_lexicon();

// fold() with a fast path for ASCII words, which are most of the words a
// scanner looks up; the result is the same as fold(word).
std::u16string fold_word(std::u16string_view word);

// Apostrophes (’ ʼ ') -> ', any run of spaces -> one ' ', then fold_word.
std::u16string fold_phrase(std::u16string_view phrase);

}  // namespace tx

#endif  // TEXTEXPLORER_DATE_LEXICON_H_
