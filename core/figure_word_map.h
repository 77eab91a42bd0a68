// A map from words to values that the figure and date scanners look up
// once per word of the text: by a view into the text or into a fold buffer,
// so no string is built per lookup. Open addressing over a power-of-two
// table (kept at most half full), hashed from the length and the end
// units, each slot keeping its word's hash. The words are kept end to end
// in one array of units and compared unit by unit: no std::u16string is
// touched by a lookup (its members are out-of-line calls in the wasm
// build). Filled once from a lexicon, then only read.
#ifndef TEXTEXPLORER_FIGURE_WORD_MAP_H_
#define TEXTEXPLORER_FIGURE_WORD_MAP_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figure_lexicon.h"

namespace tx {
namespace figures {

template <typename Value>
class WordMap {
 public:
  // Adds `word` with `value`, unless `word` is there already; returns the
  // value stored for `word` either way.
  Value& insert(std::u16string_view word, Value value) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    const uint32_t h = hash(word);
    Slot& slot = slots_[find_slot(word, h)];
    if (slot.index < 0) {
      slot = Slot{static_cast<int32_t>(entries_.size()), h};
      entries_.push_back(Entry{static_cast<uint32_t>(units_.size()),
                               static_cast<uint32_t>(word.size()), std::move(value)});
      units_.insert(units_.end(), word.begin(), word.end());
      if (word.size() > longest_) longest_ = word.size();
    }
    return entries_[slot.index].value;
  }

  // The value of `word`, or nullptr.
  const Value* find(std::u16string_view word) const {
    if (word.size() > longest_ || slots_.empty()) return nullptr;
    int32_t index = slots_[find_slot(word, hash(word))].index;
    return index < 0 ? nullptr : &entries_[index].value;
  }
  Value* find(std::u16string_view word) {
    return const_cast<Value*>(static_cast<const WordMap&>(*this).find(word));
  }

  // find() of the fold of `word` (units.fold of each unit), without folding
  // the word first: the hash reads only its first two and last two units,
  // and the rest is folded only to compare it with a stored word of the
  // same hash. Most words of a text are let go after four folds.
  const Value* find_fold_of(std::u16string_view word, const UnitClassifier& units) const {
    const size_t n = word.size();
    if (n == 0 || n > longest_ || slots_.empty()) return nullptr;
    const uint32_t h = hash_of_ends(n, units.fold(word[0]), units.fold(word[n > 1 ? 1 : 0]),
                                    units.fold(word[n - 1]), units.fold(word[n > 1 ? n - 2 : 0]));
    const size_t mask = slots_.size() - 1;
    for (size_t slot = h & mask; slots_[slot].index >= 0; slot = (slot + 1) & mask) {
      if (slots_[slot].hash != h) continue;
      const Entry& e = entries_[slots_[slot].index];
      if (e.length == n && holds_fold_of(e, word, units)) return &e.value;
    }
    return nullptr;
  }

  bool contains(std::u16string_view word) const { return find(word) != nullptr; }

  // No word of the map is longer: a longer word need not even be folded.
  size_t longest_word() const { return longest_; }

  // Calls visit(word, value) for every entry, in insertion order.
  template <typename Visit>
  void for_each(Visit visit) const {
    for (const Entry& e : entries_) visit(word_of(e), e.value);
  }

 private:
  struct Entry {
    uint32_t offset;  // of the word's first unit in units_
    uint32_t length;
    Value value;
  };
  // A slot of the table: the entry there (-1: empty) and its word's hash,
  // compared before the word is.
  struct Slot {
    int32_t index = -1;
    uint32_t hash = 0;
  };

  std::u16string_view word_of(const Entry& e) const {
    return std::u16string_view(units_.data() + e.offset, e.length);
  }

  bool holds(const Entry& e, std::u16string_view word) const {
    if (e.length != word.size()) return false;
    const char16_t* units = units_.data() + e.offset;
    for (size_t k = 0; k < word.size(); ++k)
      if (units[k] != word[k]) return false;
    return true;
  }

  bool holds_fold_of(const Entry& e, std::u16string_view word, const UnitClassifier& units) const {
    const char16_t* stored = units_.data() + e.offset;
    for (size_t k = 0; k < word.size(); ++k)
      if (stored[k] != units.fold(word[k])) return false;
    return true;
  }

  // FNV-1a over the length and the first two and last two units: constant
  // time for any word of the text, and enough to spread a lexicon of a few
  // hundred words (a collision costs one compare, never a wrong answer).
  static uint32_t hash_of_ends(size_t n, char16_t first, char16_t second, char16_t last,
                               char16_t before_last) {
    uint32_t h = (2166136261u ^ static_cast<uint32_t>(n)) * 16777619u;
    for (char16_t c : {first, second, last, before_last}) h = (h ^ c) * 16777619u;
    return h;
  }
  static uint32_t hash(std::u16string_view word) {
    const size_t n = word.size();
    if (n == 0) return (2166136261u ^ 0u) * 16777619u;
    return hash_of_ends(n, word[0], word[n > 1 ? 1 : 0], word[n - 1], word[n > 1 ? n - 2 : 0]);
  }

  // The slot holding `word` (whose hash is `h`), or the empty slot where it
  // would go.
  size_t find_slot(std::u16string_view word, uint32_t h) const {
    const size_t mask = slots_.size() - 1;
    size_t slot = h & mask;
    while (slots_[slot].index >= 0 &&
           (slots_[slot].hash != h || !holds(entries_[slots_[slot].index], word)))
      slot = (slot + 1) & mask;
    return slot;
  }

  void grow() {
    slots_.assign(slots_.empty() ? 16 : 2 * slots_.size(), Slot{});
    for (size_t i = 0; i < entries_.size(); ++i) {
      const uint32_t h = hash(word_of(entries_[i]));
      slots_[find_slot(word_of(entries_[i]), h)] = Slot{static_cast<int32_t>(i), h};
    }
  }

  std::vector<Entry> entries_;
  std::vector<char16_t> units_;  // every word, end to end
  std::vector<Slot> slots_;
  size_t longest_ = 0;           // units in the longest word (0: empty map)
};

// A set of words: a WordMap whose values say nothing.
class WordSet {
 public:
  void insert(std::u16string_view word) { map_.insert(word, true); }
  bool contains(std::u16string_view word) const { return map_.contains(word); }

 private:
  WordMap<bool> map_;
};

// A first test for a set of words, asked before a word of the text is
// folded and looked up: from the word's length and its first two units it
// lets most words go ("surely none of the set") at the cost of two table
// reads, and most of the others from the length and the first two and last
// units together, one bit of a table for each such key of the set (a
// shared first pair lets many common words through: "de" of "demande").
// Never says no to a word whose fold is in the set, or, for a word added as
// exact, to the word itself.
class FoldedWordFilter {
 public:
  // Adds a folded word (not empty), or with `exact` a word (not empty)
  // that the text must hold as written ("BCEAO").
  void add(std::u16string_view word, bool exact = false) {
    const uint64_t length_bit = uint64_t{1} << std::min<size_t>(word.size(), 63);
    for (char16_t c = 0; c < kLatinTableSize; ++c)
      if ((exact ? c : fold_char(c)) == word[0]) lengths_by_first_[c] |= length_bit;
    if (word.size() < 2) return;
    // The pair as given and as fold_char gives it (they differ for an exact
    // word): a pair too many only lets a word go on to the look-up.
    first_pairs_.add(word[0], word[1]);
    first_pairs_.add(fold_char(word[0]), fold_char(word[1]));
    const size_t n = word.size();
    set_end_bit(n, word[0], word[1], word[n - 1]);
    set_end_bit(n, fold_char(word[0]), fold_char(word[1]), fold_char(word[n - 1]));
  }

  // False when the fold of `word` (not empty) is surely not in the set.
  // Forced inline: clang left it a call, which in wasm cost about 1% of an
  // analysis (it runs for every word of the text).
  [[gnu::always_inline]] bool may_hold(std::u16string_view word, const UnitClassifier& units) const {
    if (word[0] < kLatinTableSize &&
        !((lengths_by_first_[word[0]] >> std::min<size_t>(word.size(), 63)) & 1))
      return false;
    if (word.size() < 2) return true;
    const char16_t first = units.fold(word[0]), second = units.fold(word[1]);
    if (first < 128 && second < 128 && !first_pairs_.contains(first, second)) return false;
    const size_t bit = end_bit(word.size(), first, second, units.fold(word[word.size() - 1]));
    return (end_bits_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  static constexpr int kEndBitsLog2 = 15;
  // The bit of a word of `length` units whose first, second and last units
  // (folded) are given.
  static size_t end_bit(size_t length, char16_t first, char16_t second, char16_t last) {
    const uint32_t key = ((uint32_t{first} * 31 + second) * 31 + last) * 64 +
                         static_cast<uint32_t>(std::min<size_t>(length, 63));
    return (key * 0x9E3779B1u) >> (32 - kEndBitsLog2);
  }
  void set_end_bit(size_t length, char16_t first, char16_t second, char16_t last) {
    const size_t bit = end_bit(length, first, second, last);
    end_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }

  // For each text unit below kLatinTableSize, bit k (k < 63) set when a
  // word of k units starts with its fold, bit 63 when one of 63 or more.
  std::array<uint64_t, kLatinTableSize> lengths_by_first_{};
  // The first two units of every word of two units or more, when both are
  // ASCII.
  AsciiPairSet first_pairs_;
  // For every word of two units or more, the bit of its length and its
  // first two and last units (as given and folded): end_bit().
  std::array<uint64_t, (size_t{1} << kEndBitsLog2) / 64> end_bits_{};
};

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_FIGURE_WORD_MAP_H_
