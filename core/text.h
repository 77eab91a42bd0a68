// Text in TextExplorer is UTF-16 (std::u16string), the unit ICU and
// JavaScript both count in: every offset in the analysis is a UTF-16 code
// unit index, so `text.slice(start, end)` in JS gives back the span.
#ifndef TEXTEXPLORER_TEXT_H_
#define TEXTEXPLORER_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tx {

// Decodes strict UTF-8 (no overlongs, no surrogates, nothing above
// U+10FFFF). Throws InputError("invalid UTF-8 at byte N") naming the offset
// of the first bad byte. A leading byte-order mark is kept (one code unit).
std::u16string utf8_to_utf16(std::string_view utf8);

// Encodes UTF-16 as UTF-8. A lone surrogate becomes U+FFFD.
std::string utf16_to_utf8(std::u16string_view utf16);

// Shorthand for tests and lexicons: UTF-8 literal to UTF-16.
inline std::u16string u16(std::string_view utf8) { return utf8_to_utf16(utf8); }

// True for every space a French or English text separates numbers or words
// with: ASCII space, tab, line breaks, U+00A0, U+202F, U+2009 and the other
// Unicode Zs spaces.
bool is_space(char16_t c);

// ASCII digit 0-9.
inline bool is_digit(char16_t c) { return c >= u'0' && c <= u'9'; }

// Letter of any script (ICU's u_isalpha on the code unit; surrogates are
// treated as letters so that a name in an astral script is not cut).
bool is_letter(char16_t c);

// Straight (') or typographic (’ U+2019, ʼ U+02BC) apostrophe.
bool is_apostrophe(char16_t c);

// Lower-cases and strips accents (NFD, drop combining marks, case fold):
// "États-Unis" -> "etats-unis". The same fold is used for every lexicon
// lookup and every entity key.
std::u16string fold(std::u16string_view s);

// fold() of each unit below U+0250 (Latin-1, Latin Extended-A and B), for
// loops that fold a word unit by unit. Below U+0250 no character is a
// combining mark, so NFD never reorders across two of them and a word made
// only of such units folds unit by unit.
constexpr char16_t kLatinFoldEnd = 0x250;
struct LatinFold {
  char16_t units[2] = {};  // at most two: "ß" -> "ss", "ŉ" -> "ʼn"
  uint8_t length = 0;      // 0: none or longer, only fold() of the word gives it
};
// The kLatinFoldEnd entries, built from ICU on the first call.
const LatinFold* latin_folds();

}  // namespace tx

#endif  // TEXTEXPLORER_TEXT_H_
