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
  const UnitClassifier classes;
  size_t pos = 0;
  while (true) {
    bool space = false;
    int breaks = 0;
    pos = skip_spaces(text, pos, classes, &space, &breaks);
    if (pos >= text.size()) break;
    Token& t = tokens.emplace_back();
    t.start = static_cast<int32_t>(pos);
    t.space_before = space;
    t.breaks = static_cast<uint8_t>(breaks);
    pos = read_token(text, pos, classes, t);
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
