#include "numbers.h"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>
#include <memory>
#include <vector>

#include "data_files.h"
#include "figure_lexicon.h"
#include "text.h"

namespace tx {
namespace figures {
namespace {

constexpr int kMaxSignificant = 19;  // fits in uint64_t

bool is_minus(char16_t c) { return c == u'-' || c == 0x2212; }

// Separators a French or English number groups its thousands with.
enum class GroupSep { kNone, kSpace, kNoBreak, kDot, kComma, kApostrophe };

GroupSep group_sep(char16_t c, bool french) {
  if (c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x2007) return GroupSep::kNoBreak;
  if (c == u' ') return GroupSep::kSpace;  // SI style, in English text too
  if (french) {
    if (c == u'.') return GroupSep::kDot;
    if (c == u'\'' || c == 0x2019) return GroupSep::kApostrophe;  // Swiss "1'000"
  } else if (c == u',') {
    return GroupSep::kComma;
  }
  return GroupSep::kNone;
}

size_t digit_run_end(std::u16string_view text, size_t pos) {
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos;
}

// Adds the digits of text[from, to) to a numeral's mantissa and exponent.
void accumulate(std::u16string_view text, size_t from, size_t to, bool fraction, Numeral& n,
                int& significant, int& digits_seen) {
  for (size_t i = from; i < to; ++i) {
    ++digits_seen;
    int d = text[i] - u'0';
    if (n.mantissa == 0 && d == 0) {
      if (fraction) --n.exp10;
      continue;
    }
    if (significant < kMaxSignificant) {
      n.mantissa = n.mantissa * 10 + static_cast<uint64_t>(d);
      ++significant;
      if (fraction) --n.exp10;
    } else if (!fraction) {
      ++n.exp10;  // digits past the 19th count as tens, their value is dropped
    }
  }
}

// --- lexicons --------------------------------------------------------------

struct ScaleEntry {
  int32_t exp10 = 0;
  bool attached = false, spaced = false, needs_currency = false, is_word = false;
};

struct ScaleTable {
  PhraseTable table;
  std::vector<ScaleEntry> entries;
};

ScaleTable build_scale_table(const std::string& lang) {
  ScaleTable t;
  for (const auto& row : read_tsv(data_file("lexicons/figures/scales.tsv"))) {
    if (row.size() < 6 || !lang_matches(row[2], lang)) continue;
    ScaleEntry e;
    e.exp10 = std::stoi(std::string(row[1]));
    e.attached = row[3] == "attached" || row[3] == "both";
    e.spaced = row[3] == "spaced" || row[3] == "both";
    e.needs_currency = row[4] == "yes";
    e.is_word = row[5] == "ci";
    t.table.add(row[0], static_cast<int>(t.entries.size()), !e.is_word);
    t.entries.push_back(e);
  }
  return t;
}

const ScaleTable& scale_table(const std::string& lang) { return per_language<build_scale_table>(lang); }

struct NounEntry {
  uint64_t value;
  NounKind kind;
};

struct NounTable {
  PhraseTable table;
  std::vector<NounEntry> entries;
};

NounTable build_noun_table(const std::string& lang) {
  NounTable t;
  for (const auto& row : read_tsv(data_file("lexicons/figures/approx_nouns.tsv"))) {
    if (row.size() < 4 || !lang_matches(row[3], lang)) continue;
    NounKind kind = row[2] == "vague" ? NounKind::kVague
                    : row[2] == "exact" ? NounKind::kExact : NounKind::kApprox;
    t.table.add(row[0], static_cast<int>(t.entries.size()), false);
    t.entries.push_back({std::stoull(std::string(row[1])), kind});
  }
  return t;
}

const NounTable& noun_table(const std::string& lang) { return per_language<build_noun_table>(lang); }

// Payload of the spell-out table: the value (1..999), or kThousand for
// "mille" / "thousand" / "a thousand".
constexpr int kThousand = 1000;

void add_spelled(PhraseTable& table, const std::string& phrase, int value) {
  table.add(phrase, value, false);
}

// Every cardinal spelling ICU's RBNF gives for 1..999 in `locale`, plus the
// variants writers use: French "deux cent"/"quatre-vingt" without the plural
// s (before "mille", and common anyway), English "a hundred"/"hundred".
PhraseTable build_spelled_table(const char* locale) {
  PhraseTable table(/*hyphen_is_space=*/true);
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
  if (U_FAILURE(status)) return table;
  bool french = std::string(locale) == "fr";
  const char* rule_sets_fr[] = {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine"};
  const char* rule_sets_en[] = {"%spellout-cardinal", "%spellout-cardinal-verbose"};
  for (const char* rule_set : french ? rule_sets_fr : rule_sets_en) {
    UErrorCode set_status = U_ZERO_ERROR;
    format.setDefaultRuleSet(icu::UnicodeString(rule_set, -1, US_INV), set_status);
    if (U_FAILURE(set_status)) continue;
    for (int32_t v = 1; v < 1000; ++v) {
      icu::UnicodeString spelled;
      format.format(v, spelled);
      std::string phrase;
      spelled.toUTF8String(phrase);
      add_spelled(table, phrase, v);
      if (french) {
        for (const char* plural : {"cents", "vingts"}) {
          std::string p(plural);
          if (phrase.size() > p.size() && phrase.compare(phrase.size() - p.size(), p.size(), p) == 0)
            add_spelled(table, phrase.substr(0, phrase.size() - 1), v);
        }
      } else if (phrase.rfind("one hundred", 0) == 0) {
        add_spelled(table, "a" + phrase.substr(3), v);
        add_spelled(table, phrase.substr(4), v);
      }
    }
  }
  if (french) {
    add_spelled(table, "mille", kThousand);
  } else {
    add_spelled(table, "thousand", kThousand);
    add_spelled(table, "a thousand", kThousand);
    add_spelled(table, "a", 1);
    add_spelled(table, "an", 1);
  }
  return table;
}

const PhraseTable& spelled_table(const std::string& lang) {
  return per_language<build_spelled_table>(lang);
}

}  // namespace

const PhraseTable& scale_phrases(const std::string& lang) { return scale_table(lang).table; }
const PhraseTable& round_noun_phrases(const std::string& lang) { return noun_table(lang).table; }
const PhraseTable& spelled_phrases(const std::string& lang) { return spelled_table(lang); }

double decimal_value(uint64_t mantissa, int32_t exp10) {
  static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (mantissa == 0) return 0;
  // 2^64 × 10^280 is still far below the largest double.
  if (exp10 > 280) exp10 = 280;
  if (exp10 < -280) exp10 = -280;
  double m = static_cast<double>(mantissa);
  // Powers of ten up to 10^22 are exact doubles, so one multiplication or
  // division rounds once: the result is the double nearest the decimal.
  if (exp10 >= 0) return exp10 <= 22 ? m * kPow10[exp10] : m * std::pow(10.0, exp10);
  return -exp10 <= 22 ? m / kPow10[-exp10] : m / std::pow(10.0, -exp10);
}

double Numeral::value() const {
  double v = decimal_value(mantissa, exp10);
  return negative ? -v : v;
}

bool Numeral::year_like() const {
  if (grouped || has_decimal || has_sign || int_digits != 4) return false;
  double v = value();
  return v >= 1000 && v <= 2100;
}

std::optional<Numeral> scan_numeral(std::u16string_view text, size_t pos, const std::string& lang) {
  const size_t n = text.size();
  bool french = is_french(lang);
  Numeral num;
  num.start = pos;
  size_t p = pos;
  if (p < n && (is_minus(text[p]) || text[p] == u'+')) {
    num.has_sign = true;
    num.negative = text[p] != u'+';
    ++p;
  }
  if (p >= n || !is_digit(text[p])) return std::nullopt;
  int significant = 0, digits_seen = 0;
  size_t first_end = digit_run_end(text, p);
  num.int_digits = static_cast<int>(first_end - p);
  num.leading_zero = first_end - p > 1 && text[p] == u'0';
  accumulate(text, p, first_end, false, num, significant, digits_seen);
  p = first_end;

  // Thousands groups: one separator kind throughout, exactly three digits
  // each, after a first group of one to three digits that does not start
  // with 0.
  if (num.int_digits <= 3 && !num.leading_zero) {
    GroupSep kind = GroupSep::kNone;
    while (p < n) {
      GroupSep sep = group_sep(text[p], french);
      if (sep == GroupSep::kNone || (kind != GroupSep::kNone && sep != kind)) break;
      size_t g = p + 1;
      if (g + 3 > n || !is_digit(text[g]) || !is_digit(text[g + 1]) || !is_digit(text[g + 2])) break;
      if (g + 3 < n && is_digit(text[g + 3])) break;
      kind = sep;
      num.grouped = true;
      num.int_digits += 3;
      accumulate(text, g, g + 3, false, num, significant, digits_seen);
      p = g + 3;
    }
  }

  // The other convention's groups, when they cannot be decimals: two or
  // more "mark + three digits" in a row ("1,200,000" in French text,
  // "1.200.000" in English text).
  if (!num.grouped && num.int_digits <= 3 && !num.leading_zero && p < n) {
    char16_t mark = french ? u',' : u'.';
    size_t q = p, groups = 0;
    while (q + 3 < n && text[q] == mark && is_digit(text[q + 1]) && is_digit(text[q + 2]) &&
           is_digit(text[q + 3]) && (q + 4 >= n || !is_digit(text[q + 4]))) {
      q += 4;
      ++groups;
    }
    if (groups >= 2) {
      for (size_t g = p; g < q; g += 4)
        accumulate(text, g + 1, g + 4, false, num, significant, digits_seen);
      num.grouped = true;
      num.int_digits += static_cast<int>(3 * groups);
      p = q;
    }
  }

  // Decimals: the language's mark, or the other one where it cannot be a
  // thousands group.
  if (p + 1 < n && is_digit(text[p + 1])) {
    char16_t primary = french ? u',' : u'.';
    char16_t secondary = french ? u'.' : u',';
    size_t frac_end = digit_run_end(text, p + 1);
    bool decimal = text[p] == primary ||
                   (text[p] == secondary && !num.grouped &&
                    (frac_end - (p + 1) != 3 || num.int_digits > 3));
    if (decimal) {
      num.has_decimal = true;
      accumulate(text, p + 1, frac_end, true, num, significant, digits_seen);
      p = frac_end;
    }
  }
  num.end = p;
  num.chain_end = p;
  num.too_long = digits_seen > kMaxDigits;

  // Glue to more digits: the whole run is skipped by callers unless it is
  // a range. Linear: each unit of the run is looked at once.
  auto is_glue = [](char16_t c) {
    return c == u'.' || c == u',' || c == u'/' || c == u':' || c == u'-' || c == 0x2013 ||
           c == 0x2011;
  };
  if (p + 1 < n && is_glue(text[p]) && is_digit(text[p + 1])) {
    num.chained = true;
    num.dash_follows = text[p] == u'-' || text[p] == 0x2013 || text[p] == 0x2011;
    size_t q = p;
    while (q + 1 < n && is_glue(text[q]) && is_digit(text[q + 1])) q = digit_run_end(text, q + 1);
    num.chain_end = q;
  }
  return num;
}

std::optional<ScaleMatch> match_scale(std::u16string_view text, size_t pos, const std::string& lang) {
  const ScaleTable& t = scale_table(lang);
  if (pos >= text.size()) return std::nullopt;
  // English compound adjectives: "a $50-billion plan", "a 1.5-million fine".
  if (text[pos] == u'-' && pos + 1 < text.size() && fast_is_letter(text[pos + 1])) {
    std::optional<PhraseTable::Match> m = t.table.match(text, pos + 1);
    if (!m || !t.entries[m->payload].is_word) return std::nullopt;
    const ScaleEntry& e = t.entries[m->payload];
    return ScaleMatch{m->end, e.exp10, e.needs_currency, true};
  }
  bool attached = !fast_is_space(text[pos]);
  size_t at = pos;
  if (!attached) {
    std::optional<size_t> after = skip_gap(text, pos);
    if (!after) return std::nullopt;
    at = *after;
  }
  std::optional<PhraseTable::Match> m = t.table.match(text, at);
  if (!m) return std::nullopt;
  const ScaleEntry& e = t.entries[m->payload];
  if (attached ? !e.attached : !e.spaced) return std::nullopt;
  return ScaleMatch{m->end, e.exp10, e.needs_currency, e.is_word};
}

std::optional<ScaleMatch> match_scale_word(std::u16string_view text, size_t pos,
                                           const std::string& lang) {
  if (!at_word_start(text, pos)) return std::nullopt;
  const ScaleTable& t = scale_table(lang);
  std::optional<PhraseTable::Match> m = t.table.match(text, pos);
  if (!m || !t.entries[m->payload].is_word) return std::nullopt;
  const ScaleEntry& e = t.entries[m->payload];
  return ScaleMatch{m->end, e.exp10, e.needs_currency, true};
}

std::optional<SpelledNumber> match_spelled(std::u16string_view text, size_t pos,
                                           const std::string& lang) {
  if (!at_word_start(text, pos)) return std::nullopt;
  const PhraseTable& table = spelled_table(lang);
  std::optional<PhraseTable::Match> first = table.match(text, pos);
  if (!first) return std::nullopt;
  SpelledNumber out;
  out.end = first->end;
  uint64_t total = static_cast<uint64_t>(first->payload);
  // "deux cent" + "mille" + "trois": at most three phrases.
  auto next_phrase = [&](size_t from) -> std::optional<PhraseTable::Match> {
    if (from >= text.size() || !(fast_is_space(text[from]) || text[from] == u'-')) return std::nullopt;
    size_t at = from;
    if (text[at] == u'-') ++at;
    std::optional<size_t> after = skip_gap(text, at);
    if (!after || *after >= text.size()) return std::nullopt;
    return table.match(text, *after);
  };
  if (total < kThousand) {
    std::optional<PhraseTable::Match> thousand = next_phrase(out.end);
    if (thousand && thousand->payload == kThousand) {
      total *= kThousand;
      out.end = thousand->end;
    }
  }
  if (total >= kThousand) {
    std::optional<PhraseTable::Match> rest = next_phrase(out.end);
    if (rest && rest->payload < kThousand && rest->payload > 1) {
      total += static_cast<uint64_t>(rest->payload);
      out.end = rest->end;
    }
  }
  out.value = total;
  out.single_one = total == 1;
  return out;
}

std::optional<RoundNoun> match_round_noun(std::u16string_view text, size_t pos,
                                          const std::string& lang) {
  if (!at_word_start(text, pos)) return std::nullopt;
  const NounTable& t = noun_table(lang);
  std::optional<PhraseTable::Match> m = t.table.match(text, pos);
  if (!m) return std::nullopt;
  const NounEntry& e = t.entries[m->payload];
  return RoundNoun{m->end, e.value, e.kind};
}

std::optional<size_t> match_of(std::u16string_view text, size_t pos, const std::string& lang) {
  std::optional<size_t> at = skip_gap(text, pos);
  if (!at || *at >= text.size() || *at == pos) return std::nullopt;
  size_t p = *at;
  auto word_is = [&](const char16_t* w) {
    size_t i = 0;
    for (; w[i]; ++i)
      if (p + i >= text.size() || fold_char(text[p + i]) != w[i]) return false;
    return p + i >= text.size() || !is_word_char(text[p + i]);
  };
  bool french = is_french(lang);
  if (french && p + 1 < text.size() && fold_char(text[p]) == u'd' && is_apostrophe(text[p + 1])) {
    std::optional<size_t> after = skip_gap(text, p + 2);
    return after;
  }
  size_t len = 0;
  if (french && word_is(u"de")) len = 2;
  else if (!french && word_is(u"of")) len = 2;
  if (len == 0) return std::nullopt;
  std::optional<size_t> after = skip_gap(text, p + len);
  if (!after || *after == p + len) return std::nullopt;
  return after;
}

double Amount::raw_value() const {
  double v = decimal_value(mantissa, exp10);
  return negative ? -v : v;
}

double Amount::value() const {
  double v = decimal_value(mantissa, exp10 + scale_exp);
  return negative ? -v : v;
}

namespace {

// Up to two scales after `amount.end` ("mille milliards"); the second one
// must be a word.
void read_scales(std::u16string_view text, const std::string& lang, bool currency_scales,
                 bool words_only, Amount& amount) {
  for (int k = 0; k < 2; ++k) {
    std::optional<ScaleMatch> s = match_scale(text, amount.end, lang);
    if (!s || (s->needs_currency && !currency_scales) || ((words_only || k > 0) && !s->is_word))
      return;
    amount.scale_exp += s->exp10;
    amount.has_scale = true;
    amount.scale_needs_currency = amount.scale_needs_currency || s->needs_currency;
    amount.end = s->end;
    if (!s->is_word) return;
  }
}

// "une dizaine" + "de milliards".
void read_scale_after_of(std::u16string_view text, const std::string& lang, Amount& amount) {
  std::optional<size_t> of = match_of(text, amount.end, lang);
  if (!of) return;
  std::optional<ScaleMatch> s = match_scale_word(text, *of, lang);
  if (!s) return;
  amount.scale_exp += s->exp10;
  amount.has_scale = true;
  amount.end = s->end;
}

}  // namespace

std::optional<Amount> scan_amount(std::u16string_view text, size_t pos, const std::string& lang,
                                  bool currency_scales) {
  if (pos >= text.size()) return std::nullopt;
  Amount a;
  a.start = pos;
  char16_t c = text[pos];
  if (is_digit(c) || is_minus(c) || c == u'+') {
    std::optional<Numeral> num = scan_numeral(text, pos, lang);
    if (!num || num->too_long) return std::nullopt;
    a.mantissa = num->mantissa;
    a.exp10 = num->exp10;
    a.negative = num->negative;
    a.end = num->end;
    a.numeral = num;
    if (!num->chained || num->dash_follows) read_scales(text, lang, currency_scales, false, a);
    return a;
  }
  if (!at_word_start(text, pos)) return std::nullopt;
  a.spelled = true;
  if (std::optional<SpelledNumber> sp = match_spelled(text, pos, lang)) {
    std::optional<size_t> next = skip_gap(text, sp->end);
    if (sp->single_one && next && *next > sp->end) {
      std::optional<RoundNoun> noun = match_round_noun(text, *next, lang);
      if (noun && noun->kind != NounKind::kVague) {
        a.mantissa = noun->value;
        a.approx = noun->kind == NounKind::kApprox;
        a.from_noun = true;
        a.end = noun->end;
        read_scale_after_of(text, lang, a);
        return a;
      }
    }
    a.mantissa = sp->value;
    a.end = sp->end;
    read_scales(text, lang, false, true, a);
    return a;
  }
  if (std::optional<RoundNoun> noun = match_round_noun(text, pos, lang)) {
    if (noun->kind == NounKind::kVague) return std::nullopt;
    a.mantissa = noun->value;
    a.approx = noun->kind == NounKind::kApprox;
    a.from_noun = true;
    a.end = noun->end;
    read_scale_after_of(text, lang, a);
    return a;
  }
  return std::nullopt;
}

}  // namespace figures
}  // namespace tx
