// Numbers as French and English news write them: digits with their
// grouping and decimal marks ("100 000", "2.620", "1,200.5", "43,3"),
// scale words and abbreviations ("milliards", "Mds", "bn", "M"), numbers
// spelled out ("deux", "vingt et un", "two hundred and fifty"), and round
// nouns ("une dizaine", "des centaines"). The pieces other figure scanners
// (money, percent, quantities) put a unit after.
#ifndef TEXTEXPLORER_NUMBERS_H_
#define TEXTEXPLORER_NUMBERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tx {
namespace figures {

// mantissa × 10^exp10 as the nearest double, rounded once: "43,3 milliards"
// (433 × 10^8) is exactly 43300000000, "7,4" is the double nearest 7.4.
// Always finite: exponents are clamped to ±280.
double decimal_value(uint64_t mantissa, int32_t exp10);

// A digit run longer than this (a hash, an identifier, junk) is never read
// as a number. With at most 19 significant digits kept and scales of at most
// 10^18 twice, every value stays far below the double range.
constexpr int kMaxDigits = 30;

// Digits as written, with their sign, groups and decimals.
struct Numeral {
  size_t start = 0, end = 0;    // sign included
  uint64_t mantissa = 0;        // first 19 significant digits
  int32_t exp10 = 0;            // value = ±mantissa × 10^exp10
  bool negative = false;
  bool has_sign = false;        // "+3 %", "-2,5 %", "−4"
  int int_digits = 0;           // integer digits as written ("2024" -> 4)
  bool grouped = false;         // "100 000", "1,200", "2.620"
  bool has_decimal = false;
  bool leading_zero = false;    // "06", "007": codes, not amounts
  bool too_long = false;        // more than kMaxDigits digits
  // Glued by '.', ',', '/', ':' or a dash to more digits it does not read
  // as part of the number: versions "1.2.3", dates "23/01/2025", times
  // "14:30", phone numbers "01.23.45.67.89", scores "3-1", ranges "10-15".
  bool chained = false;
  bool dash_follows = false;    // the glue is a dash: maybe a range "10-15 %"
  size_t chain_end = 0;         // end of the whole glued run (= end if not chained)

  double value() const;
  bool year_like() const;       // four ungrouped digits 1000..2100, no decimals
};

// Reads a number at `pos` (a digit, or '+', '-', U+2212 directly before a
// digit). `lang` ("fr"/"en") chooses the marks: French groups by a space,
// U+00A0, U+202F, U+2009, '.' or an apostrophe and uses ',' for decimals;
// English groups by ',' (or a no-break/thin space) and uses '.'. The other
// mark is still read as a decimal when it cannot be a group ("3.5" in
// French text, "1,5" in English text). Groups are exactly three digits
// after a first group of one to three. Linear in the digits read; consumes
// any digit run whole.
std::optional<Numeral> scan_numeral(std::u16string_view text, size_t pos, const std::string& lang);

// A scale written right after a number ending at `pos` ("milliards",
// " Mds", "bn", " M"). `attached` says whether the number ends right at
// `pos` with no space. Entries from data/lexicons/figures/scales.tsv.
struct ScaleMatch {
  size_t end = 0;
  int32_t exp10 = 0;
  bool needs_currency = false;  // "M", "k", "m", "B": a scale only with a currency
  bool is_word = false;         // "milliards" (not an abbreviation)
};
std::optional<ScaleMatch> match_scale(std::u16string_view text, size_t pos, const std::string& lang);

// A scale word only ("millions", "milliards", "billion"), matched at `pos`
// itself (no gap): what vague amounts ("plusieurs milliards") are made of.
std::optional<ScaleMatch> match_scale_word(std::u16string_view text, size_t pos,
                                           const std::string& lang);

// A number spelled out in `lang` at `pos`, below one million: "deux",
// "cinquante", "vingt et un", "quatre-vingt-dix", "deux cent mille",
// "twenty-five", "two hundred and fifty", "a hundred". The words come from
// ICU's rule-based spell-out (RBNF) of 1..999 in every cardinal rule set of
// the language, read once at start-up; the parse itself is a longest match
// over those phrases plus "mille"/"thousand", so it is linear and gives the
// same result wherever ICU's data holds the rules.
struct SpelledNumber {
  size_t end = 0;
  uint64_t value = 0;
  bool single_one = false;      // "un", "une", "one", "a": a number only before a scale
};
std::optional<SpelledNumber> match_spelled(std::u16string_view text, size_t pos,
                                           const std::string& lang);

// A round noun at `pos`: "dizaine" (approx 10), "douzaine" (12),
// "centaines" (vague). From data/lexicons/figures/approx_nouns.tsv.
enum class NounKind { kApprox, kExact, kVague };
struct RoundNoun {
  size_t end = 0;
  uint64_t value = 0;
  NounKind kind = NounKind::kApprox;
};
std::optional<RoundNoun> match_round_noun(std::u16string_view text, size_t pos,
                                          const std::string& lang);

// "de", "d'", "of" joining a scale or a round noun to what it counts
// ("milliards de dollars", "une dizaine d'euros", "millions of dollars").
// Returns the position after it and the gap that follows, or nothing.
std::optional<size_t> match_of(std::u16string_view text, size_t pos, const std::string& lang);

// The phrase tables behind match_scale / match_scale_word, match_round_noun
// and match_spelled, for callers that pre-check a position (figures.cc).
class PhraseTable;
const PhraseTable& scale_phrases(const std::string& lang);
const PhraseTable& round_noun_phrases(const std::string& lang);
const PhraseTable& spelled_phrases(const std::string& lang);

// A number with its scale: the part of a figure before its unit.
struct Amount {
  size_t start = 0, end = 0;    // the number and its scale words
  uint64_t mantissa = 0;        // the number as written, before the scale
  int32_t exp10 = 0;
  bool negative = false;
  int32_t scale_exp = 0;        // sum of the scales' exponents
  bool has_scale = false;
  bool scale_needs_currency = false;
  bool approx = false;          // "une dizaine"
  bool spelled = false;         // words, not digits
  bool from_noun = false;       // "une centaine"
  std::optional<Numeral> numeral;  // for digits

  double raw_value() const;     // without the scale
  double value() const;         // with the scale
  bool joins_with_of() const { return has_scale || from_noun; }
};

// Reads an amount at `pos`: digits, a spelled-out number or a round noun,
// then up to two scales ("mille milliards"). Scales that need a currency
// are read only when `currency_scales` is set; the caller retries without
// them when no currency turns up. "un"/"a" alone is returned as 1: callers
// keep it only when a scale follows ("un milliard"). Bounded: the digits once, then a fixed
// number of table matches.
std::optional<Amount> scan_amount(std::u16string_view text, size_t pos, const std::string& lang,
                                  bool currency_scales);

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_NUMBERS_H_
