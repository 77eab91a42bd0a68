#include "figure_tokens.h"

namespace tx {
namespace figures {

// TokenReader::next() in one loop, with the position, the space before and
// the line breaks in locals and each token built where it is stored: the
// reader keeps its position and "first token" state in members, which a
// loop of next() calls stores back and reads again at every token.
std::vector<Token> tokenize(std::u16string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 16);  // news text: about one token per five units
  const char16_t* const units = text.data();
  const size_t n = text.size();
  const UnitClassifier classes;
  size_t pos = 0;
  while (true) {
    bool space = false;
    int breaks = 0;
    while (pos < n && classes.space(units[pos])) {
      space = true;
      if (units[pos] != u' ' && breaks < 3 && is_line_break(text, pos)) ++breaks;
      ++pos;
    }
    if (pos >= n) break;
    Token& t = tokens.emplace_back();
    t.start = static_cast<int32_t>(pos);
    t.space_before = space;
    t.breaks = static_cast<uint8_t>(breaks);
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
  }
  // The first token counts as after a space and a line break (as
  // TokenReader gives it).
  if (!tokens.empty()) {
    tokens.front().space_before = true;
    tokens.front().breaks = 1;
  }
  return tokens;
}

}  // namespace figures
}  // namespace tx
