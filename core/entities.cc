#include "entities.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <deque>

#include "entity_cues.h"
#include "entity_grouping.h"
#include "entity_spans.h"
#include "entity_tokens.h"
#include "sentences.h"
#include "text.h"

namespace tx {
namespace {

// Texts are read in blocks of about this many code units, so that the
// token table of a huge text never has to be held whole; entities are
// resolved over the whole document afterwards.
constexpr int32_t kBlock = 1 << 18;

// The vocabulary is a cache of the document's distinct words (a few hundred
// bytes each): a text of more words than this (a word list, random text)
// has it emptied between blocks, so that its memory stays bounded.
constexpr size_t kMaxVocabularyWords = 1 << 16;

bool starts_lower(const std::u16string& text, int32_t i) {
  return i < static_cast<int32_t>(text.size()) && u_islower(text[i]);
}

// Where the block that begins at `start` ends: at the first sentence start
// past kBlock units, so that no name is cut. A sentence longer than a block
// (text with no full stop) is cut before a lower-case word that follows two
// lower-case words, which no name spans ("de la Fontaine", "von der Leyen"
// start with a capital); failing that, before the first word past kBlock:
// a cut inside a word makes two words of it, and the half at the start of
// the next block ("Paris" cut as "Pa|ris") is a lower-case word that can
// change how that block reads its line (see mark_positions); failing that
// (one word longer than a block), between two code points. Each fallback
// reads at most kBlock units.
int32_t block_end(const std::u16string& text, const std::vector<Span>& sentences, int32_t start) {
  const int32_t n = static_cast<int32_t>(text.size());
  if (n - start <= kBlock) return n;
  const int32_t target = start + kBlock;
  const int32_t limit = n - target <= kBlock ? n : target + kBlock;
  auto next = std::lower_bound(sentences.begin(), sentences.end(), target,
                               [](const Span& s, int32_t at) { return s.start < at; });
  if (next != sentences.end() && next->start <= limit) return next->start;
  int lower_words = 0;  // lower-case words just before i
  int32_t first_word = -1;  // start of the first word past target
  for (int32_t i = target; i < limit; ++i) {
    if (!is_space(text[i]) || is_space(text[i + 1])) continue;
    if (first_word < 0 && i + 1 < limit) first_word = i + 1;
    if (lower_words >= 2 && starts_lower(text, i + 1)) return i + 1;
    lower_words = starts_lower(text, i + 1) ? lower_words + 1 : 0;
  }
  if (first_word >= 0) return first_word;
  int32_t cut = limit;
  if (cut < n && U16_IS_TRAIL(text[cut])) ++cut;
  return cut;
}

}  // namespace

std::vector<Entity> find_entities(const Document& doc) {
  try {
    if (doc.text.empty()) return {};
    std::vector<Span> own_sentences;
    if (doc.sentences.empty()) own_sentences = split_sentences(doc.text, doc.lang.empty() ? "en" : doc.lang);
    const std::vector<Span>& sentences = doc.sentences.empty() ? own_sentences : doc.sentences;
    // A deque: appending never moves the mentions of the blocks before.
    std::deque<entity::Mention> mentions;
    std::vector<entity::Mention> found;  // in one block
    entity::TokenBlock block;
    entity::Vocabulary words(/*with_facts=*/true);
    for (int32_t start = 0; start < static_cast<int32_t>(doc.text.size());) {
      int32_t end = block_end(doc.text, sentences, start);
      block.tokenize(doc.text, start, end, words);
      std::vector<entity::Token>& tokens = block.tokens;
      entity::mark_positions(doc.text, sentences, tokens);
      entity::find_name_spans(doc.text, tokens, found);
      entity::apply_context_cues(doc.text, tokens, found);
      mentions.insert(mentions.end(), std::make_move_iterator(found.begin()),
                      std::make_move_iterator(found.end()));
      if (words.size() > kMaxVocabularyWords) words.clear();  // no token views it now
      start = end;
    }
    return entity::resolve_document(doc.text, std::move(mentions));
  } catch (...) {
    return {};
  }
}

}  // namespace tx
