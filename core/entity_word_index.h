// Dense ids for a set of words, looked up by std::u16string_view without
// building a string: open addressing over one flat array of (hash, id)
// slots, the words themselves one after another in one string. The entity
// extractor looks up every token of the text in the ~250k words of its
// lexicons, so a look-up should touch as little memory as possible.
#ifndef TEXTEXPLORER_ENTITY_WORD_INDEX_H_
#define TEXTEXPLORER_ENTITY_WORD_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tx {
namespace entity {

class WordIndex {
 public:
  static constexpr int32_t kAbsent = -1;

  // The id of `word`, added if new: ids are 0, 1, 2... in order of addition.
  int32_t add(std::u16string_view word);
  // The id of `word`, or kAbsent.
  int32_t find(std::u16string_view word) const;
  size_t size() const { return words_.size(); }
  // Makes room for `words` words without growing again.
  void reserve(size_t words);

 private:
  struct Slot {
    uint32_t hash = 0;
    int32_t id = kAbsent;
  };
  struct Place {
    uint32_t at, length;  // in text_
  };
  static uint32_t hash(std::u16string_view word);
  // The slot holding `word`, or the empty slot where it would go.
  size_t slot_of(std::u16string_view word, uint32_t h) const;
  std::u16string_view word(int32_t id) const {
    return std::u16string_view(text_).substr(words_[id].at, words_[id].length);
  }
  void grow(size_t slots);

  std::vector<Slot> slots_;   // size a power of two, at most half full
  std::vector<Place> words_;  // by id
  std::u16string text_;
};

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_WORD_INDEX_H_
