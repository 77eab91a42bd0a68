// Small text tools the figure extractors share: a per-character fold, word
// boundaries, the gap allowed between the parts of one figure, and a
// longest-match phrase table that the lexicons of data/lexicons/figures/
// are loaded into.
#ifndef TEXTEXPLORER_FIGURE_LEXICON_H_
#define TEXTEXPLORER_FIGURE_LEXICON_H_

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text.h"

namespace tx {
namespace figures {

// The scanners test every unit of the text, so the units below U+0250
// (Latin-1 and Latin Extended-A/B: nearly all of French and English news)
// are answered from one table, built once from text.h's is_letter and
// is_space and from ICU's fold; units above go to those functions. The
// answers are the same either way.
constexpr char16_t kLatinTableSize = 0x250;
struct LatinUnit {
  char16_t folded = 0;  // fold_char
  bool letter = false;  // is_letter
  bool space = false;   // is_space
};
const LatinUnit* build_latin_units();
inline const LatinUnit* latin_units() {
  static const LatinUnit* const table = build_latin_units();
  return table;
}
char16_t fold_char_above_latin(char16_t c);

// One UTF-16 unit lower-cased with its accents stripped ("É" -> 'e'), with
// every apostrophe mapped to '\'' and the Unicode hyphens U+2010/U+2011 to
// '-'. The same mapping is applied to lexicon phrases and to the text, so a
// lexicon entry "d'euros" matches "D’euros".
inline char16_t fold_char(char16_t c) {
  return c < kLatinTableSize ? latin_units()[c].folded : fold_char_above_latin(c);
}

// Folds a UTF-8 string with fold_char, unit by unit.
std::u16string fold_phrase(std::string_view utf8);

// is_letter(c) and is_space(c) of text.h, from the table where it can.
inline bool fast_is_letter(char16_t c) {
  return c < kLatinTableSize ? latin_units()[c].letter : is_letter(c);
}
inline bool fast_is_space(char16_t c) {
  return c < kLatinTableSize ? latin_units()[c].space : is_space(c);
}

// A set of pairs of ASCII units (first, second), one bit a pair: the first
// test of several look-ups, which let most words of a text go on their
// first two units without walking or folding anything.
class AsciiPairSet {
 public:
  // Adds (first, second); a pair with a unit outside ASCII is left out.
  void add(char16_t first, char16_t second) {
    if (first >= 128 || second >= 128) return;
    const size_t bit = index(first, second);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // Whether (first, second), both ASCII, was added.
  bool contains(char16_t first, char16_t second) const {
    const size_t bit = index(first, second);
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  static size_t index(char16_t first, char16_t second) { return size_t{first} * 128 + second; }
  std::array<uint64_t, 128 * 128 / 64> bits_{};
};

// fast_is_letter, fast_is_space and fold_char with the table read once,
// for the loops that test every unit of a text: each call of latin_units()
// checks its guard again, which keeps compilers from lifting the table out
// of a loop.
class UnitClassifier {
 public:
  UnitClassifier() : units_(latin_units()) {}
  bool letter(char16_t c) const { return c < kLatinTableSize ? units_[c].letter : is_letter(c); }
  bool space(char16_t c) const { return c < kLatinTableSize ? units_[c].space : is_space(c); }
  char16_t fold(char16_t c) const {
    return c < kLatinTableSize ? units_[c].folded : fold_char_above_latin(c);
  }
  // word_end() below.
  size_t word_end(std::u16string_view text, size_t pos) const {
    while (pos < text.size() && letter(text[pos])) ++pos;
    return pos;
  }

 private:
  const LatinUnit* units_;
};

// Letter or ASCII digit.
inline bool is_word_char(char16_t c) { return is_digit(c) || fast_is_letter(c); }

// True when `pos` starts a word: a letter not preceded by a letter or digit.
inline bool at_word_start(std::u16string_view text, size_t pos) {
  return pos < text.size() && fast_is_letter(text[pos]) &&
         (pos == 0 || !is_word_char(text[pos - 1]));
}

// End of the run of letters starting at `pos` (pos itself when none).
inline size_t word_end(std::u16string_view text, size_t pos) {
  while (pos < text.size() && fast_is_letter(text[pos])) ++pos;
  return pos;
}

// The gap allowed between two parts of one figure ("50 milliards" +
// "de dollars"): up to kMaxGap spaces of any kind, with at most one line
// break ("\r\n" counts as one). Returns the position after the gap, or
// nothing when the spaces there are too many or hold a blank line. A gap
// of zero spaces is allowed (returns `pos`).
constexpr size_t kMaxGap = 4;
// skip_gap() in full, for the gaps its inline part does not answer.
std::optional<size_t> skip_longer_gap(std::u16string_view text, size_t pos);
inline std::optional<size_t> skip_gap(std::u16string_view text, size_t pos) {
  // Most gaps are none or one plain space: answered inline.
  if (pos >= text.size() || !fast_is_space(text[pos])) return pos;
  if (text[pos] == u' ' && (pos + 1 >= text.size() || !fast_is_space(text[pos + 1])))
    return pos + 1;
  return skip_longer_gap(text, pos);
}

// A longest-match table of phrases, each with an integer payload.
//
// Phrases are matched at a given position of the text, never searched
// for, so one match costs at most the length of the longest phrase plus
// its gaps: the tables keep every scanner linear.
//
// In a phrase, ' ' matches a gap of 1..kMaxGap spaces (see skip_gap), '\''
// any apostrophe and '-' any hyphen; with `hyphen_is_space` a text hyphen
// also matches a phrase space ("vingt-cinq" = "vingt cinq"). Case-sensitive
// phrases ("M", "GW", "Go") match the text as written; the others match
// folded text. A match that ends on a letter or digit must be followed by
// neither, so "cent" does not match the start of "centaines".
class PhraseTable {
 public:
  explicit PhraseTable(bool hyphen_is_space = false);

  // Adds a UTF-8 phrase. An existing phrase keeps its first payload.
  void add(std::string_view utf8, int payload, bool case_sensitive);

  // Adds every phrase of `other` (built with the same hyphen_is_space),
  // with payload `payload`: a union table matches wherever one of the
  // tables it holds matches.
  void add_all(const PhraseTable& other, int payload);

  struct Match {
    size_t end = 0;   // end of the matched text (exclusive)
    int payload = 0;
  };
  // The longest phrase that starts exactly at `pos`.
  std::optional<Match> match(std::u16string_view text, size_t pos) const;
  // The longest case-sensitive phrase that starts exactly at `pos`.
  std::optional<Match> match_case_sensitive(std::u16string_view text, size_t pos) const;

  bool empty() const { return exact_.nodes.size() <= 1 && folded_.nodes.size() <= 1; }

  // For indexes built over a table (figures.cc: RuleStarts). A Place is
  // where a walk stands after reading some text units: a node of the
  // case-sensitive or of the folded trie.
  struct Place {
    bool folded = false;
    int32_t node = -1;
  };
  // Calls visit(prefix, place) for every prefix of every phrase (the empty
  // one excepted), the prefix in the units the trie holds: folded for the
  // folded trie, as written for the case-sensitive one, '\'' for any
  // apostrophe and ' ' for a gap.
  void for_each_prefix(
      const std::function<void(std::u16string_view prefix, const Place& place)>& visit) const;
  // The longest phrase that starts at `start`, given that a walk from
  // `start` reached `place` after reading text[start, pos): match(text,
  // start) restricted to the phrases through `place`.
  std::optional<Match> resume(const Place& place, std::u16string_view text, size_t start,
                              size_t pos) const;
  // Whether resume() finds a phrase: the walk stops at the first one.
  bool resumes_to_a_phrase(const Place& place, std::u16string_view text, size_t start,
                           size_t pos) const;
  // Whether a walk standing at `place` right after a word of the text, so
  // before a unit that is not a letter, may still match: `place` ends a
  // phrase, or one of the keys after it is read from a unit that is not a
  // letter (a gap, an apostrophe, a digit...). A place inside a word of
  // every phrase through it ("quel" of "quelques") answers false.
  bool may_match_after_word(const Place& place) const;
  // Whether a phrase ends at `place` (a walk there may match).
  bool ends_a_phrase(const Place& place) const;
  // The key a walk at `place` reads text unit `c` by: ' ' for a gap unit.
  char16_t key_at(const Place& place, char16_t c) const { return walk_key(c, place.folded); }
  // The keys a walk at `place` can read next, in order.
  std::vector<char16_t> keys_after(const Place& place) const;
  // A set of units below kLatinTableSize.
  struct LatinUnitSet {
    std::array<uint64_t, (kLatinTableSize + 63) / 64> bits{};
    bool contains(char16_t c) const { return (bits[c / 64] >> (c % 64)) & 1; }
  };
  // For a walk at `place` that reads a unit of key `key` (a gap counts as
  // one unit when one unit makes it) and then a unit u below
  // kLatinTableSize: the units u by which it goes on. A walk that reads any
  // other such u there stops without a match. Nothing when the place after
  // `key` ends a phrase (a walk may match there whatever comes next).
  std::optional<LatinUnitSet> units_after(const Place& place, char16_t key) const;

 private:
  struct Node {
    std::vector<std::pair<char16_t, int32_t>> children;  // sorted by unit
    int payload = -1;
  };
  struct Trie {
    std::vector<Node> nodes{Node{}};
    std::array<int32_t, 256> root_latin1;  // children of the root below U+0100
    // Text units below kLatinTableSize that some phrase of this trie can
    // start with: at any other Latin unit (most units at most positions)
    // the trie is not walked at all.
    std::array<bool, kLatinTableSize> may_start{};
    // Pairs of ASCII text units (first, second) past which a walk of this
    // trie gets: the second unit leads somewhere from the first, or the
    // first alone is a phrase. Most word starts fail here, without walking.
    AsciiPairSet ascii_pairs;
    Trie() { root_latin1.fill(-1); }
    bool may_start_with(char16_t c) const { return c >= kLatinTableSize || may_start[c]; }
    // False when no phrase of this trie can match at `pos` (< text.size()).
    bool may_match_at(std::u16string_view text, size_t pos) const {
      const char16_t first = text[pos];
      if (first >= 128 || pos + 1 >= text.size() || text[pos + 1] >= 128)
        return may_start_with(first);
      return ascii_pairs.contains(first, text[pos + 1]);
    }
  };
  // Marks in trie.ascii_pairs the ASCII pairs whose first unit has key
  // `first_key` and whose second unit has key `second_key` (a gap unit for
  // ' '), or any second unit when `second_key` is 0.
  void mark_ascii_pairs(Trie& trie, bool folded, char16_t first_key, char16_t second_key) const;
  // A text unit that the walk reads as a phrase space (a gap).
  bool is_gap_unit(char16_t c) const;
  // The key a (non-gap) text unit is looked up by in the exact or the
  // folded trie.
  static char16_t key_of(char16_t c, bool folded);
  // What a walk of the exact or the folded trie looks text unit `c` up by:
  // ' ' for a gap unit, key_of() for any other. Latin units are answered
  // from walk_keys_, built once with the table: a walk reads one entry per
  // unit instead of calling the classifiers.
  char16_t walk_key(char16_t c, bool folded) const {
    if (c < kLatinTableSize) return walk_keys_[folded][c];
    return is_gap_unit(c) ? u' ' : key_of(c, folded);
  }
  void insert(Trie& trie, bool folded, const std::u16string& key, int payload);
  void insert_all(Trie& trie, bool folded, const Trie& from, int32_t node, std::u16string& key,
                  int payload);
  // Walks `trie` from `node`, reached by reading text[start, pos), and
  // keeps in `best` the longest phrase that starts at `start`.
  // With `first_only`, stops at the first phrase found.
  void walk(const Trie& trie, bool folded, int32_t node, std::u16string_view text, size_t start,
            size_t pos, std::optional<Match>& best, bool first_only = false) const;
  void visit_prefixes(
      const Trie& trie, bool folded, int32_t node, std::u16string& prefix,
      const std::function<void(std::u16string_view prefix, const Place& place)>& visit) const;
  static int32_t child(const Trie& trie, int32_t node, char16_t c);

  bool hyphen_is_space_;
  std::array<std::array<char16_t, kLatinTableSize>, 2> walk_keys_;  // [folded][unit]
  // The keys below kLatinTableSize that a unit which is not a letter is
  // read as ([folded][key]). No unit at or above kLatinTableSize that is
  // not a letter folds to a key below it (ICU 72: case folding keeps
  // symbols and marks apart from Latin letters; apostrophes and hyphens
  // fold to '\'' and '-', which Latin units give too).
  std::array<std::array<bool, kLatinTableSize>, 2> keys_of_non_letters_{};
  Trie exact_;
  Trie folded_;
};

// "fr" (the only other language is "en"); cheaper than a string compare on
// every lexicon lookup.
inline bool is_french(const std::string& lang) {
  return lang.size() == 2 && lang[0] == 'f' && lang[1] == 'r';
}

// The table of `lang` (French for "fr", English otherwise): Build("fr")
// and Build("en"), each made once, on first use, and kept.
template <auto Build>
const auto& per_language(const std::string& lang) {
  static const auto fr = Build("fr");
  static const auto en = Build("en");
  return is_french(lang) ? fr : en;
}

// Splits a comma-separated lexicon field ("fr,en") and tells whether `lang`
// is in it; "*" means every language.
bool lang_matches(std::string_view field, const std::string& lang);

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_FIGURE_LEXICON_H_
