#include "dates.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "date_lexicon.h"
#include "figure_lexicon.h"
#include "figure_tokens.h"
#include "text.h"

namespace tx {
namespace {


using figures::is_line_break;
using figures::TokenReader;
using figures::Token;
using figures::TokKind;

// ---------------------------------------------------------------------------
// Calendar helpers.

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Days in `month`; with no year (0) February has 29.
int days_in_month(int month, int year) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == 0 || is_leap(year))) return 29;
  return kDays[month - 1];
}

bool valid_day(int year, int month, int day) {
  return day >= 1 && day <= days_in_month(month, year);
}

// The contract's forms: "2025-01-23", "2025-01", "2025", "--01-23".
std::string iso_value(int year, int month, int day) {
  char buf[48];
  if (year > 0 && month > 0 && day > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (year > 0 && month > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (year > 0)
    std::snprintf(buf, sizeof buf, "%04d", year);
  else
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  return buf;
}

// ---------------------------------------------------------------------------
// The scanner. Every rule starts at one token and reads a bounded number of
// tokens after it (at most a dozen, plus six hops of a day list), and the
// main loop tries each token once, so the whole scan is linear. Lexicon
// lookups fold one word of at most kMaxWord code units.

constexpr int32_t kMaxWord = 24;

// Month words are read at 3 to 12 units ("mai", "janv", "septembre").
constexpr int32_t kShortestMonth = 3;
constexpr int32_t kLongestMonth = 12;

struct DayPart {
  int day = 0;
  int32_t end = 0;
  size_t next = 0;  // token after the day and its ordinal suffix
};

struct MonthPart {
  int month = 0;
  int32_t end = 0;
  size_t next = 0;
  bool native = false;        // a spelling of the document's language
  bool english_form = false;  // an English spelling (month-first order)
  bool needs_day = false;
  bool needs_capital = false;
  bool no_capital_mid_sentence = false;
  enum Casing { kLower, kCapitalized, kUpper } casing = kLower;
};

struct YearPart {
  int year = 0;
  int32_t end = 0;
  size_t next = 0;
};

// A found date before it becomes a Figure.
struct Found {
  int32_t start = 0;
  int32_t end = 0;
  int year = 0, month = 0, day = 0;
  const char* rule = "";
  bool approx = false;
  bool either_order = false;  // numeric, English: day/month or month/day
};

// Result of trying the rules at one token: dates found (0-2) and the token
// to resume at. A resume past the token with no date found means the words
// were judged and rejected ("31 février 2025") and must not be reused.
struct Attempt {
  std::vector<Found> found;
  size_t resume = 0;
};

class DateScanner {
 public:
  // `tokens`: figures::tokenize(doc.text).
  DateScanner(const Document& doc, const std::vector<Token>& tokens)
      : text_(doc.text), lang_(date_lang(doc.lang)), lex_(date_lexicon()), toks_(tokens) {}

  std::vector<Figure> run() {
    std::vector<Figure> out;
    const size_t n = toks_.size();
    for (size_t i = 0; i < n;) {
      if (!may_start_date(i)) {
        ++i;
        continue;
      }
      Attempt a = try_at(i);
      if (a.resume <= i) {
        ++i;
        continue;
      }
      for (const Found& f : a.found) {
        if (f.either_order)
          ambiguous_.push_back({out.size(), iso_value(f.year, f.day, f.month),
                                iso_value(f.year, f.month, f.day)});
        out.push_back(to_figure(f));
      }
      i = a.resume;
    }
    resolve_ambiguous(&out);
    return out;
  }

 private:
  // Numeric dates whose order only the document can settle (English text).
  struct Ambiguous {
    size_t figure;
    std::string day_first, month_first;
  };

  Figure to_figure(const Found& f) const {
    Figure fig;
    fig.span = {f.start, f.end};
    fig.kind = FigureKind::kDate;
    fig.date = iso_value(f.year, f.month, f.day);
    fig.approx = f.approx;
    fig.rule = f.rule;
    return fig;
  }

  void resolve_ambiguous(std::vector<Figure>* out) const {
    bool day_first = day_first_votes_ > month_first_votes_;
    for (const Ambiguous& a : ambiguous_) {
      Figure& f = (*out)[a.figure];
      f.date = day_first ? a.day_first : a.month_first;
      f.rule = day_first ? "date.numeric_dmy" : "date.numeric_mdy";
    }
  }

  // --- token helpers -------------------------------------------------------

  size_t size() const { return toks_.size(); }
  bool is_word(size_t i) const { return i < size() && toks_[i].kind == TokKind::kWord; }
  bool is_number(size_t i) const { return i < size() && toks_[i].kind == TokKind::kNumber; }
  bool is_punct(size_t i, char16_t c) const {
    return i < size() && toks_[i].kind == TokKind::kPunct && text_[toks_[i].start] == c;
  }
  char16_t punct(size_t i) const {
    return i < size() && toks_[i].kind == TokKind::kPunct ? text_[toks_[i].start] : 0;
  }
  // Glued to the previous token.
  bool joined(size_t i) const { return i < size() && !toks_[i].space_before; }
  // After some space holding at most one line break: parts of one date.
  bool spaced(size_t i) const {
    return i < size() && toks_[i].space_before && toks_[i].breaks <= 1;
  }
  FoldedWord folded(size_t i) const {
    if (i >= size()) return {};
    const Token& t = toks_[i];
    if (t.end - t.start > kMaxWord) return {};
    return FoldedWord(text_.substr(t.start, t.end - t.start));
  }
  bool is_count_word(size_t i) const {
    return i < size() && lex_.count_words[lang_].contains(folded(i).view());
  }
  bool is_connector(size_t i) const {
    if (i >= size() || toks_[i].kind == TokKind::kNumber) return false;
    return lex_.range_connectors.contains(folded(i).view());
  }

  // Start of a sentence, a line or the text: where a French month may be
  // capitalized without being a name.
  bool at_sentence_start(size_t i) const {
    if (i == 0 || toks_[i].breaks > 0) return true;
    static const std::u16string_view kOpeners = u".!?…:;—–-•|·";
    char16_t p = punct(i - 1);
    return p != 0 && kOpeners.find(p) != std::u16string_view::npos;
  }

  // --- parts ---------------------------------------------------------------

  // A day number 1-31, with an ordinal suffix glued to it ("1er", "3rd").
  std::optional<DayPart> day_at(size_t i) const {
    if (!is_number(i)) return std::nullopt;
    const Token& t = toks_[i];
    if (t.digits > 2 || t.value < 1 || t.value > 31) return std::nullopt;
    DayPart d{t.value, t.end, i + 1};
    if (is_word(d.next) && joined(d.next)) {
      // "3D", "10h", "5G" are not days.
      if (!lex_.ordinal_suffixes.contains(folded(d.next).view())) return std::nullopt;
      d.end = toks_[d.next].end;
      ++d.next;
    }
    return d;
  }

  // What may touch a day number on its left: not a word ("A23"), not the
  // decimal part of a number ("2,5"), not a time or a fraction ("10:30",
  // "1/2").
  bool day_left_ok(size_t i) const {
    if (i >= size()) return false;  // no token, so no day: "au 28 février à" ends the text
    if (i == 0 || toks_[i].space_before) return true;
    const Token& p = toks_[i - 1];
    if (p.kind != TokKind::kPunct) return false;
    char16_t c = text_[p.start];
    if (c == u'/' || c == u':' || c == u'_' || c == u'+' || c == u'°' || c == u'#' ||
        c == u'=' || c == u'@' || c == u'\\')
      return false;
    if ((c == u'.' || c == u',') && i >= 2 && toks_[i - 2].kind == TokKind::kNumber &&
        !p.space_before)
      return false;
    return true;
  }

  // What may follow a day written after its month: not "3,000", "3.5",
  // "3 million".
  bool day_right_ok(size_t i) const {
    if (i >= size()) return true;
    if (!toks_[i].space_before) {
      char16_t c = punct(i);
      if ((c == u',' || c == u'.') && is_number(i + 1) && joined(i + 1)) return false;
      if (c == u'%') return false;
      return true;
    }
    return toks_[i].breaks > 0 || !is_count_word(i);
  }

  std::optional<MonthPart> month_at(size_t j) const {
    if (!is_word(j)) return std::nullopt;
    const Token& t = toks_[j];
    if (t.end - t.start < kShortestMonth || t.end - t.start > kLongestMonth) return std::nullopt;
    if (!lex_.may_be_month(std::u16string_view(text_.data() + t.start, t.end - t.start)))
      return std::nullopt;
    const FoldedWord folded_word(std::u16string_view(text_.data() + t.start, t.end - t.start));
    const std::u16string_view f = folded_word.view();
    const DateLang other = lang_ == kDateFr ? kDateEn : kDateFr;
    const MonthForm* form = lex_.months[lang_].find(f);
    MonthPart m;
    m.native = form != nullptr;
    if (!form) form = lex_.months[other].find(f);
    if (!form) return std::nullopt;
    m.month = form->month;
    m.needs_day = form->needs_day;
    m.needs_capital = form->needs_capital;
    m.no_capital_mid_sentence = form->no_capital_mid_sentence;
    m.english_form = lex_.months[kDateEn].contains(f);
    m.end = t.end;
    m.next = j + 1;
    if (form->abbreviated && is_punct(m.next, u'.') && joined(m.next)) {
      m.end = toks_[m.next].end;
      ++m.next;
    }
    bool first_upper = u_isupper(text_[t.start]);
    bool all_upper = first_upper;
    for (int32_t k = t.start + 1; k < t.end && all_upper; ++k)
      if (u_islower(text_[k])) all_upper = false;
    m.casing = all_upper ? MonthPart::kUpper : first_upper ? MonthPart::kCapitalized
                                                           : MonthPart::kLower;
    return m;
  }

  // Whether the month word at token j reads as a month, given what stands
  // around it. See the header for the reasons.
  bool month_ok(const MonthPart& m, size_t j, bool has_day, bool has_year) const {
    if (!m.native) return has_day && has_year;
    if (m.needs_day && !has_day) return false;
    if (m.needs_capital && m.casing == MonthPart::kLower) return false;
    if (m.no_capital_mid_sentence && m.casing == MonthPart::kCapitalized && !has_day)
      return at_sentence_start(j);
    return true;
  }

  // A four-digit year in [min_year, max_year] that is not a count ("2000
  // ans"), a decimal ("2025,5"), a decade ("1990s"), a span of years
  // ("2024-2025") or the head of a grouped number ("2 025 000").
  std::optional<YearPart> year_at(size_t k, int min_year, int max_year) const {
    if (!is_number(k)) return std::nullopt;
    const Token& t = toks_[k];
    if (t.digits != 4 || t.value < min_year || t.value > max_year) return std::nullopt;
    size_t r = k + 1;
    if (r < size()) {
      const Token& after = toks_[r];
      if (!after.space_before) {
        if (after.kind == TokKind::kWord) return std::nullopt;
        char16_t c = text_[after.start];
        if ((c == u'.' || c == u',' || c == u'-' || c == u'/' || c == u'–') && is_number(r + 1) &&
            joined(r + 1))
          return std::nullopt;
        if (is_count_word(r)) return std::nullopt;  // "2025%"
      } else if (after.breaks == 0) {
        if (after.kind == TokKind::kNumber && after.digits == 3) return std::nullopt;
        if (is_count_word(r)) return std::nullopt;
      }
    }
    return YearPart{t.value, t.end, k + 1};
  }

  // --- rules ---------------------------------------------------------------

  // False at the tokens where no rule can start, most of the text: a
  // punctuation mark, or a word that cannot be a month name (month_at) by
  // its length and its first two and last units (DateLexicon::may_be_month).
  // Answered from the token alone, so
  // the main loop lets them go without trying the rules.
  bool may_start_date(size_t i) const {
    const Token& t = toks_[i];
    if (t.kind == TokKind::kNumber) return true;
    if (t.kind != TokKind::kWord) return false;
    const int32_t length = t.end - t.start;
    return length >= kShortestMonth && length <= kLongestMonth &&
           lex_.may_be_month(std::u16string_view(text_.data() + t.start, length));
  }

  Attempt try_at(size_t i) {
    if (is_number(i)) {
      if (Attempt a = numeric_at(i); a.resume) return a;
      if (Attempt a = short_numeric_at(i); a.resume) return a;
      if (Attempt a = day_first_at(i); a.resume) return a;
      if (Attempt a = range_start_at(i); a.resume) return a;
      if (Attempt a = year_with_cue_at(i); a.resume) return a;
    } else if (is_word(i)) {
      if (Attempt a = month_first_at(i); a.resume) return a;
    }
    return {};
  }

  // date.iso, date.numeric_ymd, date.numeric_dmy, date.numeric_mdy: five
  // glued tokens N sep N sep N. Reads at most 8 tokens.
  Attempt numeric_at(size_t i) {
    if (!(is_number(i + 2) && is_number(i + 4) && joined(i + 1) && joined(i + 2) &&
          joined(i + 3) && joined(i + 4)))
      return {};
    char16_t sep = punct(i + 1);
    if ((sep != u'/' && sep != u'.' && sep != u'-') || punct(i + 3) != sep) return {};
    // Not part of a longer chain: a path, a version, a phone number.
    if (i > 0 && !toks_[i].space_before) {
      if (toks_[i - 1].kind != TokKind::kPunct) return {};
      char16_t c = text_[toks_[i - 1].start];
      if (c == u'/' || c == u'.' || c == u'-' || c == u',' || c == u'_' || c == u'+' ||
          c == u'\\')
        return {};
    }
    size_t r = i + 5;
    bool iso_time = false;
    if (r < size() && joined(r)) {
      if (toks_[r].kind == TokKind::kWord) {
        // "2025-01-23T10:30": the time is not part of the date.
        iso_time = toks_[r].end - toks_[r].start == 1 && (text_[toks_[r].start] | 0x20) == u't' &&
                   is_number(r + 1) && joined(r + 1);
        if (!iso_time) return {};
      } else {
        char16_t c = punct(r);
        if ((c == u'/' || c == u'.' || c == u'-' || c == u',' || c == u':') && is_number(r + 1) &&
            joined(r + 1))
          return {};
      }
    }
    const Token& a = toks_[i];
    const Token& b = toks_[i + 2];
    const Token& c = toks_[i + 4];
    Found f;
    f.start = a.start;
    f.end = c.end;
    if (a.digits == 4) {
      int want = sep == u'-' ? 2 : 0;  // ISO writes two digits
      if (want && (b.digits != 2 || c.digits != 2)) return {};
      if (b.digits > 2 || c.digits > 2 || a.value < 1000 || a.value > 2199) return {};
      if (b.value < 1 || b.value > 12 || !valid_day(a.value, b.value, c.value)) return {};
      if (iso_time && sep != u'-') return {};
      f.year = a.value;
      f.month = b.value;
      f.day = c.value;
      f.rule = sep == u'-' ? "date.iso" : "date.numeric_ymd";
      return {{f}, i + 5};
    }
    if (iso_time || a.digits > 2 || b.digits > 2) return {};
    int year;
    if (c.digits == 4) {
      year = c.value;
    } else if (c.digits == 2 && sep == u'/') {
      year = c.value < 70 ? 2000 + c.value : 1900 + c.value;
    } else {
      return {};
    }
    if (year < 1000 || year > 2199) return {};
    bool dmy = b.value >= 1 && b.value <= 12 && valid_day(year, b.value, a.value);
    bool mdy = a.value >= 1 && a.value <= 12 && valid_day(year, a.value, b.value);
    if (!dmy && !mdy) return {};
    f.year = year;
    if (dmy && mdy && a.value != b.value && lang_ == kDateEn) {
      // Settled at the end by the document's own habits.
      f.month = a.value;
      f.day = b.value;
      f.rule = "date.numeric_mdy";
      f.either_order = true;
      return {{f}, i + 5};
    }
    if (dmy && !mdy) ++day_first_votes_;
    if (mdy && !dmy) ++month_first_votes_;
    bool use_dmy = dmy && (lang_ == kDateFr || !mdy || a.value == b.value);
    f.month = use_dmy ? b.value : a.value;
    f.day = use_dmy ? a.value : b.value;
    f.rule = use_dmy ? "date.numeric_dmy" : "date.numeric_mdy";
    return {{f}, i + 5};
  }

  // date.numeric_dm: "le 15/03" (French only, right after "le", "du" or
  // "au", day 1-31 and a two-digit month), where a bare "15/03" could be a
  // fraction or a score. Reads at most 5 tokens.
  Attempt short_numeric_at(size_t i) {
    if (lang_ != kDateFr || i == 0 || !toks_[i].space_before || toks_[i].breaks > 0) return {};
    if (!(is_punct(i + 1, u'/') && joined(i + 1) && is_number(i + 2) && joined(i + 2))) return {};
    const FoldedWord before = folded(i - 1);
    if (!is_word(i - 1) || (before != u"le" && before != u"du" && before != u"au")) return {};
    const Token& d = toks_[i];
    const Token& m = toks_[i + 2];
    if (d.digits > 2 || m.digits != 2 || m.value < 1 || m.value > 12) return {};
    if (!valid_day(0, m.value, d.value)) return {};
    // Not "le 15/03h" nor a longer chain "le 15/03/7", "le 1/12.5".
    size_t r = i + 3;
    if (is_word(r) && joined(r)) return {};
    if (joined(r) && punct(r) != 0 && is_number(r + 1) && joined(r + 1)) return {};
    Found f;
    f.start = d.start;
    f.end = m.end;
    f.month = m.value;
    f.day = d.value;
    f.rule = "date.numeric_dm";
    return {{f}, i + 3};
  }

  // Day, month and maybe year from token i: "23 janvier 2025", "1er mars",
  // "the 3rd of March". Reads at most 7 tokens. `killed` is set when the
  // words form an impossible date ("31 février 2025"), whose parts must
  // not be reused.
  std::optional<Found> day_month_parts(size_t i, bool* killed, size_t* resume) const {
    if (!day_left_ok(i)) return std::nullopt;
    auto d = day_at(i);
    if (!d) return std::nullopt;
    size_t j = d->next;
    if (spaced(j) && is_word(j) && folded(j) == u"of") ++j;  // "the 3rd of March"
    if (!spaced(j)) return std::nullopt;
    auto m = month_at(j);
    if (!m) return std::nullopt;
    std::optional<YearPart> y;
    if (spaced(m->next)) {
      y = year_at(m->next, 1000, 2199);
    } else if (m->english_form && is_punct(m->next, u',') && spaced(m->next + 1)) {
      y = year_at(m->next + 1, 1000, 2199);  // "23rd January, 2025"
    }
    bool has_year = y.has_value();
    if (!month_ok(*m, j, true, has_year)) {
      if (has_year && month_ok(*m, j, true, false)) {
        has_year = false;
      } else {
        return std::nullopt;
      }
    }
    if (!valid_day(has_year ? y->year : 0, m->month, d->day)) {
      *killed = true;
      *resume = has_year ? y->next : m->next;
      return std::nullopt;
    }
    Found f;
    f.start = toks_[i].start;
    f.end = has_year ? y->end : m->end;
    f.year = has_year ? y->year : 0;
    f.month = m->month;
    f.day = d->day;
    f.rule = has_year ? "date.day_month_year" : "date.day_month";
    *resume = has_year ? y->next : m->next;
    return f;
  }

  void vote(bool english_form, bool day_first) {
    if (!english_form) return;
    ++(day_first ? day_first_votes_ : month_first_votes_);
  }

  // date.day_month_year, date.day_month, date.day_month_range.
  Attempt day_first_at(size_t i) {
    bool killed = false;
    size_t resume = 0;
    auto f = day_month_parts(i, &killed, &resume);
    if (killed) return {{}, resume};
    if (!f) return {};
    vote(english_month_between(i, resume), true);
    if (f->year == 0) {
      // "du 28 février au 3 mars 2025": the year of the second date.
      size_t k = resume;
      if (is_connector(k) && folded(k) != u",") {
        ++k;
        if (is_word(k) && (folded(k) == u"le" || folded(k) == u"the")) ++k;
        bool killed2 = false;
        size_t resume2 = 0;
        auto second = day_month_parts(k, &killed2, &resume2);
        if (second && second->year && valid_day(second->year, f->month, f->day)) {
          f->year = second->year;
          f->rule = "date.day_month_range";
        }
      }
    }
    return {{*f}, resume};
  }

  bool english_month_between(size_t from, size_t to) const {
    for (size_t k = from; k < to && k < size(); ++k)
      if (is_word(k)) {
        auto m = month_at(k);
        if (m) return m->english_form && lang_ == kDateEn;
      }
    return false;
  }

  // date.range_start: "du 3 au 5 mars", "les 3, 4 et 5 mai", "3-5 mars".
  // Follows at most six (connector, day) hops, then needs a day and month.
  Attempt range_start_at(size_t i) {
    if (!day_left_ok(i)) return {};
    auto first = day_at(i);
    if (!first) return {};
    size_t k = first->next;
    for (int hop = 0; hop < 6; ++hop) {
      if (!is_connector(k)) return {};
      if (toks_[k].breaks > 0) return {};
      ++k;
      if (!is_number(k) || toks_[k].breaks > 0) return {};
      bool killed = false;
      size_t resume = 0;
      if (auto last = day_month_parts(k, &killed, &resume)) {
        if (first->day >= last->day || !valid_day(last->year, last->month, first->day))
          return {};
        Found f;
        f.start = toks_[i].start;
        f.end = first->end;
        f.year = last->year;
        f.month = last->month;
        f.day = first->day;
        f.rule = "date.range_start";
        return {{f}, first->next};
      }
      if (killed) return {};
      auto middle = day_at(k);
      if (!middle) return {};
      k = middle->next;
    }
    return {};
  }

  // date.month_day_year, date.month_day, date.range_end, date.month_year.
  // Reads at most 9 tokens after the month.
  Attempt month_first_at(size_t j) {
    auto m = month_at(j);
    if (!m) return {};
    // Month-first order is English: "January 23, 2025", "Sept. 3".
    if (m->english_form && spaced(m->next)) {
      if (auto d = day_at(m->next); d && day_right_ok(d->next)) {
        size_t k = d->next;
        // "March 3-5, 2025": a second day, then the shared year.
        std::optional<DayPart> end_day;
        size_t end_day_token = 0;
        if (is_connector(k) && punct(k) != u',' && toks_[k].breaks == 0) {
          end_day_token = k + 1;
          end_day = day_at(end_day_token);
          if (end_day && end_day->day > d->day && day_right_ok(end_day->next)) {
            k = end_day->next;
          } else {
            end_day.reset();
          }
        }
        size_t year_token = k;
        if (is_punct(k, u',') && toks_[k].breaks == 0) year_token = k + 1;
        std::optional<YearPart> y;
        if (spaced(year_token)) y = year_at(year_token, 1000, 2199);
        bool has_year = y.has_value();
        bool ok = month_ok(*m, j, true, has_year);
        if (!ok && has_year && month_ok(*m, j, true, false)) {
          has_year = false;
          ok = true;
        }
        // Outside English text the order is foreign: only a full date
        // ("January 23, 2025" quoted in French), not "sept. 3 d'entre eux".
        if (lang_ != kDateEn && !has_year) ok = false;
        if (ok) {
          int year = has_year ? y->year : 0;
          if (!valid_day(year, m->month, d->day) ||
              (end_day && !valid_day(year, m->month, end_day->day)))
            return {{}, has_year ? y->next : d->next};  // "February 30, 2025"
          vote(m->english_form && lang_ == kDateEn, false);
          Found f;
          f.start = toks_[j].start;
          f.year = year;
          f.month = m->month;
          f.day = d->day;
          if (!end_day) {
            f.end = has_year ? y->end : d->end;
            f.rule = has_year ? "date.month_day_year" : "date.month_day";
            return {{f}, has_year ? y->next : d->next};
          }
          f.end = d->end;
          f.rule = "date.range_start";
          Found g;
          g.start = toks_[end_day_token].start;
          g.end = has_year ? y->end : end_day->end;
          g.year = year;
          g.month = m->month;
          g.day = end_day->day;
          g.rule = "date.range_end";
          return {{f, g}, has_year ? y->next : end_day->next};
        }
      }
    }
    // "mars 2024", "Jan. 2025".
    if (!spaced(m->next)) return {};
    auto y = year_at(m->next, 1000, 2199);
    if (!y || preceded_by_day(j) || !month_ok(*m, j, false, true)) return {};
    Found f;
    f.start = toks_[j].start;
    f.end = y->end;
    f.year = y->year;
    f.month = m->month;
    f.rule = "date.month_year";
    return {{f}, y->next};
  }

  // A day number just before the month at token j: then the day-first rule
  // has already judged these words and "31 février 2025" must not come back
  // as "février 2025".
  bool preceded_by_day(size_t j) const {
    if (j == 0 || !toks_[j].space_before) return false;
    size_t p = j - 1;
    if (is_word(p) && folded(p) == u"of" && p > 0) --p;
    if (is_word(p) && joined(p) && p > 0 && is_number(p - 1)) --p;  // "1er"
    return is_number(p) && toks_[p].digits <= 2;
  }

  // date.year_with_cue: "en 2025", "d'ici 2030", "mi-2024", "by 2030". Looks
  // back at most kCueWindow code units on the same line.
  Attempt year_with_cue_at(size_t i) {
    auto y = year_at(i, 1800, 2100);
    if (!y) return {};
    const Token& t = toks_[i];
    bool glued = !t.space_before;
    if (glued) {
      char16_t p = punct(i - 1);
      if (p != u'-' && !is_apostrophe(p)) return {};
    } else if (t.breaks > 0) {
      return {};
    }
    constexpr int32_t kCueWindow = 40;
    int32_t from = std::max<int32_t>(0, t.start - kCueWindow);
    bool cut = from > 0;
    for (int32_t k = t.start - 1; k >= from; --k) {
      if (is_line_break(text_, k)) {
        from = k + 1;
        cut = false;
        break;
      }
    }
    std::u16string window = fold_phrase(text_.substr(from, t.start - from));
    for (const YearCue& cue : lex_.year_cues) {
      char16_t last = cue.folded.back();
      bool cue_glued = last == u'-' || last == u'\'';
      if (cue_glued != glued || window.size() < cue.folded.size()) continue;
      size_t before = window.size() - cue.folded.size();
      if (window.compare(before, cue.folded.size(), cue.folded) != 0) continue;
      if (before == 0 ? cut : is_letter(window[before - 1]) || is_digit(window[before - 1]))
        continue;
      Found f;
      f.start = t.start;
      f.end = y->end;
      f.year = y->year;
      f.rule = "date.year_with_cue";
      f.approx = cue.approx;
      return {{f}, y->next};
    }
    return {};
  }

  const std::u16string_view text_;
  const DateLang lang_;
  const DateLexicon& lex_;
  const std::vector<Token>& toks_;
  int day_first_votes_ = 0;
  int month_first_votes_ = 0;
  std::vector<Ambiguous> ambiguous_;
};

bool is_full_date(const std::string& d) { return d.size() == 10 && d[0] != '-'; }

// The ASCII line breaks and byline separators (is_line_break, kSeparators
// in find_publication_date).
constexpr std::array<bool, 0x80> kAsciiBreakOrSeparator = [] {
  std::array<bool, 0x80> table{};
  table[u'\n'] = table[u'\r'] = table[u'|'] = table[u'/'] = true;
  return table;
}();

// False for every unit that is neither a line break nor a byline
// separator. An ASCII unit is answered by one table read, with no branch
// on which unit it is (spaces, the most frequent, would mispredict).
inline bool may_break_or_separate(char16_t c) {
  if (c < 0x80) return kAsciiBreakOrSeparator[c];
  return c == 0x85 || c == 0x2028 || c == 0x2029 || c == u'•' || c == u'·' || c == u'–' ||
         c == u'—';
}

// The first unit in [pos, end) that may be a line break or a byline
// separator, or `end`.
size_t next_break_or_separator(std::u16string_view text, size_t pos, size_t end) {
  const char16_t* const units = text.data();
  while (pos < end && !may_break_or_separate(units[pos])) ++pos;
  return pos;
}

// Where to start looking for the cues that may reach a date starting at
// `date_start`: before the `runs`-th run of non-space units back from it,
// and before the spaces ahead of that run (where the line break before a
// cue stands); never before `floor`. A run holds at least one token, so a
// cue whose first word is fewer than `runs` - 1 tokens before the date,
// and the break or separator before that word, are at or after the
// position returned.
size_t earliest_cue_start(std::u16string_view text, size_t date_start, size_t floor, int runs) {
  size_t p = date_start;
  for (int r = 0; r < runs && p > floor; ++r) {
    while (p > floor && is_space(text[p - 1])) --p;
    while (p > floor && !is_space(text[p - 1])) --p;
  }
  while (p > floor && is_space(text[p - 1])) --p;
  return p;
}

}  // namespace

std::vector<Figure> find_dates(const Document& doc) {
  return find_dates(doc, figures::tokenize(doc.text));
}

std::vector<Figure> find_dates(const Document& doc, const std::vector<figures::Token>& tokens) {
  DateScanner scanner(doc, tokens);
  return scanner.run();
}

// A cue can only start a line or follow a separator, so only the token after
// each line break and each separator is read (no tokens for the rest); a
// cue whose first word it is reads at most its own words plus kMaxFillers
// filler tokens, and each candidate date is found by binary search. So a
// cue gives a date only when it stands a bounded number of tokens before
// that date: only the text just before each full date is looked at, each
// unit at most once, in text order (which decides among equal cues).
std::optional<std::string> find_publication_date(const Document& doc,
                                                 const std::vector<Figure>& dates) {
  const DateLexicon& lex = date_lexicon();
  const std::u16string_view text = doc.text;
  std::vector<const Figure*> full;
  for (const Figure& f : dates)
    if (f.kind == FigureKind::kDate && is_full_date(f.date)) full.push_back(&f);
  std::sort(full.begin(), full.end(),
            [](const Figure* a, const Figure* b) { return a->span.start < b->span.start; });
  auto date_starting_at = [&](int32_t start) -> const Figure* {
    auto it = std::lower_bound(full.begin(), full.end(), start,
                               [](const Figure* f, int32_t s) { return f->span.start < s; });
    return it != full.end() && (*it)->span.start == start ? *it : nullptr;
  };
  auto folded = [&](const Token& t) -> FoldedWord {
    if (t.kind != TokKind::kWord || t.end - t.start > kMaxWord) return {};
    return FoldedWord(text.substr(t.start, t.end - t.start));
  };
  static const std::u16string_view kSeparators = u"|•·–—/";
  static const std::u16string_view kFillerPunct = u":-–—|,.";
  constexpr int kMaxFillers = 12;  // "Published 9:30 AM EST, Thu" is 10
  size_t longest_cue = 0;
  for (const PublicationCue& cue : lex.publication_cues)
    longest_cue = std::max(longest_cue, cue.words.size());

  // The cues starting with word `first`, then the date after them.
  std::optional<std::string> updated;
  std::vector<Token> after;  // the tokens after the first word
  auto read_cues = [&](const Token& first, TokenReader& reader) -> std::optional<std::string> {
    const FoldedWord first_word = folded(first);
    after.clear();
    for (const PublicationCue& cue : lex.publication_cues) {
      if (first_word != cue.words[0]) continue;
      if (after.empty()) {
        Token t;
        while (after.size() < longest_cue - 1 + kMaxFillers && reader.next(&t)) after.push_back(t);
      }
      size_t k = 0;
      bool matched = true;
      for (size_t w = 1; w < cue.words.size() && matched; ++w, ++k)
        matched = k < after.size() && after[k].breaks == 0 && folded(after[k]) == cue.words[w];
      if (!matched) continue;
      int breaks = 0;
      const Figure* date = nullptr;
      for (int step = 0; step < kMaxFillers && k < after.size(); ++step, ++k) {
        const Token& t = after[k];
        breaks += t.breaks;
        if (breaks > 2) break;
        if ((date = date_starting_at(t.start))) break;
        bool filler = false;
        switch (t.kind) {
          case TokKind::kWord: filler = lex.publication_fillers.contains(folded(t).view()); break;
          case TokKind::kNumber: filler = t.digits <= 2; break;  // "9:30", "10h30"
          case TokKind::kPunct:
            filler = kFillerPunct.find(text[t.start]) != std::u16string_view::npos;
            break;
        }
        if (!filler) break;
      }
      if (!date) continue;
      if (cue.role == PublicationRole::kPublished) return date->date;
      if (!updated) updated = date->date;
    }
    return std::nullopt;
  };

  // Reads the token after `pos`; when it is a word, the cues it starts.
  int32_t last_read = -1;  // the same token may follow a break and a separator
  auto try_token_after = [&](size_t pos) -> std::optional<std::string> {
    TokenReader reader(text, pos);
    Token first;
    if (!reader.next(&first) || first.start <= last_read) return std::nullopt;
    last_read = first.start;
    if (first.kind != TokKind::kWord) return std::nullopt;
    return read_cues(first, reader);
  };
  // Line starts: the first token of the text, the token after each line
  // break. Byline items: the token after a separator (never part of a word).
  if (std::optional<std::string> published = try_token_after(0)) return published;
  // The first word of a cue is at most longest_cue - 1 + kMaxFillers tokens
  // before its date; one run more for a separator before it, one for margin.
  const int runs_back = static_cast<int>(longest_cue) + kMaxFillers + 2;
  size_t looked_at = 0;  // the text before this has been looked at
  for (const Figure* date : full) {
    const size_t date_start = static_cast<size_t>(date->span.start);
    if (date_start <= looked_at) continue;
    const size_t from = earliest_cue_start(text, date_start, looked_at, runs_back);
    for (size_t p = next_break_or_separator(text, from, date_start); p < date_start;
         p = next_break_or_separator(text, p + 1, date_start)) {
      std::optional<std::string> published;
      if (is_line_break(text, p)) {
        published = try_token_after(p);
      } else if (kSeparators.find(text[p]) != std::u16string_view::npos) {
        published = try_token_after(p + 1);
      }
      if (published) return published;
    }
    looked_at = date_start;
  }
  return updated;
}

}  // namespace tx
