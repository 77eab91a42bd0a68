#include "figure_tokens.h"

namespace tx {
namespace figures {

std::vector<Token> tokenize(std::u16string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 16);  // news text: about one token per five units
  TokenReader reader(text, 0);
  Token t;
  while (reader.next(&t)) tokens.push_back(t);
  return tokens;
}

}  // namespace figures
}  // namespace tx
