// The tokens of a text as the date scanner reads them: words, numbers and
// single punctuation characters, each with the spacing before it.
//
// find_figures tokenizes a document once and hands the same tokens to the
// date scanner (dates.cc) and to the currency cue count (money.cc), so the
// text is not read unit by unit once more for each of them.
#ifndef TEXTEXPLORER_FIGURE_TOKENS_H_
#define TEXTEXPLORER_FIGURE_TOKENS_H_

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "figure_lexicon.h"
#include "text.h"

namespace tx {
namespace figures {

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

// One token: a word (letters and combining marks), a number (a run of
// ASCII digits) or one punctuation character (any other unit that is not
// a space).
struct Token {
  int32_t start = 0;
  int32_t end = 0;
  int16_t value = -1;         // numbers of at most 4 digits; -1 otherwise
  uint8_t digits = 0;         // numbers: how many digits (capped at 99)
  TokKind kind = TokKind::kPunct;
  bool space_before = false;  // some space separates it from the previous token
  uint8_t breaks = 0;         // line breaks in that space, capped at 3
  bool has_mark = false;      // words: holds a combining mark (not only letters)
};

// A combining (non-spacing) mark: it belongs to the word before it.
inline bool is_mark(char16_t c) {
  if (c < 0x300) return false;
  if (c <= 0x36F) return true;
  return !(c >= 0xD800 && c <= 0xDFFF) && u_charType(c) == U_NON_SPACING_MARK;
}

// True when text[i] ends a line ("\r\n" ends it once, at the '\n').
inline bool is_line_break(std::u16string_view text, size_t i) {
  char16_t c = text[i];
  if (c == u'\n' || c == 0x2028 || c == 0x2029 || c == 0x85) return true;
  return c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n');
}

// The end of the spaces from pos (the next token's start, or the end of the
// text); *space: whether there were any; *breaks: the line breaks among
// them, counted up to 3.
inline size_t skip_spaces(std::u16string_view text, size_t pos, const UnitClassifier& classes, bool* space,
                          int* breaks) {
  const char16_t* const units = text.data();
  const size_t n = text.size();
  for (; pos < n && classes.space(units[pos]); ++pos) {
    *space = true;
    if (units[pos] != u' ' && *breaks < 3 && is_line_break(text, pos)) ++*breaks;
  }
  return pos;
}

// Reads the token that starts at pos (not a space) into t's kind, end,
// digits, value and has_mark; returns its end.
inline size_t read_token(std::u16string_view text, size_t pos, const UnitClassifier& classes, Token& t) {
  const char16_t* const units = text.data();
  const size_t n = text.size();
  const char16_t c = units[pos];
  if (is_digit(c)) {
    t.kind = TokKind::kNumber;
    const size_t digits_start = pos;
    int value = 0;
    for (; pos < n && is_digit(units[pos]); ++pos)
      if (pos - digits_start < 4) value = value * 10 + (units[pos] - u'0');
    const size_t digits = pos - digits_start;
    t.digits = static_cast<uint8_t>(std::min<size_t>(digits, 99));
    t.value = static_cast<int16_t>(digits <= 4 ? value : -1);
  } else if (classes.letter(c)) {
    t.kind = TokKind::kWord;
    for (++pos; pos < n; ++pos) {
      if (classes.letter(units[pos])) continue;
      if (!is_mark(units[pos])) break;
      t.has_mark = true;
    }
  } else {
    t.kind = TokKind::kPunct;
    ++pos;
  }
  t.end = static_cast<int32_t>(pos);
  return pos;
}

// Reads tokens one after the other from a position where a token or a
// space starts. The tokens after a position depend only on the text from
// there, so reading from any token's end gives what tokenize() gives.
class TokenReader {
 public:
  TokenReader(std::u16string_view text, size_t pos) : text_(text), pos_(pos), first_(pos == 0) {}

  // The next token, with the space before it; false at the end of the text.
  // The first token of the text counts as after a space and a line break.
  bool next(Token* out) {
    bool space = false;
    int breaks = 0;
    size_t pos = skip_spaces(text_, pos_, units_, &space, &breaks);
    if (pos >= text_.size()) {
      pos_ = pos;
      return false;
    }
    Token& t = *out;
    t = Token{};
    t.start = static_cast<int32_t>(pos);
    t.space_before = space || first_;
    t.breaks = static_cast<uint8_t>(first_ ? 1 : breaks);
    first_ = false;
    pos_ = read_token(text_, pos, units_, t);
    return true;
  }

 private:
  std::u16string_view text_;
  size_t pos_;
  bool first_;
  const UnitClassifier units_;
};

// Every token of `text`, in order. One pass over the text, each code unit
// read once: what TokenReader(text, 0).next() gives one call after the
// other.
std::vector<Token> tokenize(std::u16string_view text);

}  // namespace figures
}  // namespace tx

#endif  // TEXTEXPLORER_FIGURE_TOKENS_H_
