#include "sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <mutex>

#include "text.h"

namespace tx {
namespace {

// ICU's sentence rules (UAX #29 as data/brkitr/rules/sent.txt compiles
// them) break only after a paragraph separator (Sep, CR, LF) or after a
// terminator (STerm, ATerm) followed by Close, Sp, Extend or Format
// characters. Its state machine reads every character, words included (most
// of the time of splitting). So for each boundary we find the next
// terminator or separator ("candidate") ourselves and run ICU on a short
// window of text around it, which gives the same boundary as a run over the
// whole text because
//  - the window starts where ICU's state machine is in the state it has after
//    a boundary: the boundary itself, or the first character of the word
//    before the candidate (after a space or a Close: no rule spans a word
//    without a terminator). That word is also all that the abbreviation
//    filter ("Mr.") reads back;
//  - the window ends one unit after the candidate's "decisive" character, the
//    first letter or paragraph separator after it, which settles whether
//    there is a break (rules 6 to 11 look only at terminators, Close, Sp and
//    other non-letters before it); kSlack units later if a full stop is on
//    the way, for what the filter reads forward ("av. J.-C."). A boundary
//    found past the decisive character could depend on where the window
//    ends: the window is then widened to the next candidate, and so on.
// (BreakIterator::following() would not do: it backs up to the paragraph's
// start with the reverse rules, and each fill of ICU's cache finds up to six
// more boundaries ahead; the window bounds both.)
// tests/core/sentences_test.cc checks this against plain ICU iteration.
constexpr int32_t kSlack = 16;

// Sentence_Break property values of ASCII characters, read once from ICU.
const uint8_t* ascii_sentence_breaks() {
  static const std::array<uint8_t, 128> table = [] {
    std::array<uint8_t, 128> t{};
    for (UChar32 c = 0; c < 128; ++c) t[c] = uint8_t(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    return t;
  }();
  return table.data();
}

// Sets of Sentence_Break values, as bit masks.
constexpr uint32_t bit(int sb) { return 1u << sb; }
constexpr uint32_t kSeparators = bit(U_SB_SEP) | bit(U_SB_CR) | bit(U_SB_LF);
constexpr uint32_t kCandidates = kSeparators | bit(U_SB_ATERM) | bit(U_SB_STERM);
constexpr uint32_t kDecisive = kSeparators | bit(U_SB_UPPER) | bit(U_SB_LOWER) | bit(U_SB_OLETTER);
constexpr uint32_t kWordEnds = kCandidates | bit(U_SB_SP) | bit(U_SB_CLOSE);
constexpr uint32_t kExtendFormat = bit(U_SB_EXTEND) | bit(U_SB_FORMAT);

class Splitter {
 public:
  Splitter(std::u16string_view text, icu::BreakIterator& it)
      : text_(text), it_(it), ascii_(ascii_sentence_breaks()) {}
  ~Splitter() { utext_close(&ut_); }

  // The boundary after `pos` (a boundary), or -1 on an ICU error.
  int32_t next(int32_t pos) {
    int32_t t = find(pos, kCandidates);
    if (t == size()) return size();
    int32_t s = restart(t, pos);
    int32_t d = decisive(t);
    for (;;) {
      int32_t e = std::min(size(), d + (has_full_stop(t, d) ? 1 + kSlack : 2));
      int32_t n = run(s, e);
      if (n < 0) return -1;
      if (s + n <= d + 1 || e == size()) return s + n;
      t = find(d + 1, kCandidates);
      d = t == size() ? size() : decisive(t);
    }
  }

 private:
  int32_t size() const { return static_cast<int32_t>(text_.size()); }

  int sentence_break(UChar32 c) const {
    return c < 128 ? ascii_[c] : u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
  }

  // Sentence_Break of the character at i; *next = the index after it.
  int sb_at(int32_t i, int32_t* next) const {
    char16_t u = text_[i];
    if (u < 128) {
      *next = i + 1;
      return ascii_[u];
    }
    UChar32 c;
    U16_NEXT(text_.data(), i, size(), c);
    *next = i;
    return sentence_break(c);
  }

  // First index at or after `i` whose character's Sentence_Break is in `set`.
  int32_t find(int32_t i, uint32_t set) const {
    while (i < size()) {
      char16_t u = text_[i];
      if (u < 128) {
        if (set & bit(ascii_[u])) return i;
        ++i;
      } else {
        int32_t next;
        if (set & bit(sb_at(i, &next))) return i;
        i = next;
      }
    }
    return size();
  }

  // Whether text_[t, d) has a full stop, which the filter may read past.
  bool has_full_stop(int32_t t, int32_t d) const {
    return std::find(text_.begin() + t, text_.begin() + d, u'.') != text_.begin() + d;
  }

  // Where a window for candidate t starts: the first character of the word
  // before t, not before the boundary pos.
  int32_t restart(int32_t t, int32_t pos) const {
    int32_t s = t;
    while (s > pos) {
      int32_t p = s;
      UChar32 c;
      U16_PREV(text_.data(), 0, p, c);
      if (kWordEnds & bit(sentence_break(c))) break;
      s = p;
    }
    if (s == pos) return s;
    for (int32_t n; s < t; s = n) {
      if (!(kExtendFormat & bit(sb_at(s, &n)))) break;
    }
    return s;
  }

  // The first letter or paragraph separator after candidate t (its LF if it
  // is a CR LF), or the end.
  int32_t decisive(int32_t t) const {
    int32_t n;
    int32_t d = kSeparators & bit(sb_at(t, &n)) ? t : find(n, kDecisive);
    if (d + 1 < size() && text_[d] == u'\r' && text_[d + 1] == u'\n') ++d;
    return d;
  }

  // The first boundary after s of text_[s, e), relative to s; -1 on error.
  int32_t run(int32_t s, int32_t e) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUChars(&ut_, text_.data() + s, e - s, &status);
    it_.setText(ut, status);  // and moves to the window's start
    if (U_FAILURE(status)) return -1;
    int32_t n = it_.next();
    return n == icu::BreakIterator::DONE ? -1 : n;
  }

  std::u16string_view text_;
  icu::BreakIterator& it_;
  const uint8_t* ascii_;
  UText ut_ = UTEXT_INITIALIZER;
};

// A sentence iterator for `lang`, or null. ICU builds the iterator and its
// abbreviation filter from data at each creation (about 0.8M instructions,
// more than splitting a 10 KB text), so each language's is built once and
// cloned: clones share the immutable data, and the lock makes this safe
// from several threads.
std::unique_ptr<icu::BreakIterator> new_sentence_iterator(const std::string& lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<icu::BreakIterator>& prototype = prototypes[lang];
  if (!prototype) {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on the locale's abbreviation suppressions, so that
    // "Mr. Smith" or "M. Amodei" is not cut after the dot.
    prototype.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale((lang + "@ss=standard").c_str()), status));
    if (U_FAILURE(status)) prototype.reset();
    if (!prototype) return nullptr;
  }
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

}  // namespace

std::vector<Span> split_sentences(std::u16string_view text, const std::string& lang) {
  std::vector<Span> out;
  std::unique_ptr<icu::BreakIterator> it = new_sentence_iterator(lang);
  if (!it) return out;
  Splitter splitter(text, *it);
  const int32_t size = static_cast<int32_t>(text.size());
  for (int32_t start = 0; start < size;) {
    int32_t end = splitter.next(start);
    if (end < 0) break;
    int32_t s = start, e = end;
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    if (s < e) out.push_back({s, e});
    start = end;
  }
  return out;
}

}  // namespace tx
