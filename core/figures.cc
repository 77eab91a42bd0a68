// The figure scanner: one left-to-right pass over the text that tries, at
// each digit, sign, symbol or word start, the rules below, and jumps past
// whatever it read. Amounts come from numbers.h, their units from money.h,
// percent.h and quantities.h, hedges from hedges.h.
//
// Bounds: every attempt reads a digit run once (a run that gives nothing is
// skipped whole), then a fixed number of lexicon matches, each bounded by
// the longest phrase of its table; ranges look at most one amount ahead,
// and the position only moves forward, so the pass is linear in the text.
#include "figures.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "data_files.h"
#include "dates.h"
#include "figure_lexicon.h"
#include "figure_tokens.h"
#include "figure_word_map.h"
#include "hedges.h"
#include "money.h"
#include "numbers.h"
#include "percent.h"
#include "quantities.h"
#include "text.h"

namespace tx {
namespace {

using namespace figures;

// --- bare-number policy lexicon (data/lexicons/figures/number_context.tsv)

struct NumberContext {
  std::unordered_set<std::u16string> before, after, capital_ok, determiner;
};

const NumberContext& number_context() {
  static const NumberContext ctx = [] {
    NumberContext c;
    for (const auto& row : read_tsv(data_file("lexicons/figures/number_context.tsv"))) {
      if (row.size() < 2) continue;
      std::u16string word = fold_phrase(row[1]);
      if (row[0] == "before") c.before.insert(word);
      else if (row[0] == "after") c.after.insert(word);
      else if (row[0] == "capital_ok") c.capital_ok.insert(word);
      else if (row[0] == "determiner") c.determiner.insert(word);
    }
    return c;
  }();
  return ctx;
}

// Every rule the scanner tries at a word start or a symbol begins with a
// phrase matched at that very position: a hedge, a currency symbol or code,
// a round noun, a scale or a spelled-out number. Where none of them starts
// (at most words), no rule can find anything, so one match of the union of
// those tables (and one of the spelled numbers, whose hyphens read as
// spaces) replaces trying every rule.
//
// At a word start, a walk of a trie reads the word's letters one by one
// (a letter is never a gap) and a phrase cannot end inside the word (it
// would end before a letter): a phrase can match only if the whole word,
// folded, is a prefix of it. So the word's fold is looked up once in
// `first_words_`, which holds every prefix of every phrase of the two
// tables (folded), with the place a walk of each folded trie stands after
// reading it; the walks resume there. Most words are not in it, and most
// of those are let go by `first_word_filter_` before they are even folded.
// A prefix of a case-sensitive phrase ("US$", "Mds") is marked
// `case_sensitive` for its table: there the case-sensitive phrases of that
// table are matched from the word start as well. From the few common words
// that start phrases ("de", "l'", "à"), most walks stop at the next word's
// first unit: the units a walk goes on by are kept with the word (Step),
// and the walk is not made when the text's unit is not one of them. Each
// word also keeps which tables have a phrase starting with it (TableBit):
// at "des" (a hedge only) the currency, vague and amount rules, which
// each start with a phrase of their own table, are not tried.
class RuleStarts {
 public:
  // The tables a rule at a word start reads its first phrase from: the
  // bits of WordStart's `tables`.
  enum TableBit : uint8_t {
    kHedges = 1,      // match_hedge_before
    kCurrencies = 2,  // match_currency_before
    kRoundNouns = 4,  // match_round_noun
    kScales = 8,      // match_scale_word
    kSpelledNumbers = 16,  // match_spelled
    kAllTables = 31,
  };

  explicit RuleStarts(const std::string& lang) : spelled_(spelled_phrases(lang)) {
    const std::pair<const PhraseTable*, TableBit> parts[] = {
        {&hedge_before_phrases(lang), kHedges},
        {&currency_before_phrases(lang), kCurrencies},
        {&round_noun_phrases(lang), kRoundNouns},
        {&scale_phrases(lang), kScales}};
    for (const auto& [table, bit] : parts) phrases_.add_all(*table, 0);
    index_first_words(phrases_, kPhrases);
    index_first_words(spelled_, kSpelled);
    for (const auto& [table, bit] : parts) mark_tables(*table, bit);
    mark_tables(spelled_, kSpelledNumbers);
  }

  // Whether a phrase of the tables may match at `pos`, where no word starts.
  bool may_start_at(std::u16string_view text, size_t pos) const {
    return phrases_.match(text, pos) || spelled_.match(text, pos);
  }

  // What may start at a word: no rule, or only a spelled-out number (no
  // hedge, currency, round noun or scale: "un", "deux"), or any rule.
  enum class WordStart { kNone, kSpelledOnly, kAny };

  // What may start at the word text[pos, end) (a run of letters after
  // neither a letter nor a digit). With kAny, *tables gets the TableBits
  // of the tables that have a phrase starting with the word (as folded, or
  // as written): a rule whose table is not among them finds nothing here.
  WordStart at_word(std::u16string_view text, size_t pos, size_t end, uint8_t* tables) const {
    const size_t length = end - pos;
    *tables = kAllTables;
    if (length > kLongestIndexed) {
      if (phrases_.match(text, pos)) return WordStart::kAny;
      return spelled_.match(text, pos) ? WordStart::kSpelledOnly : WordStart::kNone;
    }
    const std::u16string_view letters(text.data() + pos, length);  // no checked substr
    if (!first_word_filter_.may_hold(letters, units_)) return WordStart::kNone;
    const FirstWord* word = first_words_.find_fold_of(letters, units_);
    if (!word) return WordStart::kNone;
    *tables = word->tables;
    if (may_match(phrases_, *word, kPhrases, text, pos, end)) return WordStart::kAny;
    return may_match(spelled_, *word, kSpelled, text, pos, end) ? WordStart::kSpelledOnly
                                                                 : WordStart::kNone;
  }

 private:
  // Prefixes longer than this are not indexed (a longer word is matched in
  // full); no phrase of the tables has a first word this long.
  static constexpr size_t kLongestIndexed = 32;

  // The two tables, by their index in FirstWord.
  enum Table { kPhrases = 0, kSpelled = 1 };

  struct FirstWord {
    PhraseTable::Place places[2];        // in the folded trie of each table
    bool case_sensitive[2] = {false, false};  // a prefix of a case-sensitive phrase too
    // The steps of each table's place (steps_[first_step, first_step +
    // step_count)); none when a phrase ends at the place.
    uint32_t first_step[2] = {0, 0};
    uint8_t step_count[2] = {0, 0};
    uint8_t tables = 0;  // TableBits: the tables with a phrase through this word
  };

  // The walk on from a word of the text ("de", "l", "à") reads a unit of
  // key `key` (a space, an apostrophe), then the next word's first unit:
  // when that unit is below kLatinTableSize and not in `next`, the walk
  // stops there without a match (PhraseTable::units_after).
  struct Step {
    char16_t key;
    PhraseTable::LatinUnitSet next;
  };

  // Whether a phrase of `table` matches at the word text[pos, end), whose
  // fold is `word`.
  bool may_match(const PhraseTable& table, const FirstWord& word, Table which,
                 std::u16string_view text, size_t pos, size_t end) const {
    if (!stops_after_word(table, word, which, text, end) &&
        table.resumes_to_a_phrase(word.places[which], text, pos, end))
      return true;
    return word.case_sensitive[which] && table.match_case_sensitive(text, pos);
  }

  // True when the walk of `table` from the word that ends at `end` surely
  // stops within the next two units, before any phrase: most walks from
  // the common words that start phrases ("de", "l'", "à") are not made.
  bool stops_after_word(const PhraseTable& table, const FirstWord& word, Table which,
                        std::u16string_view text, size_t end) const {
    const uint8_t count = word.step_count[which];
    if (count == 0 || end + 1 >= text.size()) return false;
    // A unit that is not a space: the gap (if any) is the one unit at
    // `end`, and the walk reads this unit next.
    const char16_t next = text[end + 1];
    if (next >= kLatinTableSize || units_.space(next)) return false;
    const char16_t key = table.key_at(word.places[which], text[end]);
    const Step* steps = steps_.data() + word.first_step[which];
    for (uint8_t k = 0; k < count; ++k)
      if (steps[k].key == key) return !steps[k].next.contains(next);
    return false;
  }

  // Calls fn(key, place) for each word that may start a phrase of `table`:
  // its prefixes that are whole words, folded, with their place.
  template <typename Fn>
  static void for_each_first_word(const PhraseTable& table, Fn&& fn) {
    table.for_each_prefix([&](std::u16string_view prefix, const PhraseTable::Place& place) {
      // A word's letters are never read as a gap.
      if (prefix.size() > kLongestIndexed || prefix.find(u' ') != std::u16string_view::npos)
        return;
      // A word that ends where no phrase goes on ("quel" of "quelques")
      // starts nothing: it is left out, like any other word.
      if (!table.may_match_after_word(place)) return;
      std::u16string key(prefix);
      if (!place.folded)
        for (char16_t& c : key) c = fold_char(c);
      fn(key, place);
    });
  }

  void index_first_words(const PhraseTable& table, Table which) {
    for_each_first_word(table, [&](const std::u16string& key, const PhraseTable::Place& place) {
      FirstWord& word = first_words_.insert(key, FirstWord{});
      first_word_filter_.add(key);
      if (!place.folded) {
        word.case_sensitive[which] = true;
        return;
      }
      word.places[which] = place;
      if (table.ends_a_phrase(place)) return;
      word.first_step[which] = static_cast<uint32_t>(steps_.size());
      for (char16_t after : table.keys_after(place)) {
        // A word ends before a unit that is not a letter: a letter's key
        // is left out (a step left out only lets the walk be made).
        if (fast_is_letter(after) || word.step_count[which] == UINT8_MAX) continue;
        if (std::optional<PhraseTable::LatinUnitSet> next = table.units_after(place, after)) {
          steps_.push_back(Step{after, *next});
          ++word.step_count[which];
        }
      }
    });
  }

  // Sets `bit` in FirstWord::tables of each word that starts a phrase of
  // `table` (one of the tables indexed, so each such word is there): the
  // prefixes index_first_words() keeps, read from `table` alone.
  void mark_tables(const PhraseTable& table, TableBit bit) {
    for_each_first_word(table, [&](const std::u16string& key, const PhraseTable::Place&) {
      if (FirstWord* word = first_words_.find(key)) word->tables |= bit;
    });
  }

  PhraseTable phrases_;
  const PhraseTable& spelled_;
  WordMap<FirstWord> first_words_;
  std::vector<Step> steps_;
  FoldedWordFilter first_word_filter_;
  const UnitClassifier units_;
};

RuleStarts build_rule_starts(const std::string& lang) { return RuleStarts(lang); }

const RuleStarts& rule_starts(const std::string& lang) { return per_language<build_rule_starts>(lang); }

// What follows an amount and makes it money, a percentage or a quantity.
struct Unit {
  FigureKind kind = FigureKind::kNumber;
  size_t end = 0;
  std::string unit;
  const char* rule = "";
};

// One figure being built: the amount plus what the rules found around it.
struct Built {
  Figure figure;
  size_t end = 0;  // where scanning resumes
};

bool is_glue_before(char16_t c) {
  return c == u'-' || c == u'/' || c == u'.' || c == u':' || c == u'_' || c == u',' ||
         c == 0x2011;
}

// Marks that make the digits after them a reference, not an amount.
bool is_reference_mark(char16_t c) {
  return c == u'#' || c == 0x00B0 || c == 0x00BA || c == 0x2116 || c == 0x00A7;
}

// The second amount of a range after `first` ("15 et 25 milliards de
// dollars", "10-15 %", "$5 to $7 billion"), with its unit; nothing when
// what follows is not a range whose second half carries a unit, a scale or
// (when `with_currency`) its own currency symbol. Reads one connector and
// one amount: bounded.
struct RangePartner {
  Amount second;
  std::optional<Unit> unit;                 // its percent, currency or unit
  std::optional<CurrencyMatch> currency;    // its own symbol ("$7 billion")
  size_t start = 0;                         // where its figure starts
  bool and_joined = false;                  // "et", "and", "ou", "or" (not "à", "to", "-")
};


class Scanner {
 public:
  // `tokens`: figures::tokenize(doc.text), for the currency cue count.
  Scanner(const Document& doc, const std::vector<Token>& tokens)
      : text_(doc.text),
        lang_(doc.lang == "fr" ? "fr" : "en"),
        tokens_(tokens),
        currencies_(doc, tokens),
        rule_starts_(rule_starts(lang_)) {}

  std::vector<Figure> run();

 private:
  // Rules. Each returns the figures it read (empty: nothing here).
  std::vector<Built> amount_rule(size_t pos);
  std::vector<Built> currency_before_rule(size_t pos, const CurrencyMatch& currency);
  std::optional<Built> vague_rule(size_t start, size_t pos);

  std::optional<Unit> unit_after(const Amount& a, bool money_allowed);
  std::optional<Unit> unit_at(size_t pos, bool after_scale, bool money_allowed, bool after_word);
  std::optional<RangePartner> range_partner(const Amount& first, bool with_currency,
                                            bool bare = false);
  bool blocked_after(size_t end) const;
  bool keep_bare_number(const Amount& a);
  bool glued_before(size_t pos) const;
  std::u16string previous_word(size_t pos, bool* dot_between, bool* has_upper) const;

  Figure make(const Amount& a, FigureKind kind, size_t end, const std::string& unit,
              const char* rule) const;
  void apply_hedge(HedgeEffect effect, std::vector<Built>& group) const;

  // The word token that starts at `pos` when it is a run of letters only
  // (no combining mark), so that it ends where units_.word_end(text_, pos)
  // does; nullptr otherwise. `pos` never moves back between calls.
  const Token* letters_token_at(size_t pos);
  // Where the next token after the current one starts (the text's end
  // after the last): the units between are spaces, where no rule starts.
  size_t next_token_start() const;

  std::u16string_view text_;
  std::string lang_;
  // figures::tokenize(text_): the word ends are read from it instead of
  // from the text again, and the spaces after a word are skipped whole.
  const std::vector<Token>& tokens_;
  size_t token_ = 0;  // the first token that does not end at or before the scan
  CurrencyContext currencies_;
  const RuleStarts& rule_starts_;
  const UnitClassifier units_;
};

const Token* Scanner::letters_token_at(size_t pos) {
  while (token_ < tokens_.size() && static_cast<size_t>(tokens_[token_].end) <= pos) ++token_;
  if (token_ >= tokens_.size()) return nullptr;
  const Token& t = tokens_[token_];
  if (static_cast<size_t>(t.start) != pos || t.kind != TokKind::kWord || t.has_mark) return nullptr;
  return &t;
}

size_t Scanner::next_token_start() const {
  return token_ + 1 < tokens_.size() ? static_cast<size_t>(tokens_[token_ + 1].start)
                                     : text_.size();
}

Figure Scanner::make(const Amount& a, FigureKind kind, size_t end, const std::string& unit,
                     const char* rule) const {
  Figure f;
  f.span = {static_cast<int32_t>(a.start), static_cast<int32_t>(end)};
  f.kind = kind;
  double v = a.value();
  if (std::isfinite(v)) f.value = v;
  f.unit = unit;
  f.approx = a.approx;
  f.rule = rule;
  return f;
}

void Scanner::apply_hedge(HedgeEffect effect, std::vector<Built>& group) const {
  for (Built& b : group) {
    Figure& f = b.figure;
    f.approx = true;
    if (!f.value) continue;
    if (effect == HedgeEffect::kMin) f.min = f.value;
    if (effect == HedgeEffect::kMax) f.max = f.value;
  }
}

bool Scanner::glued_before(size_t pos) const {
  if (pos == 0) return false;
  char16_t prev = text_[pos - 1];
  if (is_word_char(prev) || is_reference_mark(prev)) return true;
  if (is_glue_before(prev) && pos >= 2 && is_word_char(text_[pos - 2])) return true;
  return false;
}

// The word before the gap before `pos`, folded; empty when a character
// other than a space (or one '.': "p. 12") stands between. Reads at most 40
// units back.
std::u16string Scanner::previous_word(size_t pos, bool* dot_between, bool* has_upper) const {
  *dot_between = false;
  *has_upper = false;
  size_t p = pos;
  size_t spaces = 0;
  while (p > 0 && fast_is_space(text_[p - 1]) && spaces < kMaxGap) --p, ++spaces;
  if (p > 0 && text_[p - 1] == u'.') {
    *dot_between = true;
    --p;
  }
  size_t end = p;
  while (p > 0 && fast_is_letter(text_[p - 1]) && end - p < 40) --p;
  if (p == end || (p > 0 && is_word_char(text_[p - 1]) && !is_apostrophe(text_[p - 1]))) return {};
  std::u16string word(text_.substr(p, end - p));
  for (char16_t& c : word) {
    *has_upper = *has_upper || u_isupper(c);
    c = fold_char(c);
  }
  return word;
}

// True when the word after `end` (or after its "de"/"d'"/"of") makes the
// number before it a duration, a date, a time, a score or an address
// (number_context.tsv, position "after").
bool Scanner::blocked_after(size_t end) const {
  const NumberContext& ctx = number_context();
  auto folded_word_at = [&](size_t at) {
    std::u16string word(text_.substr(at, word_end(text_, at) - at));
    for (char16_t& c : word) c = fold_char(c);
    return word;
  };
  std::optional<size_t> at = skip_gap(text_, end);
  if (!at || *at >= text_.size() || !fast_is_letter(text_[*at])) return false;
  if (ctx.after.count(folded_word_at(*at))) return true;
  // "une dizaine d'années": look past one joining word.
  std::optional<size_t> of = match_of(text_, end, lang_);
  if (!of || *of >= text_.size() || !fast_is_letter(text_[*of])) return false;
  return ctx.after.count(folded_word_at(*of)) > 0;
}

// Bare numbers (kind "number") are reported when they read as an amount of
// something: at least 10, or with decimals, a scale ("2 millions") or a
// round noun ("une centaine"). Not reported: years (dates), digits glued to
// letters or to other digits (codes, versions, phone numbers, scores),
// numbers with a leading zero, list numbering, references ("article 49",
// "page 3"), names ("Windows 11", "CAC 40": a capitalized word before),
// durations and ages ("30 ans"), dates ("23 janvier"), spelled-out numbers
// with no scale ("l'un des deux").
bool Scanner::keep_bare_number(const Amount& a) {
  const NumberContext& ctx = number_context();
  if (a.spelled) {
    if (!a.has_scale && !a.from_noun) return false;
  } else {
    const Numeral& n = *a.numeral;
    if (n.chained || n.leading_zero || n.too_long) return false;
    if (n.year_like() && !a.has_scale) return false;
    if (!a.has_scale && !n.has_decimal && std::fabs(a.raw_value()) < 10) return false;
    if (a.end < text_.size()) {
      char16_t next = text_[a.end];
      if (fast_is_letter(next) || is_digit(next) || is_reference_mark(next)) return false;
      // Hyphenated compounds: "10-K", "20-year-old", "3-D".
      if ((next == u'-' || next == 0x2011) && a.end + 1 < text_.size() && fast_is_letter(text_[a.end + 1]))
        return false;
      if (next == u')' && a.start > 0 && text_[a.start - 1] == u'(') return false;  // "(12)"
    }
    // A number among other bare digits ("06 12 34 56 78", "2019 300").
    size_t q = a.start;
    while (q > 0 && (text_[q - 1] == u' ' || text_[q - 1] == 0x00A0) && a.start - q < 2) --q;
    if (q < a.start && q > 0 && is_digit(text_[q - 1])) return false;
    if (a.start > 0 && text_[a.start - 1] == u'+') return false;
    std::optional<size_t> after = skip_gap(text_, a.end);
    if (after && *after > a.end && *after < text_.size() && is_digit(text_[*after]) &&
        std::count_if(text_.begin() + a.end, text_.begin() + *after,
                      [](char16_t c) { return c == u'\n'; }) == 0)
      return false;
    // List numbering: "12. ", "12) " at the start of a line.
    size_t line = a.start;
    while (line > 0 && (text_[line - 1] == u' ' || text_[line - 1] == u'\t') && a.start - line < 8)
      --line;
    bool at_line_start = line == 0 || text_[line - 1] == u'\n' || text_[line - 1] == u'\r';
    if (at_line_start && a.end < text_.size() &&
        (text_[a.end] == u'.' || text_[a.end] == u')' || text_[a.end] == u'/'))
      return false;
  }
  // An age after a name: "Jensen Huang, 61, said".
  if (!a.spelled && !a.has_scale && !a.numeral->has_decimal && a.raw_value() < 130) {
    size_t p = a.start;
    while (p > 0 && fast_is_space(text_[p - 1]) && a.start - p < 2) --p;
    bool comma_before = p > 1 && text_[p - 1] == u',';
    bool closes = a.end < text_.size() && (text_[a.end] == u',' || text_[a.end] == u')');
    if (comma_before && closes) {
      bool dot_ignored = false, name = false;
      previous_word(p - 1, &dot_ignored, &name);
      if (name) return false;
    }
  }
  // The words around.
  bool dot = false, upper = false;
  std::u16string before = previous_word(a.start, &dot, &upper);
  if (!before.empty()) {
    if (ctx.before.count(before)) return false;
    if (!dot && upper && !ctx.capital_ok.count(before)) return false;
  }
  if (blocked_after(a.end)) return false;
  // "entre 18 et 25 ans": the first number of a range whose second one is
  // a duration, a date or a score.
  if (!a.has_scale) {
    if (std::optional<RangePartner> r = range_partner(a, false, true))
      if (!r->unit && blocked_after(r->second.end)) return false;
  }
  return true;
}

// Percent, currency or unit at `pos` (after the amount's gap is handled by
// the matchers). `after_word`: a joining "de"/"of" came first.
std::optional<Unit> Scanner::unit_at(size_t pos, bool after_scale, bool money_allowed,
                                     bool after_word) {
  if (!after_word) {
    if (std::optional<PercentMatch> p = match_percent(text_, pos, lang_))
      return Unit{FigureKind::kPercent, p->end, p->unit,
                  p->is_sign ? "percent.sign" : "percent.words"};
  }
  if (money_allowed) {
    std::optional<size_t> at = after_word ? std::optional<size_t>(pos) : skip_gap(text_, pos);
    // "a 1.5-million-dollar fine"
    bool hyphen = !after_word && pos + 1 < text_.size() && text_[pos] == u'-' &&
                  fast_is_letter(text_[pos + 1]);
    if (hyphen) at = pos + 1;
    if (at && *at < text_.size()) {
      // A name needs a space or a joining word before it ("50 dollars");
      // symbols and codes may be glued ("50€", "50 M€").
      if (std::optional<CurrencyMatch> c = match_currency_after(text_, *at, lang_)) {
        bool glued_name = *at == pos && !after_word && fast_is_letter(text_[*at]) && !c->is_code &&
                          pos > 0 && is_digit(text_[pos - 1]);
        if (hyphen && (c->is_code || !fast_is_letter(text_[*at]))) glued_name = true;
        std::string code = currencies_.resolve(*c, after_scale);
        if (!code.empty() && !glued_name)
          return Unit{FigureKind::kMoney, c->end, code,
                      c->is_code ? "money.code_after" : "money.currency_after"};
      }
    }
  }
  if (std::optional<UnitMatch> u = match_unit(text_, pos, lang_, after_word))
    return Unit{FigureKind::kQuantity, u->end, u->symbol, "quantity.unit"};
  return std::nullopt;
}

std::optional<Unit> Scanner::unit_after(const Amount& a, bool money_allowed) {
  if (std::optional<Unit> u = unit_at(a.end, a.has_scale, money_allowed, false)) return u;
  if (a.joins_with_of()) {
    if (std::optional<size_t> of = match_of(text_, a.end, lang_)) {
      if (std::optional<Unit> u = unit_at(*of, a.has_scale, money_allowed, true)) {
        if (u->kind != FigureKind::kPercent) return u;
      }
    }
  }
  return std::nullopt;
}

std::optional<RangePartner> Scanner::range_partner(const Amount& first, bool with_currency,
                                                   bool bare) {
  RangePartner r;
  size_t p = first.end;
  bool dash = first.numeral && first.numeral->dash_follows;
  if (dash) {
    ++p;
  } else {
    std::optional<size_t> at = skip_gap(text_, p);
    if (!at || *at >= text_.size()) return std::nullopt;
    p = *at;
    char16_t c = text_[p];
    bool is_dash = c == u'-' || c == 0x2013 || c == 0x2014;
    size_t len = 0;
    if (is_dash) {
      len = 1;
    } else if (*at > first.end && at_word_start(text_, p)) {
      size_t end = word_end(text_, p);
      std::u16string w(text_.substr(p, end - p));
      for (char16_t& ch : w) ch = fold_char(ch);
      bool to_word = (w == u"a" && c == 0x00E0) || w == u"to";
      r.and_joined = w == u"et" || w == u"and" || w == u"ou" || w == u"or";
      if (to_word || r.and_joined) len = end - p;
    }
    if (len == 0) return std::nullopt;
    std::optional<size_t> after = skip_gap(text_, p + len);
    if (!after || (*after == p + len && !is_dash)) return std::nullopt;
    p = *after;
  }
  if (p >= text_.size()) return std::nullopt;
  r.start = p;
  if (with_currency) {
    if (std::optional<CurrencyMatch> c = match_currency_before(text_, p, lang_)) {
      std::optional<size_t> at = skip_gap(text_, c->end);
      if (!at || *at >= text_.size()) return std::nullopt;
      r.currency = c;
      p = *at;
    }
  }
  if (!is_digit(text_[p]) && !at_word_start(text_, p)) return std::nullopt;
  // Same kind on both sides: digits with digits, words with words.
  if (is_digit(text_[p]) == first.spelled) return std::nullopt;
  std::optional<Amount> second = scan_amount(text_, p, lang_, true);
  if (!second || second->from_noun) return std::nullopt;
  if (second->numeral && (second->numeral->chained || second->numeral->leading_zero))
    return std::nullopt;
  bool has_currency = r.currency.has_value() || with_currency;
  std::optional<Unit> unit = unit_after(*second, !r.currency.has_value());
  if (!unit && second->scale_needs_currency && !has_currency) {
    second = scan_amount(text_, p, lang_, false);
    if (!second) return std::nullopt;
    unit = unit_after(*second, true);
  }
  if (second->spelled && second->mantissa == 1 && !second->has_scale) return std::nullopt;
  if (!unit && !second->has_scale && !r.currency && !bare) return std::nullopt;
  r.second = *second;
  r.unit = unit;
  return r;
}

// Gives `first` the scale of the second half of its range ("75,6 et 69,7
// millions" -> 75.6 million) when it has none and is small enough to be
// short for it ("de 500 000 à 1 million" keeps 500000).
void share_scale(Amount& first, const Amount& second) {
  if (first.has_scale || !second.has_scale) return;
  if (std::fabs(first.raw_value()) >= 1000) return;
  first.scale_exp = second.scale_exp;
  first.has_scale = true;
}

std::vector<Built> Scanner::amount_rule(size_t pos) {
  std::optional<Amount> a = scan_amount(text_, pos, lang_, true);
  if (!a) return {};
  if (a->numeral && a->numeral->leading_zero) return {};  // "007", "06": codes
  std::optional<Unit> unit = unit_after(*a, true);
  if (!unit && a->scale_needs_currency) {
    a = scan_amount(text_, pos, lang_, false);
    if (!a) return {};
    unit = unit_after(*a, true);
  }
  // "un", "une", "one", "a": a number only with a scale ("un milliard").
  bool single_one = a->spelled && !a->from_noun && !a->has_scale && a->mantissa == 1;
  if (unit) {
    // "un pour cent" is 1 %, but "un dollar" is rarely an amount ("un dollar
    // fort"): a lone "un" counts only before a percent.
    if (single_one && std::string_view(unit->rule) != "percent.words") return {};
    return {Built{make(*a, unit->kind, unit->end, unit->unit, unit->rule), unit->end}};
  }
  if (a->numeral && a->numeral->chained && !a->numeral->dash_follows) return {};
  bool may_start_range = !a->has_scale && !a->from_noun;
  if (a->spelled && may_start_range) {
    // "l'un à 3 millions", "les deux à 5 %": a pronoun, not a range.
    bool dot = false, upper = false;
    std::u16string before = previous_word(pos, &dot, &upper);
    if ((pos > 0 && is_apostrophe(text_[pos - 1])) || number_context().determiner.count(before))
      may_start_range = false;
  }
  if (may_start_range) {
    if (std::optional<RangePartner> r = range_partner(*a, false)) {
      bool year = a->numeral && a->numeral->year_like();
      bool second_year = r->second.numeral && r->second.numeral->year_like();
      Amount first = *a;
      share_scale(first, r->second);
      if (!(year && !second_year) && (r->unit || first.has_scale)) {
        FigureKind kind = r->unit ? r->unit->kind : FigureKind::kNumber;
        std::string unit_name = r->unit ? r->unit->unit : "";
        std::string rule = r->unit ? r->unit->rule : "number.scaled";
        Figure f1 = make(first, kind, first.end, unit_name, "");
        f1.rule = rule + "+range";
        size_t second_end = r->unit ? r->unit->end : r->second.end;
        Figure f2 = make(r->second, kind, second_end, unit_name, "");
        f2.rule = rule;
        return {Built{f1, first.end}, Built{f2, second_end}};
      }
    }
  }
  if (single_one) return {};
  if (!keep_bare_number(*a)) return {};
  const char* rule = a->from_noun  ? "number.round_noun"
                     : a->spelled  ? "number.spelled"
                     : a->has_scale ? "number.scaled"
                                    : "number.digits";
  return {Built{make(*a, FigureKind::kNumber, a->end, "", rule), a->end}};
}

std::vector<Built> Scanner::currency_before_rule(size_t pos, const CurrencyMatch& currency) {
  std::optional<size_t> at = skip_gap(text_, currency.end);
  if (!at || *at >= text_.size()) return {};
  size_t p = *at;
  if (currency.is_code && p == currency.end) return {};  // "USD200" reads as a code
  if (!is_digit(text_[p])) return {};
  std::optional<Amount> a = scan_amount(text_, p, lang_, true);
  if (!a || !a->numeral || a->numeral->leading_zero) return {};
  if (a->numeral->chained && !a->numeral->dash_follows) return {};
  if (a->end < text_.size() && fast_is_letter(text_[a->end])) return {};  // "$5xyz"
  std::string code = currencies_.resolve(currency, a->has_scale);
  if (code.empty()) return {};
  const char* rule = currency.is_code ? "money.code_before" : "money.symbol_before";
  Amount first = *a;
  first.start = pos;
  // "$5-7bn", "$5 to $7 billion", "between $5bn and $7bn" (the last one is
  // two figures read one after the other).
  if (!first.has_scale) {
    if (std::optional<RangePartner> r = range_partner(*a, true)) {
      std::string second_code;
      if (r->currency) {
        second_code = currencies_.resolve(*r->currency, r->second.has_scale);
      } else if (r->unit && r->unit->kind == FigureKind::kMoney) {
        second_code = r->unit->unit;
      } else if (!r->unit && !r->and_joined) {
        second_code = code;  // "$5-7bn": the second half shares the symbol
      }
      if (!second_code.empty() && (!r->unit || r->unit->kind == FigureKind::kMoney)) {
        share_scale(first, r->second);
        Figure f1 = make(first, FigureKind::kMoney, first.end, code, "");
        f1.rule = std::string(rule) + "+range";
        Amount second = r->second;
        if (r->currency) second.start = r->start;
        size_t second_end = r->unit ? r->unit->end : r->second.end;
        Figure f2 = make(second, FigureKind::kMoney, second_end, second_code,
                         r->currency ? rule : "money.range");
        return {Built{f1, first.end}, Built{f2, second_end}};
      }
    }
  }
  return {Built{make(first, FigureKind::kMoney, a->end, code, rule), a->end}};
}

// "plusieurs milliards d'euros", "des dizaines de milliards de dollars",
// "billions of dollars", "several hundred megawatts": value null, approx.
// `start` is where the figure starts (the quantifier, if any), `pos` the
// first multiplier or scale. At most four nouns: bounded.
std::optional<Built> Scanner::vague_rule(size_t start, size_t pos) {
  size_t p = pos;
  if (p > start) {
    std::optional<size_t> at = skip_gap(text_, p);
    if (!at || *at == p) return std::nullopt;
    p = *at;
  }
  bool found = false, plural = false, joined = false, scale_word = false;
  size_t end = p;
  for (int k = 0; k < 4; ++k) {
    joined = false;
    if (std::optional<RoundNoun> noun = match_round_noun(text_, p, lang_)) {
      if (noun->kind != NounKind::kVague) return std::nullopt;
      found = plural = true;
      end = noun->end;
      std::optional<size_t> of = match_of(text_, end, lang_);
      if (!of) break;
      p = *of;
      joined = true;
      continue;
    }
    if (std::optional<ScaleMatch> scale = match_scale_word(text_, p, lang_)) {
      found = scale_word = true;
      end = scale->end;
      plural = plural || fold_char(text_[end - 1]) == u's';
      joined = false;
      break;
    }
    break;
  }
  if (!found) return std::nullopt;
  if (start == pos && !plural) return std::nullopt;  // "le milliard de dollars promis"
  std::optional<Unit> unit;
  if (joined) {
    unit = unit_at(p, true, true, true);
  } else {
    Amount probe;
    probe.end = end;
    probe.has_scale = true;
    unit = unit_after(probe, true);
  }
  if (unit && unit->kind == FigureKind::kPercent) return std::nullopt;
  if (!unit) {
    // "plusieurs milliards", "des millions": a vague number when a
    // quantifier and a scale word make it one; "des centaines de milliers
    // (d'entreprises)" counts things and gives nothing.
    if (start == pos || !scale_word) return std::nullopt;
    unit = Unit{FigureKind::kNumber, end, "", "number.vague"};
  }
  Figure f;
  f.span = {static_cast<int32_t>(start), static_cast<int32_t>(unit->end)};
  f.kind = unit->kind;
  f.unit = unit->unit;
  f.approx = true;
  f.rule = unit->kind == FigureKind::kMoney      ? "money.vague"
           : unit->kind == FigureKind::kQuantity ? "quantity.vague"
                                                 : "number.vague";
  return Built{f, unit->end};
}

std::vector<Figure> Scanner::run() {
  std::vector<Figure> out;
  const size_t n = text_.size();
  size_t i = 0;
  std::optional<Hedge> pending;
  while (i < n) {
    char16_t c = text_[i];
    std::vector<Built> group;
    size_t skip_to = i + 1;
    bool numeric_start = is_digit(c) || ((c == u'-' || c == 0x2212 || c == u'+') && i + 1 < n &&
                                         is_digit(text_[i + 1]));
    if (numeric_start) {
      if (glued_before(i)) {
        // Digits glued to a word or a code ("G7", "COVID-19", "n°3"): skip
        // the whole run of digits and glue.
        size_t j = i + 1;
        while (j < n && (is_digit(text_[j]) ||
                         ((is_glue_before(text_[j])) && j + 1 < n && is_digit(text_[j + 1]))))
          ++j;
        i = j;
        continue;
      }
      group = amount_rule(i);
      if (group.empty()) {
        std::optional<Numeral> num = scan_numeral(text_, i, lang_);
        skip_to = num ? std::max(num->chain_end, i + 1) : i + 1;
      }
    } else if (!units_.space(c)) {
      const bool after_word_char = i > 0 && (is_digit(text_[i - 1]) || units_.letter(text_[i - 1]));
      const bool word = !after_word_char && units_.letter(c);  // at_word_start
      if (!word && after_word_char) {
        ++i;
        continue;
      }
      // Where the word ends (the next unit when no word starts here): the
      // end of its token when the word is one token.
      const Token* token = word ? letters_token_at(i) : nullptr;
      const size_t end = token ? static_cast<size_t>(token->end)
                         : word ? units_.word_end(text_, i)
                                : i + 1;
      uint8_t tables = RuleStarts::kAllTables;
      const RuleStarts::WordStart start =
          word ? rule_starts_.at_word(text_, i, end, &tables)
               : rule_starts_.may_start_at(text_, i) ? RuleStarts::WordStart::kAny
                                                     : RuleStarts::WordStart::kNone;
      if (start == RuleStarts::WordStart::kNone) {
        // Nothing starts in the spaces after a word token either.
        i = token ? next_token_start() : end;
        continue;
      }
      if (start == RuleStarts::WordStart::kSpelledOnly) {
        // No hedge, currency, round noun or scale starts here: only an amount.
        group = amount_rule(i);
      } else {
        // Each rule starts with a phrase of one table at `i`: it is tried
        // only where the word starts a phrase of that table (`tables`).
        std::optional<Hedge> h;
        if (tables & RuleStarts::kHedges) h = match_hedge_before(text_, i, lang_);
        if (h) {
          if (h->effect == HedgeEffect::kVague) {
            if (std::optional<Built> b = vague_rule(i, h->end)) group.push_back(*b);
          } else {
            pending = h;
            i = h->end;
            continue;
          }
        }
        if (group.empty() && (tables & RuleStarts::kCurrencies)) {
          if (std::optional<CurrencyMatch> cur = match_currency_before(text_, i, lang_))
            group = currency_before_rule(i, *cur);
        }
        if (group.empty() && word) {
          // A vague figure from the word starts with a round noun or a
          // scale; an amount with a spelled number or a round noun.
          if (tables & (RuleStarts::kRoundNouns | RuleStarts::kScales))
            if (std::optional<Built> b = vague_rule(i, i)) group.push_back(*b);
          if (group.empty() && (tables & (RuleStarts::kRoundNouns | RuleStarts::kSpelledNumbers)))
            group = amount_rule(i);
        }
      }
      if (group.empty()) skip_to = end;
    }
    if (group.empty()) {
      i = std::max(skip_to, i + 1);
      continue;
    }
    // A hedge just before the first figure, or just after the last.
    size_t start = static_cast<size_t>(group.front().figure.span.start);
    if (pending) {
      std::optional<size_t> after = skip_gap(text_, pending->end);
      if (after && *after == start) apply_hedge(pending->effect, group);
    }
    pending.reset();
    size_t end = group.back().end;
    if (std::optional<Hedge> h = match_hedge_after(text_, end, lang_)) {
      if (h->effect != HedgeEffect::kVague) {
        apply_hedge(h->effect, group);
        end = h->end;
      }
    }
    for (Built& b : group) out.push_back(std::move(b.figure));
    i = std::max(end, i + 1);
  }
  return out;
}

bool overlaps(const Figure& a, const Figure& b) {
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

}  // namespace

// Dates come from find_dates. Where a date and another figure overlap, the
// date wins over a bare number ("23" of "23 janvier 2025"), and money,
// percentages and quantities win over a date ("2000 euros" is not the year
// 2000).
std::vector<Figure> find_figures(const Document& doc) {
  // Tokenized once: the currency cue count and the date scanner both read
  // the tokens.
  const std::vector<Token> tokens = tokenize(doc.text);
  std::vector<Figure> figures = Scanner(doc, tokens).run();
  std::vector<Figure> dates = find_dates(doc, tokens);
  // Both lists are sorted and each is non-overlapping: one pass decides
  // what each drops of the other.
  size_t d = 0;
  std::vector<bool> date_dropped(dates.size(), false);
  std::vector<Figure> kept;
  kept.reserve(figures.size());
  for (Figure& f : figures) {
    while (d < dates.size() && dates[d].span.end <= f.span.start) ++d;
    bool drop = false;
    for (size_t k = d; k < dates.size() && dates[k].span.start < f.span.end; ++k) {
      if (!overlaps(dates[k], f)) continue;
      if (f.kind == FigureKind::kNumber) drop = true;
      else date_dropped[k] = true;
    }
    if (!drop) kept.push_back(std::move(f));
  }
  std::vector<Figure> kept_dates;
  kept_dates.reserve(dates.size());
  for (size_t k = 0; k < dates.size(); ++k)
    if (!date_dropped[k]) kept_dates.push_back(std::move(dates[k]));
  // Then one stable merge by start, a date first where both start at once.
  std::vector<Figure> merged;
  merged.reserve(kept_dates.size() + kept.size());
  std::merge(std::make_move_iterator(kept_dates.begin()), std::make_move_iterator(kept_dates.end()),
             std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
             std::back_inserter(merged),
             [](const Figure& a, const Figure& b) { return a.span.start < b.span.start; });
  // Belt and braces: never two overlapping figures in the output.
  std::vector<Figure> out;
  for (Figure& f : merged) {
    if (!out.empty() && overlaps(out.back(), f)) continue;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace tx
