// Flat hash tables for the entity extractor, which looks up every token of
// the text: a look-up should touch as little memory as possible.
//
// WordIndex: dense ids for a set of words, looked up by std::u16string_view
// without building a string: open addressing over one flat array of slots
// (hash, id, where the word is), the words one after another in one string.
#ifndef TEXTEXPLORER_ENTITY_WORD_INDEX_H_
#define TEXTEXPLORER_ENTITY_WORD_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tx {
namespace entity {

// The hash WordIndex files a word under, fed one code unit at a time, so
// that a tokenizer can hash a word while it reads it instead of reading it
// again. Two instructions a unit: xor, then multiply by an odd constant;
// the high half of the product, which every unit's bits reach, is the hash.
class WordHash {
 public:
  void add(char16_t unit) { state_ = (state_ ^ unit) * 0x9E3779B97F4A7C15ull; }
  uint32_t value() const { return static_cast<uint32_t>(state_ >> 32); }

 private:
  uint64_t state_ = 0x243F6A8885A308D3ull;
};

class WordIndex {
 public:
  static constexpr int32_t kAbsent = -1;

  // The id of `word`, added if new: ids are 0, 1, 2... in order of addition.
  int32_t add(std::u16string_view word) { return add(word, hash(word)); }
  // The same, `hash` being hash(word) (computed by the caller). Inline:
  // every token of a text comes here, and most words are already in, so
  // the look-up is kept apart from the insertion. Forced: GCC inlines it
  // into the tokenizer anyway, clang (the wasm build) did not, and the call
  // cost the entity step 3-5% of its time in wasm (tx_bench stages in
  // Node). Compilers that do not know the attribute ignore it.
  [[gnu::always_inline]] int32_t add(std::u16string_view word, uint32_t hash) {
    if (!slots_.empty()) {
      const int32_t id = slots_[slot_of(word, hash)].id;
      if (id != kAbsent) return id;
    }
    return insert(word, hash);
  }
  // The hash of `word` (WordHash over its code units).
  static uint32_t hash(std::u16string_view word) {
    WordHash h;
    for (char16_t u : word) h.add(u);
    return h.value();
  }
  // The id of `word`, or kAbsent.
  int32_t find(std::u16string_view word) const;
  size_t size() const { return size_; }
  // Makes room for `words` words without growing again.
  void reserve(size_t words);
  // Forgets every word (ids start again from 0).
  void clear();

 private:
  // A word and where its text is: comparing it reads no other array.
  struct Slot {
    uint32_t hash = 0;
    int32_t id = kAbsent;  // kAbsent: an empty slot
    uint32_t at = 0, length = 0;  // the word is text_[at, at + length)
  };
  // Whether the n code units at a and b are the same. In 64-bit chunks,
  // then at most one 32-bit chunk and one unit (no loop over the last
  // units): the words are short, and in wasm memcmp is a call that
  // compares byte by byte.
  static bool same_units(const char16_t* a, const char16_t* b, size_t n) {
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
      uint64_t x, y;
      std::memcpy(&x, a + i, sizeof x);
      std::memcpy(&y, b + i, sizeof y);
      if (x != y) return false;
    }
    if (i + 2 <= n) {
      uint32_t x, y;
      std::memcpy(&x, a + i, sizeof x);
      std::memcpy(&y, b + i, sizeof y);
      if (x != y) return false;
      i += 2;
    }
    return i == n || a[i] == b[i];
  }
  // Adds `word`, which is not in, with its hash; returns its id.
  int32_t insert(std::u16string_view word, uint32_t hash);
  // The slot holding `word` (whose hash is `h`), or the empty slot where it
  // would go; slots_ must not be empty.
  size_t slot_of(std::u16string_view word, uint32_t h) const {
    const Slot* const slots = slots_.data();
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (s.id == kAbsent ||
          (s.hash == h && s.length == word.size() && same_units(text_.data() + s.at, word.data(), word.size())))
        return i;
    }
  }
  void grow(size_t slots);

  std::vector<Slot> slots_;  // size a power of two, at most half full
  size_t size_ = 0;
  std::u16string text_;
};

// A map from pairs of ids (each >= 0) to ids, in one flat array (open
// addressing). The names trie (node, word) -> node and the two-word cues
// (word, word) -> type are looked up for every capitalized word; a
// std::unordered_map would chase a node and divide by a prime each time.
class IdPairMap {
 public:
  static constexpr int32_t kAbsent = -1;

  // The value of (a, b), or kAbsent.
  int32_t find(int32_t a, int32_t b) const;
  // The value of (a, b), set to `value` first if absent.
  int32_t emplace(int32_t a, int32_t b, int32_t value);
  // Sets the value of (a, b).
  void set(int32_t a, int32_t b, int32_t value);

 private:
  struct Slot {
    uint64_t key = 0;
    int32_t value = kAbsent;  // kAbsent: an empty slot
  };
  static uint64_t key(int32_t a, int32_t b) {
    return static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32 | static_cast<uint32_t>(b);
  }
  // The slot holding `key`, or the empty slot where it would go.
  size_t slot_of(uint64_t key) const;
  void grow();

  std::vector<Slot> slots_;  // size a power of two, at most half full
  size_t size_ = 0;
};

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_WORD_INDEX_H_
