#include "entity_tokens.h"

#include <unicode/utf16.h>

#include <algorithm>

#include "entity_chars.h"
#include "entity_lexicons.h"
#include "text.h"

namespace tx {
namespace entity {
namespace {

// Code point at i (a lone surrogate is returned as itself).
UChar32 code_point(std::u16string_view s, size_t i, size_t* next) {
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U16_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(k);
  return c;
}

bool is_hyphen(UChar32 c) { return c == u'-' || c == 0x2010 || c == 0x2011; }

// French words elided before a vowel: "l’", "d’", "qu’"... (folded).
bool is_elision(std::u16string_view folded_prefix) {
  static constexpr std::u16string_view kElisions[] = {u"l", u"d", u"j", u"m", u"n", u"s", u"t", u"c",
                                                      u"qu", u"jusqu", u"lorsqu", u"puisqu", u"quoiqu",
                                                      u"presqu"};
  for (std::u16string_view e : kElisions)
    if (folded_prefix == e) return true;
  return false;
}

// "-based", "-born", "-listed"... after a name: an English adjective made
// from the name, which stays out of it ("Paris-based" names Paris).
bool english_compound_tail(std::u16string_view text, size_t at, size_t stop) {
  const CharTable& chars = CharTable::get();
  static constexpr std::u16string_view kTails[] = {u"based", u"born", u"listed", u"owned", u"backed",
                                                   u"led", u"made", u"funded", u"headquartered",
                                                   u"controlled", u"linked", u"run", u"focused"};
  size_t e = at;
  while (e < stop && e - at < 16 && chars.is_alpha(text[e])) ++e;
  if (e < stop && (chars.is_word_char(text[e]) || is_hyphen(text[e]))) return false;
  std::u16string_view tail = text.substr(at, e - at);
  for (std::u16string_view t : kTails)
    if (tail == t) return true;
  return false;
}

// The capitalization facts of a word (Token::cap, all_caps, camel), fed
// its letters in order.
class LetterShape {
 public:
  // Counts rather than branches on the letter's case: the case of the next
  // letter is hard to predict.
  void add_letter(bool capital, bool lower) {
    if (letters_++ == 0) first_capital_ = capital;
    lower_ += lower;
    if (capital && lower_ > 0 && upper_after_lower_ == 0) upper_after_lower_ = lower_;
  }
  void apply_to(Token& t) const {
    t.cap = first_capital_;
    t.all_caps = letters_ >= 2 && lower_ == 0;
    // "OpenAI", "CoreWeave", "iPhone", "eBay"; not "deepfakesPandIA".
    t.camel = upper_after_lower_ > 0 && (t.cap || upper_after_lower_ <= 2);
  }

 private:
  int letters_ = 0, lower_ = 0;
  int upper_after_lower_ = 0;  // lower-case letters before the first capital after one
  bool first_capital_ = false;
};

// A word or number read from the text: word characters, joined by single
// hyphens, apostrophes, and (in numbers) by '.' or ',' between digits.
struct WordScan {
  size_t end = 0;
  uint32_t hash = 0;              // WordIndex::hash of the word
  bool split_elision = false;     // ends with the apostrophe of a French elision
  bool split_possessive = false;  // an English "'s" follows
};

// Whether text[start, end) holds a letter. Asked only where a word meets
// punctuation, so that the loop over the units of a word need not note it.
bool has_letter(const CharTable& chars, std::u16string_view text, size_t start, size_t end) {
  for (size_t i = start; i < end;)
    if (chars.is_alpha(code_point(text.substr(0, end), i, &i))) return true;
  return false;
}

// Reads the word that starts at `start` with a word character. `prefix` is
// scratch space for the folded word before an apostrophe.
WordScan scan_word(const CharTable& chars, std::u16string_view text, size_t start, size_t stop,
                   UnitBuffer& prefix) {
  const char16_t* const units = text.data();
  // Locals rather than fields of the result, so that they stay in registers.
  bool split_elision = false, split_possessive = false;
  WordHash hash;
  size_t j = start;
  while (j < stop) {
    // Most of a word: word characters of the BMP, read from the table alone.
    for (; j < stop; ++j) {
      const CharFacts facts = chars.facts(units[j]);
      if (!facts.is_word_char()) break;
      hash.add(units[j]);
    }
    // Most words end at a space, which joins nothing.
    if (j >= stop || chars.facts(units[j]).is_space()) break;
    // Then a code point above the BMP, or what ends or joins words.
    size_t n;
    const UChar32 d = code_point(text, j, &n);
    const CharFacts facts = chars.facts(d);
    // The code point d, which ends at `next`, is part of the word.
    auto take = [&](size_t next) {
      for (; j < next; ++j) hash.add(units[j]);
    };
    if (facts.is_word_char()) {
      take(n);
      continue;
    }
    // The checks below, which read the code point after d, are for
    // punctuation.
    if (n >= stop) break;
    size_t n2;
    UChar32 after = code_point(text, n, &n2);
    if (is_hyphen(d) && chars.is_word_char(after)) {
      if (has_letter(chars, text, start, j) && english_compound_tail(text, n, stop)) break;  // "Santa Clara-based"
      take(n);
      continue;
    }
    if ((d == u'.' || d == u',') && chars.is_digit(after) && j > start && chars.is_digit(text[j - 1]) &&
        !has_letter(chars, text, start, j)) {
      take(n);
      continue;
    }
    if (is_apostrophe(static_cast<char16_t>(d)) && chars.is_alpha(after)) {
      prefix.clear();
      chars.append_folded(text.substr(start, j - start), &prefix);
      if (is_elision(std::u16string_view(prefix.data(), prefix.size()))) {
        split_elision = true;
        take(n);
        break;
      }
      bool lone_s = (after == u's' || after == u'S') &&
                    (n2 >= stop || !chars.is_word_char(code_point(text, n2, &n2)));
      if (lone_s) { split_possessive = true; break; }
      take(n);
      continue;
    }
    break;
  }
  return WordScan{j, hash.value(), split_elision, split_possessive};
}

}  // namespace

std::u16string fold_token(std::u16string_view word) {
  UnitBuffer f;
  CharTable::get().append_folded(word, &f);
  return std::u16string(f.begin(), f.end());
}

Vocabulary::Vocabulary(bool with_facts) : with_facts_(with_facts) {
  // Token::folded stays empty for punctuation other than "'s".
  possessive_.folded = u"'s";
  if (with_facts) {
    punctuation_.facts = Lexicons::get().facts(u"");
    possessive_.facts = Lexicons::get().facts(u"'s");
  }
  possessive_.facts.folded = possessive_.folded;
  punctuation_token_.facts = &punctuation_.facts;
  possessive_token_.facts = &possessive_.facts;
}

void Vocabulary::add(std::u16string_view written) {
  const CharTable& chars = CharTable::get();
  Word& w = words_.emplace_back();
  LetterShape shape;
  bool has_letter = false, own_fold = true;
  for (size_t i = 0; i < written.size();) {
    const CharFacts facts = chars.facts(code_point(written, i, &i));
    own_fold = own_fold && facts.is_own_fold();
    if (!facts.is_alpha()) continue;
    has_letter = true;
    shape.add_letter(facts.is_capital(), facts.is_lower());
  }
  if (has_letter && !own_fold) {
    scratch_.clear();
    chars.append_folded(written, &scratch_);
    w.folded.assign(scratch_.begin(), scratch_.end());
  } else {
    w.folded = written;  // a number, or a word that is its own fold
  }
  Token& token = tokens_.emplace_back();
  token.kind = has_letter ? TokenKind::kWord : TokenKind::kNumber;
  if (has_letter) shape.apply_to(token);
  token.facts = &w.facts;
  if (with_facts_) {
    const Lexicons& lex = Lexicons::get();
    w.facts = lex.facts(w.folded);
    scratch_.clear();
    chars.append_case_folded(written, &scratch_);
    w.facts.case_folded.assign(scratch_.begin(), scratch_.end());
    w.facts.prep = lex.prep_cue(w.facts.case_folded);
    w.facts.ends_prep_phrase = lex.ends_prep_phrase(w.facts.case_folded);
  }
  w.facts.folded = w.folded;
}

void Vocabulary::clear() {
  index_.clear();
  tokens_.clear();
  words_.clear();
}

void TokenBlock::tokenize(std::u16string_view text, int32_t begin, int32_t end, Vocabulary& words) {
  const CharTable& chars = CharTable::get();
  bool newline = false, space = false;
  size_t i = static_cast<size_t>(std::max<int32_t>(0, begin));
  const size_t stop = std::min(text.size(), static_cast<size_t>(std::max<int32_t>(0, end)));
  tokens.clear();
  // About one token per 4.7 units in prose: room for a little more, so
  // that a block seldom moves its tokens as they grow.
  if (i < stop) tokens.reserve((stop - i) / 4 + 1);
  UnitBuffer prefix;  // folded word before an apostrophe
  size_t possessive_at = stop;  // where an English "'s" split off the last word starts
  while (i < stop) {
    const char16_t u = text[i];
    const CharFacts facts = chars.facts(u);
    if (facts.is_space()) {
      newline = newline || facts.is_line_break();
      space = true;
      ++i;
      continue;
    }
    // The token starts as its word (or punctuation) is, then gets its place.
    size_t next = i + 1;
    const Token* like;
    bool elision = false;
    if (i == possessive_at) {
      // "'s" as one punctuation-like token.
      next = std::min(i + 2, stop);
      like = &words.possessive();
    } else if (!facts.is_word_char() &&
               (!U16_IS_LEAD(u) || !chars.is_word_char(code_point(text, i, &next)))) {
      next = std::min(next, stop);
      like = &words.punctuation();
    } else {
      const WordScan w = scan_word(chars, text, i, stop, prefix);
      next = w.end;
      like = &words.word(std::u16string_view(text.data() + i, next - i), w.hash);
      elision = w.split_elision;
      if (w.split_possessive) possessive_at = next;
    }
    Token& t = tokens.emplace_back(*like);
    t.start = static_cast<int32_t>(i);
    t.end = static_cast<int32_t>(next);
    t.elision = elision;
    t.newline_before = newline;
    t.space_before = space;
    newline = space = false;
    i = next;
  }
}

namespace {

// Whether the word tokens[k] starts a sentence the sentence splitter did
// not see, judging by the punctuation mark right before it.
bool starts_sentence_after_mark(std::u16string_view text, const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  const Token& p = tokens[k - 1];
  const char16_t c = text[p.start];
  // A word right after an opening quotation mark starts a quoted sentence.
  if (c == u'\u00AB' || c == u'\u201C' || c == u'"') return true;
  // The sentence splitter keeps some breaks it takes for abbreviations
  // ("500 MW. Selon son PDG"), and a dateline ("PARIS (AFP) - Le
  // président") is no break to it: a word after a full stop, '!' or '?'
  // that follows a word, or after a dash that follows a parenthesis,
  // starts a sentence. Not after a title or an initial ("M. Amodei",
  // "J. K. Rowling", "U.S. Treasury"), where a name goes on.
  if (k < 2 || !t.space_before) return false;
  const Token& before = tokens[k - 2];
  if (c == u'.' || c == u'!' || c == u'?' || c == u'\u2026') {
    if (before.kind == TokenKind::kPunct || p.space_before) return false;
    return !(before.kind == TokenKind::kWord &&
             (before.end - before.start == 1 || before.facts->has_cue(CueKind::kTitle)));
  }
  return (c == u'-' || c == u'\u2013' || c == u'\u2014') && p.space_before &&
         before.kind == TokenKind::kPunct && text[before.start] == u')';
}

}  // namespace

void mark_positions(std::u16string_view text, const std::vector<Span>& sentences,
                    std::vector<Token>& tokens) {
  size_t s = 0;  // the sentence of the current token
  const Span* const sentence = sentences.data();
  const size_t sentence_count = sentences.size();
  int32_t last_sentence = -1;  // the sentence of the last word or number
  const size_t n = tokens.size();
  size_t line_start = 0;
  while (line_start < n) {
    int longer = 0, longer_cap = 0, words = 0, caps = 0;
    bool first_word = true, starts_capitalized = false;
    size_t k = line_start;
    for (; k < n && (k == line_start || !tokens[k].newline_before); ++k) {
      Token& t = tokens[k];
      // Sentence index of each token; the first word of each sentence is weak.
      while (s < sentence_count && sentence[s].end <= t.start) ++s;
      t.sentence = static_cast<int32_t>(s);
      if (t.kind == TokenKind::kPunct) continue;
      if (t.sentence != last_sentence) {
        last_sentence = t.sentence;
        t.weak = true;
      }
      if (t.kind != TokenKind::kWord) continue;
      if (k >= 1 && tokens[k - 1].kind == TokenKind::kPunct && starts_sentence_after_mark(text, tokens, k))
        t.weak = true;
      // The first word of a line is weak.
      if (first_word) {
        t.weak = true;
        first_word = false;
        starts_capitalized = t.cap || t.camel;
      } else if (t.end - t.start >= 3 && !t.elision) {
        ++longer;
        if (t.cap || t.camel) ++longer_cap;
      }
      if (t.end - t.start >= 2) {
        ++words;
        if (t.all_caps) ++caps;
      }
    }
    const size_t line_end = k;
    const Token& last = tokens[line_end - 1];
    // "Partager Close Button", "Markets Rally As Investors Cheer": nearly
    // every longer word capitalized, starting with a capital, and not a
    // sentence ending with a full stop after some lower-case word.
    bool full_stop = last.kind == TokenKind::kPunct && text[last.start] == u'.';
    bool headline = starts_capitalized && longer >= 1 && longer_cap * 4 >= longer * 3 &&
                    !(full_stop && longer_cap < longer);
    bool caps_line = words >= 3 && caps * 10 >= words * 7;
    // Headline lines make every word weak.
    if (headline || caps_line) {
      for (k = line_start; k < line_end; ++k) {
        Token& t = tokens[k];
        if (t.kind != TokenKind::kWord) continue;
        t.weak = true;
        t.caps_line = caps_line;
      }
    }
    line_start = line_end;
  }
}

}  // namespace entity
}  // namespace tx
