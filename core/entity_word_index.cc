#include "entity_word_index.h"

#include <cstring>
#include <utility>

namespace tx {
namespace entity {

int32_t WordIndex::find(std::u16string_view w) const {
  if (slots_.empty()) return kAbsent;
  return slots_[slot_of(w, hash(w))].id;
}

int32_t WordIndex::insert(std::u16string_view w, uint32_t h) {
  if ((size_ + 1) * 2 > slots_.size()) grow(slots_.empty() ? 16 : slots_.size() * 2);
  Slot& s = slots_[slot_of(w, h)];
  s = {h, static_cast<int32_t>(size_++), static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(w.size())};
  text_.append(w);
  return s.id;
}

void WordIndex::reserve(size_t words) {
  size_t slots = 16;
  while (slots < words * 2) slots *= 2;
  if (slots > slots_.size()) grow(slots);
}

void WordIndex::clear() {
  slots_.clear();
  size_ = 0;
  text_.clear();
}

void WordIndex::grow(size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slots, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kAbsent) continue;
    size_t i = s.hash & mask;
    while (slots_[i].id != kAbsent) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

size_t IdPairMap::slot_of(uint64_t k) const {
  const size_t mask = slots_.size() - 1;
  // Multiplicative hashing: the high bits of the product mix every bit of the key.
  const uint64_t h = k * 0x9E3779B97F4A7C15ull;
  for (size_t i = (h >> 32) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.value == kAbsent || s.key == k) return i;
  }
}

int32_t IdPairMap::find(int32_t a, int32_t b) const {
  if (slots_.empty() || a < 0 || b < 0) return kAbsent;
  return slots_[slot_of(key(a, b))].value;
}

int32_t IdPairMap::emplace(int32_t a, int32_t b, int32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  Slot& s = slots_[slot_of(key(a, b))];
  if (s.value != kAbsent) return s.value;
  s.key = key(a, b);
  s.value = value;
  ++size_;
  return value;
}

void IdPairMap::set(int32_t a, int32_t b, int32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  Slot& s = slots_[slot_of(key(a, b))];
  if (s.value == kAbsent) ++size_;
  s.key = key(a, b);
  s.value = value;
}

void IdPairMap::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  for (const Slot& s : old)
    if (s.value != kAbsent) slots_[slot_of(s.key)] = s;
}

}  // namespace entity
}  // namespace tx
