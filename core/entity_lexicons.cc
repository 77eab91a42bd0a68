#include "entity_lexicons.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "data_files.h"
#include "entity_tokens.h"
#include "text.h"

namespace tx {
namespace entity {
namespace {

constexpr const char* kDir = "lexicons/entities/";

std::string_view file(const char* name) { return data_file(std::string(kDir) + name); }

// Front-coded word list (see tools/generate.py): each line is one
// character '0' + n, n the length of the prefix shared with the previous
// word, then the rest. Lines starting with '#' are comments.
template <typename F>
void read_front_coded(std::string_view contents, F&& add) {
  std::u16string prev;
  for_each_data_line(contents, [&](std::string_view line) {
    size_t shared = static_cast<unsigned char>(line[0]) - '0';
    if (shared > prev.size()) shared = prev.size();
    std::u16string word = prev.substr(0, shared);
    try {
      word += utf8_to_utf16(line.substr(1));
    } catch (...) {
      return;
    }
    add(word);
    prev = std::move(word);
  });
}

// Folded tokens of a name or cue (punctuation tokens as their text): the
// parts both the lexicon and the text are looked up by.
std::vector<std::u16string> token_parts(Vocabulary& words, std::u16string_view name) {
  TokenBlock block;
  block.tokenize(name, 0, static_cast<int32_t>(name.size()), words);
  std::vector<std::u16string> parts;
  for (const Token& t : block.tokens)
    parts.emplace_back(t.kind == TokenKind::kPunct ? name.substr(t.start, t.end - t.start) : t.folded());
  return parts;
}

bool ends_with(std::u16string_view s, std::u16string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const char* type_name(EType type) {
  switch (type) {
    case EType::kPerson: return "PERSON";
    case EType::kOrg: return "ORG";
    case EType::kPlace: return "PLACE";
    case EType::kProduct: return "PRODUCT";
    case EType::kEvent: return "EVENT";
    case EType::kNone: break;
  }
  return "";
}

const char* type_rule_name(EType type) {
  switch (type) {
    case EType::kPerson: return "person";
    case EType::kOrg: return "org";
    case EType::kPlace: return "place";
    case EType::kProduct: return "product";
    case EType::kEvent: return "event";
    case EType::kNone: break;
  }
  return "none";
}

EType parse_type(std::string_view name) {
  if (name == "PERSON") return EType::kPerson;
  if (name == "ORG") return EType::kOrg;
  if (name == "PLACE") return EType::kPlace;
  if (name == "PRODUCT") return EType::kProduct;
  if (name == "EVENT") return EType::kEvent;
  return EType::kNone;
}

const Lexicons& Lexicons::get() {
  static const Lexicons* lexicons = new Lexicons();
  return *lexicons;
}

Lexicons::Lexicons() {
  Vocabulary words(/*with_facts=*/false);  // of the names and cues
  read_front_coded(file("common_words.txt"), [&](const std::u16string& w) { words_[add_word(w)].common = true; });
  read_front_coded(file("first_names.txt"), [&](const std::u16string& w) { words_[add_word(w)].first_name = true; });
  read_front_coded(file("not_names.txt"), [&](const std::u16string& w) {
    bool capitals = !w.empty() && w[0] >= u'A' && w[0] <= u'Z';
    WordEntry& e = words_[add_word(fold_token(w))];
    (capitals ? e.caps_not_name : e.not_name) = true;
  });
  for (const auto& row : read_tsv(file("not_names_hand.tsv")))
    if (!row.empty()) words_[add_word(fold_token(u16(row[0])))].not_name = true;
  common_suffixes_ = {u"s", u"es", u"e", u"x", u"ed", u"ing", u"ly"};

  read_front_coded(file("places.txt"), [&](const std::u16string& w) {
    NameEntry e;
    e.type = EType::kPlace;
    add_name(words, w, e);
  });
  for (const auto& row : read_tsv(file("places_exact.tsv"))) {
    if (row.empty()) continue;
    NameEntry e;
    e.type = EType::kPlace;
    e.exact = u16(row[0]);
    add_name(words, e.exact, e);
  }
  for (const auto& row : read_tsv(file("known.tsv"))) {
    if (row.size() < 2) continue;
    NameEntry e;
    e.type = parse_type(row[1]);
    if (e.type == EType::kNone) continue;
    e.curated = true;
    std::u16string name = u16(row[0]);
    bool capitals = name.size() <= 6;
    for (char16_t c : name)
      if (c >= u'a' && c <= u'z') capitals = false;
    if (capitals) e.exact = name;
    if (row.size() >= 3 && !row[2].empty()) e.key = u16(row[2]);
    add_name(words, name, e);
  }
  for (const auto& row : read_tsv(file("cues.tsv"))) {
    if (row.size() < 2) continue;
    static const std::pair<std::string_view, CueKind> kKinds[] = {
        {"title", CueKind::kTitle}, {"noun", CueKind::kNoun},     {"of", CueKind::kOf},
        {"verb", CueKind::kVerb},   {"prep", CueKind::kPrep},     {"suffix", CueKind::kSuffix},
        {"head", CueKind::kHead},   {"stop", CueKind::kStop},     {"adjsuffix", CueKind::kAdjSuffix},
        {"portfolio", CueKind::kPortfolio}, {"byline", CueKind::kByline}};
    for (const auto& [name, kind] : kKinds) {
      if (row[0] != name) continue;
      EType type = row.size() >= 3 ? parse_type(row[2]) : EType::kNone;
      if (kind == CueKind::kAdjSuffix) {
        adj_suffixes_.push_back(u16(row[1]));
      } else if (kind == CueKind::kPrep) {
        // Accents matter here: "à" is a preposition, "a" a verb.
        const std::u16string prep = u16(row[1]);
        const int32_t id = prep_ids_.add(prep);
        if (static_cast<size_t>(id) == prep_cues_.size()) prep_cues_.push_back(type);
        prep_cues_[id] = type;
        const size_t space = prep.rfind(u' ');
        if (space != std::u16string::npos) prep_last_words_.add(std::u16string_view(prep).substr(space + 1));
      } else {
        add_cue(words, kind, u16(row[1]), type);
      }
    }
  }
}

WordId Lexicons::add_word(std::u16string_view folded) {
  const WordId id = ids_.add(folded);
  if (static_cast<size_t>(id) == words_.size()) words_.emplace_back();
  return id;
}

void Lexicons::add_name(Vocabulary& words, std::u16string_view name, NameEntry entry) {
  std::vector<std::u16string> parts = token_parts(words, name);
  if (parts.empty()) return;
  NameNode node = kNameRoot;
  if (names_.empty()) names_.emplace_back();  // the root
  words_[add_word(parts.front())].starts_name = true;
  for (const std::u16string& part : parts) {
    const NameNode next = static_cast<NameNode>(names_.size());
    node = name_edges_.emplace(node, add_word(part), next);
    if (node == next) names_.emplace_back();
  }
  names_[node].push_back(std::move(entry));
}

// The text is looked up by one word (WordFacts) or two (two_word_cues_):
// a cue of three words or more is never matched.
void Lexicons::add_cue(Vocabulary& words, CueKind kind, std::u16string_view cue, EType type) {
  std::vector<std::u16string> parts = token_parts(words, cue);
  const int k = static_cast<int>(kind);
  if (parts.size() <= 1) {
    WordEntry& e = words_[add_word(parts.empty() ? u"" : parts[0])];
    e.cue_kinds |= static_cast<uint16_t>(1u << k);
    e.cue_type[k] = type;
  } else if (parts.size() == 2) {
    const WordId second = add_word(parts[1]);
    two_word_cues_[k].set(add_word(parts[0]), second, static_cast<int32_t>(type));
    words_[second].second_of_cue_kinds |= static_cast<uint16_t>(1u << k);
  }
}

const Lexicons::WordEntry* Lexicons::entry(std::u16string_view folded) const {
  const WordId id = ids_.find(folded);
  return id == kNoWord ? nullptr : &words_[id];
}

WordId Lexicons::word_id(std::u16string_view folded) const { return ids_.find(folded); }

WordFacts Lexicons::facts(std::u16string_view folded) const {
  WordFacts f;
  f.id = word_id(folded);
  const WordEntry* e = f.id == kNoWord ? nullptr : &words_[f.id];
  if (e) {
    f.first_name = e->first_name;
    f.starts_name = e->starts_name;
    f.cue_kinds = e->cue_kinds;
    f.second_of_cue_kinds = e->second_of_cue_kinds;
    std::copy(std::begin(e->cue_type), std::end(e->cue_type), std::begin(f.cue_type));
  }
  f.common = is_common_word(folded, e);
  f.not_name = is_not_name(folded, false, e);
  f.not_name_in_caps = is_not_name(folded, true, e);
  return f;
}

bool Lexicons::common_or_inflected(std::u16string_view w, const WordEntry* e) const {
  if (w.empty() || (e && e->common)) return true;
  for (const auto& s : common_suffixes_) {
    if (w.size() > s.size() + 2 && ends_with(w, s)) {
      const WordEntry* stem = entry(w.substr(0, w.size() - s.size()));
      if (stem && stem->common) return true;
    }
  }
  return false;
}

bool Lexicons::is_common_word(std::u16string_view folded, const WordEntry* e) const {
  if (common_or_inflected(folded, e)) return true;
  if (folded.find(u'-') == std::u16string_view::npos) return false;
  size_t start = 0;
  while (true) {
    size_t dash = folded.find(u'-', start);
    std::u16string_view part = folded.substr(start, dash == std::u16string_view::npos ? dash : dash - start);
    if (!common_or_inflected(part, entry(part))) return false;
    if (dash == std::u16string_view::npos) return true;
    start = dash + 1;
  }
}

bool Lexicons::is_not_name(std::u16string_view folded, bool all_caps, const WordEntry* e) const {
  if (e && (e->not_name || (all_caps && e->caps_not_name))) return true;
  size_t dash = folded.rfind(u'-');
  if (dash == std::u16string_view::npos || dash + 1 >= folded.size()) return false;
  const WordEntry* last_part = entry(folded.substr(dash + 1));
  return last_part && last_part->not_name;
}

NameNode Lexicons::next_name_node(NameNode node, WordId word) const {
  const int32_t next = name_edges_.find(node, word);
  return next == IdPairMap::kAbsent ? kNoName : next;
}

const std::vector<NameEntry>* Lexicons::names_at(NameNode node) const {
  if (node == kNoName || node >= static_cast<NameNode>(names_.size()) || names_[node].empty()) return nullptr;
  return &names_[node];
}

EType Lexicons::cue(CueKind kind, WordId first, WordId second) const {
  const int32_t type = two_word_cues_[static_cast<int>(kind)].find(first, second);
  return type == IdPairMap::kAbsent ? EType::kNone : static_cast<EType>(type);
}

EType Lexicons::prep_cue(std::u16string_view case_folded) const {
  const int32_t id = prep_ids_.find(case_folded);
  return id == WordIndex::kAbsent ? EType::kNone : prep_cues_[id];
}

bool Lexicons::adjective_like(std::u16string_view folded) const {
  for (const auto& s : adj_suffixes_)
    if (folded.size() > s.size() + 1 && ends_with(folded, s)) return true;
  return false;
}

}  // namespace entity
}  // namespace tx
