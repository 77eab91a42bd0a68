#include "entities.h"

#include <algorithm>

#include "entity_cues.h"
#include "entity_grouping.h"
#include "entity_spans.h"
#include "entity_tokens.h"
#include "sentences.h"

namespace tx {
namespace {

// Texts are read in blocks of about this many code units, cut at a line
// break, so that the token table of a huge text never has to be held
// whole; entities are resolved over the whole document afterwards.
constexpr int32_t kBlock = 1 << 18;

int32_t block_end(const std::u16string& text, int32_t start) {
  const int32_t n = static_cast<int32_t>(text.size());
  if (n - start <= kBlock) return n;
  int32_t cut = start + kBlock;
  int32_t limit = std::min(n, cut + kBlock / 4);
  while (cut < limit && text[cut] != u'\n') ++cut;
  return cut;
}

}  // namespace

std::vector<Entity> find_entities(const Document& doc) {
  try {
    if (doc.text.empty()) return {};
    std::vector<Span> sentences = doc.sentences;
    if (sentences.empty()) sentences = split_sentences(doc.text, doc.lang.empty() ? "en" : doc.lang);
    std::vector<entity::Mention> mentions;
    for (int32_t start = 0; start < static_cast<int32_t>(doc.text.size());) {
      int32_t end = block_end(doc.text, start);
      std::vector<entity::Token> tokens = entity::tokenize(doc.text, start, end);
      entity::mark_positions(doc.text, sentences, tokens);
      std::vector<entity::Mention> found = entity::find_name_spans(doc.text, tokens);
      entity::apply_context_cues(doc.text, tokens, found);
      mentions.insert(mentions.end(), std::make_move_iterator(found.begin()),
                      std::make_move_iterator(found.end()));
      start = end;
    }
    return entity::resolve_document(doc.text, std::move(mentions));
  } catch (...) {
    return {};
  }
}

}  // namespace tx
