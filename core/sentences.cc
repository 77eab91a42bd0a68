#include "sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <atomic>
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
//    other non-letters before it); further if the filter may read forward
//    (see Suppressions). A boundary found past the decisive character could
//    depend on where the window ends: the window is then widened to the next
//    candidate, and so on.
// A separator with no terminator before it since the boundary needs no
// window: rule 4 breaks right after it (after the LF of a CR LF), and the
// filter keeps that break when no suppression ends with it (Suppressions).
// (BreakIterator::following() would not do: it backs up to the paragraph's
// start with the reverse rules, and each fill of ICU's cache finds up to six
// more boundaries ahead; the window bounds both.)
// Windows are cheap on prose, but not on every text: full stops that end no
// sentence ("a.b a.b ...") widen one window again and again, and terminators
// far from any letter ("1! 1! ...") make each window read far ahead. So the
// units the windows read are counted, and once they exceed kWorkPerUnit
// times the text known to hold no boundary (plus kFreeWork), the rest of
// the text is split by plain iteration from the last boundary: linear time
// on any input.
// tests/core/sentences_test.cc checks this against plain ICU iteration.
constexpr int64_t kWorkPerUnit = 8;
constexpr int64_t kFreeWork = 4096;

// Forward allowance after the decisive character when the suppressions are
// unknown (longer than any of ICU 72's data for fr and en).
constexpr int32_t kSlack = 16;

// Sets of Sentence_Break values, as bit masks.
constexpr uint32_t bit(int sb) { return 1u << sb; }
constexpr uint32_t kSeparators = bit(U_SB_SEP) | bit(U_SB_CR) | bit(U_SB_LF);
constexpr uint32_t kCandidates = kSeparators | bit(U_SB_ATERM) | bit(U_SB_STERM);
constexpr uint32_t kDecisive = kSeparators | bit(U_SB_UPPER) | bit(U_SB_LOWER) | bit(U_SB_OLETTER);
constexpr uint32_t kWordEnds = kCandidates | bit(U_SB_SP) | bit(U_SB_CLOSE);
constexpr uint32_t kExtendFormat = bit(U_SB_EXTEND) | bit(U_SB_FORMAT);

// What the abbreviation filter of a language can do, from the strings it
// is built from (the locale's "exceptions/SentenceBreak" in ICU's brkitr
// data). As ICU 72's filteredbrk.cpp uses them: at a break n the filter walks
// back from n (from n - 1 if a space is there) along a trie of the reversed
// exceptions ("Mr.") and, for those with a full stop before their end
// ("av. J.-C."), of their part up to it ("av.", a "partial"); it drops the
// break if the text there ends with a whole exception, or with a partial
// when the text read forward from the partial's start is an exception or
// the beginning of one cut by the end of the text (at most `longest` units
// read). So it keeps any break after a character that ends no exception or
// partial, and reads forward only from a full stop that ends a partial.
struct Suppressions {
  bool known = false;                    // false: assume anything
  std::u32string finals;                 // last characters of exceptions and partials
  std::vector<std::u16string> partials;
  int32_t longest = 0;                   // units of the longest exception

  // Whether the filter may drop a break after character c (not a space).
  bool may_follow(UChar32 c) const { return !known || finals.find(char32_t(c)) != std::u32string::npos; }
};

// ures_getByKey falls back to parent locales as the filter's builder does
// (ures_getByKeyWithFallback); a language without exceptions has no filter,
// and ends up with what its fallback has, or with `known` false.
Suppressions read_suppressions(const std::string& lang) {
  Suppressions out;
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr",
                                      icu::Locale(lang.c_str()).getBaseName(), &status);
  UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
  UResourceBundle* strings = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < ures_getSize(strings); ++i) {
    int32_t length = 0;
    const UChar* p = ures_getStringByIndex(strings, i, &length, &status);
    if (U_FAILURE(status) || length == 0) break;
    std::u16string s(p, p + length);
    size_t stop = s.find(u'.');
    if (stop != std::u16string::npos && stop + 1 != s.size()) {
      std::u16string partial = s.substr(0, stop + 1);
      if (std::find(out.partials.begin(), out.partials.end(), partial) == out.partials.end())
        out.partials.push_back(partial);
      if (out.finals.find(U'.') == std::u32string::npos) out.finals += U'.';
    }
    UChar32 last;
    int32_t end = length;
    U16_PREV(p, 0, end, last);
    if (out.finals.find(char32_t(last)) == std::u32string::npos) out.finals += char32_t(last);
    out.longest = std::max(out.longest, length);
    if (i + 1 == ures_getSize(strings)) out.known = true;
  }
  ures_close(strings);
  ures_close(exceptions);
  ures_close(bundle);
  if (!out.known) out = Suppressions();
  return out;
}

// Sentence_Break values of BMP code units plus one (0: not read yet;
// kSurrogate for surrogates, whose character needs its pair), read from ICU
// a block of 256 at a time when first needed. Relaxed atomics: threads that
// fill the same block at once write the same values.
constexpr uint8_t kSurrogate = 31;
std::atomic<uint8_t> unit_breaks[0x10000];

uint8_t fill_unit_breaks(char16_t u) {
  for (UChar32 c = u & 0xFF00, end = c + 0x100; c < end; ++c) {
    uint8_t v = U_IS_SURROGATE(c) ? kSurrogate : uint8_t(1 + u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    unit_breaks[c].store(v, std::memory_order_relaxed);
  }
  return unit_breaks[u].load(std::memory_order_relaxed);
}

// The value for u, 0 if not read yet.
inline uint8_t unit_code(char16_t u) { return unit_breaks[u].load(std::memory_order_relaxed); }

// The value for u.
inline uint8_t unit_break(char16_t u) {
  uint8_t v = unit_code(u);
  return v ? v : fill_unit_breaks(u);
}

// Sentence_Break of a character.
int sentence_break(UChar32 c) {
  return c <= 0xFFFF && !U_IS_SURROGATE(c) ? unit_break(char16_t(c)) - 1
                                           : u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

class Splitter {
 public:
  Splitter(std::u16string_view text, icu::BreakIterator& it, const Suppressions& suppressions)
      : text_(text), size_(static_cast<int32_t>(text.size())), it_(it), suppressions_(suppressions) {}
  ~Splitter() { utext_close(&ut_); }

  static constexpr int32_t kError = -1;
  static constexpr int32_t kTooCostly = -2;

  // The boundary after `pos` (a boundary); kError on an ICU error;
  // kTooCostly when the windows have read more than their allowance (then
  // split the rest by plain iteration from pos).
  int32_t next(int32_t pos) {
    int32_t t = find(pos, kCandidates);
    if (t == size_) return size_;
    work_ += t - pos;
    int32_t n;
    if (kSeparators & bit(sb_at(t, &n))) {
      if (text_[t] == u'\r' && n < size_ && text_[n] == u'\n') ++n;
      UChar32 c;
      int32_t i = n;
      U16_PREV(text_.data(), 0, i, c);
      if (!suppressions_.may_follow(c)) return n;
    }
    int32_t s = restart(t, pos);
    int32_t d = decisive(t);
    for (;;) {
      if (d < 0) return kTooCostly;
      int32_t e = std::min(size_, d + (filter_reads_forward(t, d) ? 1 + slack() : 2));
      // No boundary is before t, the candidate the window is for.
      work_ += e - s;
      if (work_ > allowance(t)) return kTooCostly;
      int32_t b = run(s, e);
      if (b < 0) return kError;
      if (s + b <= d + 1 || e == size_) return s + b;
      t = find(d + 1, kCandidates);
      d = t == size_ ? size_ : decisive(t);
    }
  }

 private:
  // Sentence_Break of the character at i; *next = the index after it.
  int sb_at(int32_t i, int32_t* next) const {
    uint8_t v = unit_break(text_[i]);
    if (v != kSurrogate) {
      *next = i + 1;
      return v - 1;
    }
    UChar32 c;
    U16_NEXT(text_.data(), i, size_, c);
    *next = i;
    return sentence_break(c);
  }

  // First index at or after `i` and before `size` (default: the end) whose
  // character's Sentence_Break is in `set`, else `size`. Eight units at a
  // time while none may be in it (most of the text).
  int32_t find(int32_t i, uint32_t set, int32_t size = -1) const {
    const uint32_t hits = set << 1 | bit(0) | bit(kSurrogate);  // and what needs a closer look
    const char16_t* p = text_.data();
    if (size < 0) size = size_;
    auto none_of_eight = [&](const char16_t* q) {  // written out: not unrolled otherwise
      return !(hits & (bit(unit_code(q[0])) | bit(unit_code(q[1])) | bit(unit_code(q[2])) |
                       bit(unit_code(q[3])) | bit(unit_code(q[4])) | bit(unit_code(q[5])) |
                       bit(unit_code(q[6])) | bit(unit_code(q[7]))));
    };
    for (;;) {
      while (i + 8 <= size && none_of_eight(p + i)) i += 8;
      for (const int32_t stop = std::min(i + 8, size); i < stop; ++i) {
        if (hits & bit(unit_code(p[i]))) {
          int32_t next;
          if (set & bit(sb_at(i, &next))) return i;
          i = next - 1;
        }
      }
      if (i >= size) return size;
    }
  }

  // Units past the decisive character d the window needs when the filter
  // may read forward: it reads from a partial's start, two units or more
  // before a break, and only breaks up to d + 1 are kept.
  int32_t slack() const { return suppressions_.known ? suppressions_.longest : kSlack; }

  // Whether the filter may read forward past a break after candidate t and
  // before the decisive character d: text_[t, d) has a full stop that ends a
  // partial (no other full stop can: see Suppressions).
  bool filter_reads_forward(int32_t t, int32_t d) const {
    for (int32_t k = t; k < d; ++k) {
      if (text_[k] != u'.') continue;
      if (!suppressions_.known) return true;
      for (const std::u16string& partial : suppressions_.partials) {
        int32_t n = static_cast<int32_t>(partial.size());
        if (k + 1 >= n && text_.substr(k + 1 - n, n) == partial) return true;
      }
    }
    return false;
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
  // is a CR LF), or the end; -1 if reaching it would overrun the allowance.
  int32_t decisive(int32_t t) {
    int32_t n;
    int32_t d = t;
    if (!(kSeparators & bit(sb_at(t, &n)))) {
      int64_t room = allowance(t) - work_;
      int32_t limit = static_cast<int32_t>(std::min<int64_t>(size_, n + std::max<int64_t>(room, 0)));
      d = find(n, kDecisive, limit);
      if (d == limit && limit < size_) return -1;
      work_ += d - n;
    }
    if (d + 1 < size_ && text_[d] == u'\r' && text_[d + 1] == u'\n') ++d;
    return d;
  }

  // What the windows may have read once no boundary is known before `clear`.
  int64_t allowance(int32_t clear) const { return kWorkPerUnit * clear + kFreeWork; }

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
  int32_t size_;
  icu::BreakIterator& it_;
  const Suppressions& suppressions_;
  UText ut_ = UTEXT_INITIALIZER;
  int64_t work_ = 0;  // units the windows and their scans have read
};

// Appends the sentence text[start, end) to `out`, trimmed of surrounding
// spaces, unless it is blank.
void add_trimmed(std::u16string_view text, int32_t start, int32_t end, std::vector<Span>* out) {
  while (start < end && is_space(text[start])) ++start;
  while (end > start && is_space(text[end - 1])) --end;
  if (start < end) out->push_back({start, end});
}

// Appends the sentences of text from `start`, a boundary, to its end, by
// plain iteration: ICU starts afresh at a boundary.
void append_sentences(std::u16string_view text, int32_t start, icu::BreakIterator& it, std::vector<Span>* out) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, text.data() + start, static_cast<int64_t>(text.size()) - start, &status);
  it.setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t from = it.first();
    for (int32_t to = it.next(); to != icu::BreakIterator::DONE; from = to, to = it.next())
      add_trimmed(text, start + from, start + to, out);
  }
  utext_close(ut);
}

// A language's sentence iterator, built once (see sentence_iterator).
struct Language {
  std::unique_ptr<icu::BreakIterator> prototype;
  Suppressions suppressions;
};

// A sentence iterator for `lang` (null if ICU has none) and its filter's
// suppressions. ICU builds the iterator and its abbreviation filter from
// data at each creation (about 0.8M instructions, more than splitting a
// 10 KB text), so each language's is built once and cloned: clones share the
// immutable data, and the lock makes this safe from several threads.
std::unique_ptr<icu::BreakIterator> sentence_iterator(const std::string& lang,
                                                      const Suppressions** suppressions) {
  static std::mutex mutex;
  static std::map<std::string, Language> languages;
  std::lock_guard<std::mutex> lock(mutex);
  Language& language = languages[lang];
  if (!language.prototype) {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on the locale's abbreviation suppressions, so that
    // "Mr. Smith" or "M. Amodei" is not cut after the dot.
    language.prototype.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale((lang + "@ss=standard").c_str()), status));
    if (U_FAILURE(status)) language.prototype.reset();
    if (!language.prototype) return nullptr;
    language.suppressions = read_suppressions(lang);
  }
  *suppressions = &language.suppressions;
  return std::unique_ptr<icu::BreakIterator>(language.prototype->clone());
}

}  // namespace

std::vector<Span> split_sentences(std::u16string_view text, const std::string& lang) {
  std::vector<Span> out;
  const Suppressions* suppressions = nullptr;
  std::unique_ptr<icu::BreakIterator> it = sentence_iterator(lang, &suppressions);
  if (!it) return out;
  Splitter splitter(text, *it, *suppressions);
  const int32_t size = static_cast<int32_t>(text.size());
  for (int32_t start = 0; start < size;) {
    int32_t end = splitter.next(start);
    if (end == Splitter::kTooCostly) {
      append_sentences(text, start, *it, &out);
      break;
    }
    if (end < 0) break;
    add_trimmed(text, start, end, &out);
    start = end;
  }
  return out;
}

}  // namespace tx
