#include "entity_chars.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "text.h"

namespace tx {
namespace entity {
namespace {

void apostrophes_as_ascii(std::u16string& s) {
  for (char16_t& c : s)
    if (c == 0x2019 || c == 0x02BC) c = u'\'';
}

std::u16string icu_fold(std::u16string_view s) {
  std::u16string out = fold(s);
  apostrophes_as_ascii(out);
  return out;
}

std::u16string icu_case_fold(std::u16string_view s) {
  icu::UnicodeString u(false, s.data(), static_cast<int32_t>(s.size()));
  u.foldCase();
  std::u16string out(u.getBuffer(), u.length());
  apostrophes_as_ascii(out);
  return out;
}

const icu::Normalizer2* nfd_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  return U_SUCCESS(status) ? nfd : nullptr;
}

// tx::fold (NFD, non-spacing marks dropped, full case folding) of a word is
// the concatenation of the folds of its code points: decomposition and case
// folding look at one code point at a time, and canonical reordering, the
// one step of NFD that looks at neighbours, only moves characters with a
// non-zero combining class. Those are dropped when they are non-spacing
// marks, so only a kept one (a spacing mark such as U+0F7F, itself or in a
// decomposition) makes the word need folding whole.
bool folds_alone(UChar32 c) {
  static const icu::Normalizer2* nfd = nfd_instance();
  if (!nfd) return false;
  icu::UnicodeString decomposition;
  if (!nfd->getDecomposition(c, decomposition)) decomposition = icu::UnicodeString(c);
  for (int32_t i = 0; i < decomposition.length();) {
    UChar32 d = decomposition.char32At(i);
    if (u_getCombiningClass(d) != 0 && u_charType(d) != U_NON_SPACING_MARK) return false;
    i += U16_LENGTH(d);
  }
  return true;
}

// Case folding is per code point; only surrogates need the whole word.
bool case_folds_alone(UChar32) { return true; }

}  // namespace

FoldTable::FoldTable(std::u16string (*fold_one)(std::u16string_view), bool (*foldable)(UChar32)) : slices_(0x10000, kWholeWord) {
  pool_.reserve(0x10000 + 1024);
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (U_IS_SURROGATE(c) || !foldable(c)) continue;
    const char16_t unit = static_cast<char16_t>(c);
    std::u16string folded = fold_one(std::u16string_view(&unit, 1));
    if (folded.size() > kLengthMask) continue;
    slices_[c] = static_cast<uint32_t>(pool_.size()) << kLengthBits | static_cast<uint32_t>(folded.size());
    if (folded.size() == 1 && folded[0] == unit) slices_[c] |= kFoldsToItself;
    pool_ += folded;
  }
}

FoldTable::Result FoldTable::append(std::u16string_view word, UnitBuffer* out) const {
  // One pass: the fold is appended as it is read, and taken back if the
  // word is its own fold or must be folded whole.
  const size_t at = out->size();
  uint32_t all = kFoldsToItself;
  const char16_t* const pool = pool_.data();
  for (char16_t u : word) {
    const uint32_t slice = slices_[u];
    if (slice == kWholeWord) {
      out->resize(at);
      return Result::kWholeWord;
    }
    all &= slice;
    const char16_t* from = pool + ((slice & ~kFoldsToItself) >> kLengthBits);
    for (uint32_t k = 0; k < (slice & kLengthMask); ++k) out->push_back(from[k]);
  }
  if (all & kFoldsToItself) {
    out->resize(at);
    return Result::kItself;
  }
  return Result::kAppended;
}

const CharTable& CharTable::get() {
  static const CharTable* table = new CharTable();
  return *table;
}

CharTable::CharTable()
    : flags_(0x10000), fold_(icu_fold, folds_alone), case_fold_(icu_case_fold, case_folds_alone) {
  for (UChar32 c = 0; c < 0x10000; ++c) {
    flags_[c] = flags_from_icu(c);
    if (tx::is_space(static_cast<char16_t>(c))) flags_[c] |= CharFacts::kSpace;
    if (fold_.folds_to_itself(static_cast<char16_t>(c))) flags_[c] |= CharFacts::kOwnFold;
    if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0085) flags_[c] |= CharFacts::kLineBreak;
  }
}

uint8_t CharTable::flags_from_icu(UChar32 c) {
  uint8_t f = 0;
  if (u_isalpha(c)) f |= CharFacts::kAlpha;
  if (u_isdigit(c)) f |= CharFacts::kDigit;
  if (u_isupper(c) || u_istitle(c)) f |= CharFacts::kCapital;
  if (u_islower(c)) f |= CharFacts::kLower;
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK) f |= CharFacts::kMark;
  return f;
}

namespace {

void append_units(std::u16string_view units, UnitBuffer* out) { out->insert(out->end(), units.begin(), units.end()); }

}  // namespace

void CharTable::append_folded(std::u16string_view word, UnitBuffer* out) const {
  if (!append_folded_if_changed(word, out)) append_units(word, out);
}

bool CharTable::append_folded_if_changed(std::u16string_view word, UnitBuffer* out) const {
  switch (fold_.append(word, out)) {
    case FoldTable::Result::kAppended: return true;
    case FoldTable::Result::kItself: return false;
    case FoldTable::Result::kWholeWord: break;
  }
  append_units(icu_fold(word), out);
  return true;
}

void CharTable::append_case_folded(std::u16string_view word, UnitBuffer* out) const {
  switch (case_fold_.append(word, out)) {
    case FoldTable::Result::kAppended: return;
    case FoldTable::Result::kItself: append_units(word, out); return;
    case FoldTable::Result::kWholeWord: break;
  }
  append_units(icu_case_fold(word), out);
}

}  // namespace entity
}  // namespace tx
