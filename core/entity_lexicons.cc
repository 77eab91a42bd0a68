#include "entity_lexicons.h"

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

// Folded tokens of a name, joined by single spaces: the form both the
// lexicon and the text are looked up in.
std::u16string joined_tokens(std::u16string_view name, int* count) {
  std::vector<Token> tokens = tokenize(name, 0, static_cast<int32_t>(name.size()));
  std::u16string out;
  *count = 0;
  for (const Token& t : tokens) {
    if (!out.empty()) out += u' ';
    out += t.kind == TokenKind::kPunct ? std::u16string(name.substr(t.start, t.end - t.start))
                                       : t.folded;
    ++*count;
  }
  return out;
}

bool ends_with(const std::u16string& s, const std::u16string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
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
  read_front_coded(file("common_words.txt"), [&](const std::u16string& w) { common_.insert(w); });
  read_front_coded(file("first_names.txt"), [&](const std::u16string& w) { first_.insert(w); });
  read_front_coded(file("not_names.txt"), [&](const std::u16string& w) {
    bool capitals = !w.empty() && w[0] >= u'A' && w[0] <= u'Z';
    (capitals ? caps_not_names_ : not_names_).insert(fold_token(w));
  });
  for (const auto& row : read_tsv(file("not_names_hand.tsv")))
    if (!row.empty()) not_names_.insert(fold_token(u16(row[0])));
  common_suffixes_ = {u"s", u"es", u"e", u"x", u"ed", u"ing", u"ly"};

  auto add_name = [&](const std::u16string& name, NameEntry entry) {
    int count = 0;
    std::u16string joined = joined_tokens(name, &count);
    if (joined.empty()) return;
    if (count > max_name_tokens_) max_name_tokens_ = count;
    names_[joined].push_back(std::move(entry));
  };
  read_front_coded(file("places.txt"), [&](const std::u16string& w) {
    NameEntry e;
    e.type = EType::kPlace;
    add_name(w, e);
  });
  for (const auto& row : read_tsv(file("places_exact.tsv"))) {
    if (row.empty()) continue;
    NameEntry e;
    e.type = EType::kPlace;
    e.exact = u16(row[0]);
    add_name(e.exact, e);
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
    add_name(name, e);
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
        cues_[static_cast<int>(kind)][u16(row[1])] = type;
      } else {
        int count = 0;
        cues_[static_cast<int>(kind)][joined_tokens(u16(row[1]), &count)] = type;
      }
    }
  }
}

bool Lexicons::is_common_word(const std::u16string& folded) const {
  auto one = [&](const std::u16string& w) {
    if (w.empty() || common_.count(w)) return true;
    for (const auto& s : common_suffixes_)
      if (w.size() > s.size() + 2 && ends_with(w, s) && common_.count(w.substr(0, w.size() - s.size())))
        return true;
    return false;
  };
  if (one(folded)) return true;
  if (folded.find(u'-') == std::u16string::npos) return false;
  size_t start = 0;
  while (true) {
    size_t dash = folded.find(u'-', start);
    std::u16string part = folded.substr(start, dash == std::u16string::npos ? std::u16string::npos : dash - start);
    if (!one(part)) return false;
    if (dash == std::u16string::npos) return true;
    start = dash + 1;
  }
}

bool Lexicons::is_first_name(const std::u16string& folded) const { return first_.count(folded) > 0; }

bool Lexicons::is_not_name(const std::u16string& folded, bool all_caps) const {
  if (not_names_.count(folded) > 0 || (all_caps && caps_not_names_.count(folded) > 0)) return true;
  size_t dash = folded.rfind(u'-');
  return dash != std::u16string::npos && dash + 1 < folded.size() && not_names_.count(folded.substr(dash + 1)) > 0;
}

const std::vector<NameEntry>* Lexicons::names(const std::u16string& joined) const {
  auto it = names_.find(joined);
  return it == names_.end() ? nullptr : &it->second;
}

EType Lexicons::cue(CueKind kind, const std::u16string& phrase) const {
  const auto& table = cues_[static_cast<int>(kind)];
  auto it = table.find(phrase);
  return it == table.end() ? EType::kNone : it->second;
}

bool Lexicons::has_cue(CueKind kind, const std::u16string& phrase) const {
  return cues_[static_cast<int>(kind)].count(phrase) > 0;
}

bool Lexicons::adjective_like(const std::u16string& folded) const {
  for (const auto& s : adj_suffixes_)
    if (folded.size() > s.size() + 1 && ends_with(folded, s)) return true;
  return false;
}

}  // namespace entity
}  // namespace tx
