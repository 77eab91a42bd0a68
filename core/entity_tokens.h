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
#include "entity_chars.h"
#include "entity_lexicons.h"
#include "entity_word_index.h"

namespace tx {
namespace entity {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  int32_t start = 0;
  int32_t end = 0;
  // What the lexicons say about the word, and its fold (WordFacts::folded);
  // views the Vocabulary. One pointer for both keeps the token at 32 bytes
  // (there are as many tokens as words in a block, each copied once).
  const WordFacts* facts = &kNoFacts;
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

  // fold_token of the word (a number: its text; "'s"); empty for other
  // punctuation.
  std::u16string_view folded() const { return facts->folded; }
};
static_assert(sizeof(Token) <= 32, "a Token fits in 32 bytes");

// True when a word of this shape can be (part of) a name: capitalized,
// all capitals or camel case. Elisions and single capital letters cannot.
// Inline: asked of nearly every token, from several files.
inline bool name_shaped(const Token& t) {
  return t.kind == TokenKind::kWord && !t.elision && (t.cap || t.camel) && t.end - t.start >= 2;
}

// Whether the folded word is "de", "d'", "du", "des" or "of", which join
// a role or a head to what it is of ("PDG de X", "Bank of England").
// Compared as string views whose length is known: a comparison with a
// char16_t literal would first count the literal's units.
inline bool is_of_word(std::u16string_view folded) {
  using namespace std::string_view_literals;
  return folded == u"de"sv || folded == u"d'"sv || folded == u"du"sv || folded == u"des"sv ||
         folded == u"of"sv;
}

// The distinct words of a document, each described once: its fold, its
// shape and what the lexicons say about it. Words repeat (most tokens of
// a text are words seen before), so a token is described by one hash
// look-up of its written form instead of being folded and looked up in the
// lexicons each time.
class Vocabulary {
 public:
  // with_facts: whether words get their WordFacts from the lexicons; false
  // while the lexicons themselves are being built (facts are then empty).
  explicit Vocabulary(bool with_facts);
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  struct Word {
    Word() = default;
    Word(const Word&) = delete;  // tokens view it
    Word& operator=(const Word&) = delete;

    std::u16string folded;  // fold_token of a word; a number's text as written
    WordFacts facts;        // what the lexicons say about `folded` (facts.folded views it)
  };
  // What every token of `written`, a word or number as the tokenizer reads
  // it, starts as: kind (kWord when it has a letter, else kNumber), shape
  // and facts (viewing a Word that lives as long as the vocabulary); the
  // tokenizer sets where it is. Valid until the next call.
  const Token& word(std::u16string_view written, uint32_t hash) {
    const int32_t id = index_.add(written, hash);
    if (static_cast<size_t>(id) == tokens_.size()) add(written);
    return tokens_[id];
  }
  // Distinct words described so far.
  size_t size() const { return tokens_.size(); }
  // Forgets every word; tokens made before no longer view valid words.
  void clear();
  // What a possessive "'s" token and other punctuation tokens start as.
  const Token& possessive() const { return possessive_token_; }
  const Token& punctuation() const { return punctuation_token_; }

 private:
  void add(std::u16string_view written);

  const bool with_facts_;
  Word punctuation_, possessive_;  // folded "" and "'s"
  Token punctuation_token_, possessive_token_;
  WordIndex index_;               // written forms
  std::deque<Word> words_;        // a deque: tokens point into its words
  // By id in index_, what the word's tokens start as: side by side, so that
  // a look-up reads 32 bytes here rather than a pointer to a Word and then
  // the Word.
  std::vector<Token> tokens_;
  // Where add() folds a word: one buffer for all words, rather than a new
  // one per word that grows unit by unit (an allocation at each doubling).
  UnitBuffer scratch_;
};

// The tokens of one block of text. Words keep internal hyphens
// ("Saint-Étienne", "GPT-4") and apostrophes ("O’Brien"); a French elision
// ("d’Anthropic") and an English possessive ("Shell's") are split off.
// Tokens view the Vocabulary, which must outlive them.
class TokenBlock {
 public:
  TokenBlock() = default;
  TokenBlock(const TokenBlock&) = delete;
  TokenBlock& operator=(const TokenBlock&) = delete;

  // Replaces the tokens by those of text[begin, end), reusing the storage
  // of the previous block; words and numbers are described by `words`
  // (Token::folded, facts, cap, all_caps, camel). One pass over the text
  // (each code unit is read a bounded number of times).
  void tokenize(std::u16string_view text, int32_t begin, int32_t end, Vocabulary& words);

  std::vector<Token> tokens;
};

// Marks sentence starts and headline lines (see Token::weak): `sentences`
// are Document::sentences (may be empty); a line whose longer words are
// nearly all capitalized ("Partager Close Button") or in capitals is a
// headline, where capitals are no evidence of a name. `tokens` are fresh
// from TokenBlock::tokenize (weak and caps_line false). Linear: one pass,
// and a second over headline lines only.
void mark_positions(std::u16string_view text, const std::vector<Span>& sentences,
                    std::vector<Token>& tokens);

// fold() plus typographic apostrophes as '\''.
std::u16string fold_token(std::u16string_view word);

}  // namespace entity
}  // namespace tx

#endif  // TEXTEXPLORER_ENTITY_TOKENS_H_
