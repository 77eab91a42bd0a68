// Word tokens for the entity extractor: words, numbers and punctuation with
// the capitalization facts that decide whether a word can start a name, and
// the position facts (sentence start, headline line) that make a capital
// letter weak evidence.
#ifndef TEXTEXPLORER_ENTITY_TOKENS_H_
#define TEXTEXPLORER_ENTITY_TOKENS_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "entity_lexicons.h"
#include "entity_word_index.h"

namespace tx {
namespace entity {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  int32_t start = 0;
  int32_t end = 0;
  std::u16string_view folded;  // fold_token of the word (a number: its text; "'s"); empty for
                               // other punctuation. Views the text or TokenBlock's storage.
  const WordFacts* facts = &kNoFacts;  // what the lexicons say about `folded` (WordLookup)
  int32_t sentence = 0;      // index of the sentence it starts in
  TokenKind kind = TokenKind::kPunct;
  bool cap = false;          // first letter upper- or title-case: "Anthropic", "TD", "États-Unis"
  bool all_caps = false;     // two letters or more, none lower-case: "AP", "BCE"
  bool camel = false;        // upper-case after lower-case near the start: "OpenAI", "iPhone"
  bool elision = false;      // French elided word with its apostrophe: "d’", "l’", "qu’"
  bool newline_before = false;  // a line break separates it from the previous token
  bool space_before = false;    // white space separates it from the previous token
  bool weak = false;         // its capital says nothing: sentence start, headline line
  bool caps_line = false;    // on a line written in capitals
};

// True when a word of this shape can be (part of) a name: capitalized,
// all capitals or camel case. Elisions and single capital letters cannot.
// Inline: asked of nearly every token, from several files.
inline bool name_shaped(const Token& t) {
  return t.kind == TokenKind::kWord && !t.elision && (t.cap || t.camel) && t.end - t.start >= 2;
}

// The tokens of one block of text. Words keep internal hyphens
// ("Saint-Étienne", "GPT-4") and apostrophes ("O’Brien"); a French elision
// ("d’Anthropic") and an English possessive ("Shell's") are split off.
// A word that is its own fold is viewed in the text (which must outlive
// the tokens); the others are folded into one string per block, not one
// per token, so a block is neither copied nor moved (its tokens view that
// string).
class TokenBlock {
 public:
  TokenBlock() = default;
  TokenBlock(const TokenBlock&) = delete;
  TokenBlock& operator=(const TokenBlock&) = delete;

  // Replaces the tokens by those of text[begin, end), reusing the storage
  // of the previous block. One pass over the text (each code unit is read
  // a bounded number of times).
  void tokenize(std::u16string_view text, int32_t begin, int32_t end);

  std::vector<Token> tokens;

 private:
  // The folded words that differ from the text ("Paris" -> "paris").
  std::vector<char16_t> folded_text_;
  struct FoldedAt {
    size_t token, at, length;  // tokens[token].folded is folded_text_[at, at + length)
  };
  std::vector<FoldedAt> folded_at_;
};

// Sets Token::facts from the lexicons. Words repeat: each distinct word is
// looked up once per WordLookup (one per document), then remembered.
class WordLookup {
 public:
  WordLookup();
  void look_up(std::vector<Token>& tokens);

 private:
  const WordFacts no_word_;  // facts of "", the folded form of punctuation
  WordIndex seen_;
  std::deque<WordFacts> facts_;  // by id in seen_ (a deque: tokens point to them)
};

// Marks sentence starts and headline lines (see Token::weak): `sentences`
// are Document::sentences (may be empty); a line whose longer words are
// nearly all capitalized ("Partager Close Button") or in capitals is a
// headline, where capitals are no evidence of a name. Linear.
void mark_positions(std::u16string_view text, const std::vector<Span>& sentences,
                    std::vector<Token>& tokens);

// fold() plus typographic apostrophes as '\''.
std::u16string fold_token(std::u16string_view word);

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_TOKENS_H_
