#include "figure_lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "text.h"

namespace tx {
namespace figures {
namespace {

bool is_hyphen(char16_t c) { return c == u'-' || c == 0x2010 || c == 0x2011; }

// fold() through ICU, unit by unit (Latin units only: above them ICU's
// simple case fold is used, accents there being rare in French and English
// news and precomposed letters outside Latin left as written).
char16_t fold_latin_unit(char16_t c) {
  if (is_apostrophe(c)) return u'\'';
  if (is_hyphen(c)) return u'-';
  if (c < 0x80) return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
  std::u16string folded = fold(std::u16string(1, c));
  return folded.empty() ? c : folded[0];
}

}  // namespace

const LatinUnit* build_latin_units() {
  static std::array<LatinUnit, kLatinTableSize> table;
  for (char16_t c = 0; c < kLatinTableSize; ++c)
    table[c] = LatinUnit{fold_latin_unit(c), is_letter(c), is_space(c)};
  return table.data();
}

char16_t fold_char_above_latin(char16_t c) {
  if (is_apostrophe(c)) return u'\'';
  if (is_hyphen(c)) return u'-';
  if (c >= 0xD800 && c <= 0xDFFF) return c;
  return static_cast<char16_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
}

std::u16string fold_phrase(std::string_view utf8) {
  std::u16string s = utf8_to_utf16(utf8);
  for (char16_t& c : s) c = fold_char(c);
  return s;
}

std::optional<size_t> skip_longer_gap(std::u16string_view text, size_t pos) {
  size_t spaces = 0, breaks = 0;
  while (pos < text.size() && fast_is_space(text[pos])) {
    char16_t c = text[pos];
    bool crlf = c == u'\r' && pos + 1 < text.size() && text[pos + 1] == u'\n';
    if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0085) ++breaks;
    pos += crlf ? 2 : 1;
    if (++spaces > kMaxGap || breaks > 1) return std::nullopt;
  }
  return pos;
}

PhraseTable::PhraseTable(bool hyphen_is_space) : hyphen_is_space_(hyphen_is_space) {
  for (int folded = 0; folded < 2; ++folded) {
    for (char16_t c = 0; c < kLatinTableSize; ++c) {
      walk_keys_[folded][c] = is_gap_unit(c) ? u' ' : key_of(c, folded == 1);
      const char16_t key = walk_keys_[folded][c];
      if (!fast_is_letter(c) && key < kLatinTableSize) keys_of_non_letters_[folded][key] = true;
    }
  }
}

bool PhraseTable::may_match_after_word(const Place& place) const {
  const Node& node = (place.folded ? folded_ : exact_).nodes[place.node];
  if (node.payload >= 0) return true;
  for (const auto& [key, next] : node.children)
    if (key >= kLatinTableSize || keys_of_non_letters_[place.folded][key]) return true;
  return false;
}

bool PhraseTable::ends_a_phrase(const Place& place) const {
  return (place.folded ? folded_ : exact_).nodes[place.node].payload >= 0;
}

std::vector<char16_t> PhraseTable::keys_after(const Place& place) const {
  std::vector<char16_t> keys;
  for (const auto& [key, next] : (place.folded ? folded_ : exact_).nodes[place.node].children)
    keys.push_back(key);
  return keys;
}

std::optional<PhraseTable::LatinUnitSet> PhraseTable::units_after(const Place& place,
                                                                  char16_t key) const {
  const Trie& trie = place.folded ? folded_ : exact_;
  const int32_t node = child(trie, place.node, key);
  LatinUnitSet set;
  if (node < 0) return set;
  if (trie.nodes[node].payload >= 0) return std::nullopt;
  for (char16_t u = 0; u < kLatinTableSize; ++u)
    if (child(trie, node, walk_key(u, place.folded)) >= 0) set.bits[u / 64] |= uint64_t{1} << (u % 64);
  return set;
}

int32_t PhraseTable::child(const Trie& trie, int32_t node, char16_t c) {
  if (node == 0 && c < 256) return trie.root_latin1[c];
  const auto& children = trie.nodes[node].children;
  auto it = std::lower_bound(children.begin(), children.end(), c,
                             [](const std::pair<char16_t, int32_t>& p, char16_t k) { return p.first < k; });
  return it != children.end() && it->first == c ? it->second : -1;
}

bool PhraseTable::is_gap_unit(char16_t c) const {
  return fast_is_space(c) || (hyphen_is_space_ && is_hyphen(c));
}

char16_t PhraseTable::key_of(char16_t c, bool folded) {
  if (folded) return fold_char(c);
  return is_apostrophe(c) ? u'\'' : is_hyphen(c) ? u'-' : c;
}

void PhraseTable::mark_ascii_pairs(Trie& trie, bool folded, char16_t first_key,
                                   char16_t second_key) const {
  auto has_key = [&](char16_t unit, char16_t k) {
    return k == u' ' ? is_gap_unit(unit) : !is_gap_unit(unit) && key_of(unit, folded) == k;
  };
  for (char16_t first = 0; first < 128; ++first) {
    if (!has_key(first, first_key)) continue;
    for (char16_t second = 0; second < 128; ++second) {
      if (second_key != 0 && !has_key(second, second_key)) continue;
      trie.ascii_pairs.add(first, second);
    }
  }
}

void PhraseTable::insert(Trie& trie, bool folded, const std::u16string& key, int payload) {
  int32_t node = 0;
  for (size_t depth = 0; depth < key.size(); ++depth) {
    const char16_t c = key[depth];
    int32_t next = child(trie, node, c);
    if (next < 0) {
      // A second unit the walk may now read after the first.
      if (depth == 1) mark_ascii_pairs(trie, folded, key[0], c);
      next = static_cast<int32_t>(trie.nodes.size());
      auto& children = trie.nodes[node].children;
      auto it = std::lower_bound(children.begin(), children.end(), c,
                                 [](const std::pair<char16_t, int32_t>& p, char16_t k) { return p.first < k; });
      children.insert(it, {c, next});
      if (node == 0 && c < 256) trie.root_latin1[c] = next;
      trie.nodes.push_back(Node{});
      if (node == 0) {
        // A new first unit: the Latin text units that walk() looks up by
        // this key may now start a match.
        for (char16_t u = 0; u < kLatinTableSize; ++u)
          if (!is_gap_unit(u) && key_of(u, folded) == c) trie.may_start[u] = true;
      }
    }
    node = next;
  }
  if (trie.nodes[node].payload < 0) trie.nodes[node].payload = payload;
  // A one-unit phrase: a walk gets past its unit whatever follows.
  if (key.size() == 1) mark_ascii_pairs(trie, folded, key[0], 0);
}

void PhraseTable::add(std::string_view utf8, int payload, bool case_sensitive) {
  std::u16string key = utf8_to_utf16(utf8);
  std::u16string normalized;
  bool last_space = false;
  for (char16_t c : key) {
    if (is_space(c) || (hyphen_is_space_ && is_hyphen(c))) {
      if (!last_space && !normalized.empty()) normalized.push_back(u' ');
      last_space = true;
      continue;
    }
    last_space = false;
    normalized.push_back(key_of(c, !case_sensitive));
  }
  while (!normalized.empty() && normalized.back() == u' ') normalized.pop_back();
  if (normalized.empty()) return;
  insert(case_sensitive ? exact_ : folded_, !case_sensitive, normalized, payload);
}

void PhraseTable::insert_all(Trie& trie, bool folded, const Trie& from, int32_t node,
                             std::u16string& key, int payload) {
  if (from.nodes[node].payload >= 0) insert(trie, folded, key, payload);
  for (const auto& [unit, next] : from.nodes[node].children) {
    key.push_back(unit);
    insert_all(trie, folded, from, next, key, payload);
    key.pop_back();
  }
}

void PhraseTable::add_all(const PhraseTable& other, int payload) {
  std::u16string key;
  insert_all(exact_, false, other.exact_, 0, key, payload);
  insert_all(folded_, true, other.folded_, 0, key, payload);
}

// Walks one trie from `pos`; each step consumes one text unit or one gap,
// so the walk is bounded by the depth of the trie.
void PhraseTable::walk(const Trie& trie, bool folded, int32_t node, std::u16string_view text,
                       size_t start, size_t pos, std::optional<Match>& best, bool first_only) const {
  size_t i = pos;
  while (true) {
    const Node& n = trie.nodes[node];
    if (n.payload >= 0 && i > start) {
      char16_t last = text[i - 1];
      bool boundary_ok = !is_word_char(last) || i >= text.size() || !is_word_char(text[i]);
      if (boundary_ok && (!best || i > best->end)) best = Match{i, n.payload};
      if (best && first_only) return;
    }
    if (i >= text.size() || n.children.empty()) return;
    const char16_t c = text[i];
    const char16_t key = walk_key(c, folded);
    int32_t next = child(trie, node, key);
    if (next < 0) return;
    size_t advance_to = i + 1;
    if (key == u' ') {
      // A gap: a run of spaces (as skip_gap allows it), or a hyphen read as
      // a space with any spaces around it ("vingt - cinq" is one gap).
      const size_t spaces_from = fast_is_space(c) ? i : i + 1;
      if (spaces_from < text.size() && fast_is_space(text[spaces_from])) {
        std::optional<size_t> after = skip_gap(text, spaces_from);
        if (!after) return;
        advance_to = *after;
      }
    }
    node = next;
    i = advance_to;
  }
}

std::optional<PhraseTable::Match> PhraseTable::match(std::u16string_view text, size_t pos) const {
  std::optional<Match> best;
  if (pos >= text.size()) return best;
  if (exact_.may_match_at(text, pos)) walk(exact_, false, 0, text, pos, pos, best);
  if (folded_.may_match_at(text, pos)) walk(folded_, true, 0, text, pos, pos, best);
  return best;
}

std::optional<PhraseTable::Match> PhraseTable::match_case_sensitive(std::u16string_view text,
                                                                    size_t pos) const {
  std::optional<Match> best;
  if (pos < text.size() && exact_.may_match_at(text, pos)) walk(exact_, false, 0, text, pos, pos, best);
  return best;
}

std::optional<PhraseTable::Match> PhraseTable::resume(const Place& place, std::u16string_view text,
                                                      size_t start, size_t pos) const {
  std::optional<Match> best;
  if (place.node >= 0)
    walk(place.folded ? folded_ : exact_, place.folded, place.node, text, start, pos, best);
  return best;
}

bool PhraseTable::resumes_to_a_phrase(const Place& place, std::u16string_view text, size_t start,
                                      size_t pos) const {
  std::optional<Match> found;
  if (place.node >= 0)
    walk(place.folded ? folded_ : exact_, place.folded, place.node, text, start, pos, found, true);
  return found.has_value();
}

void PhraseTable::visit_prefixes(
    const Trie& trie, bool folded, int32_t node, std::u16string& prefix,
    const std::function<void(std::u16string_view prefix, const Place& place)>& visit) const {
  if (!prefix.empty()) visit(prefix, Place{folded, node});
  for (const auto& [unit, next] : trie.nodes[node].children) {
    prefix.push_back(unit);
    visit_prefixes(trie, folded, next, prefix, visit);
    prefix.pop_back();
  }
}

void PhraseTable::for_each_prefix(
    const std::function<void(std::u16string_view prefix, const Place& place)>& visit) const {
  std::u16string prefix;
  visit_prefixes(exact_, false, 0, prefix, visit);
  visit_prefixes(folded_, true, 0, prefix, visit);
}

bool lang_matches(std::string_view field, const std::string& lang) {
  size_t start = 0;
  while (start <= field.size()) {
    size_t comma = field.find(',', start);
    if (comma == std::string_view::npos) comma = field.size();
    std::string_view item = field.substr(start, comma - start);
    if (item == "*" || item == lang) return true;
    start = comma + 1;
  }
  return false;
}

}  // namespace figures
}  // namespace tx
