#include "entity_grouping.h"

#include <unordered_map>
#include <unordered_set>

#include "text.h"

namespace tx {
namespace entity {
namespace {

// Surnames of people named with a first name: folded last word -> the key
// of the full name, the most recent one before each mention.
void group_surnames(std::vector<Mention>& mentions) {
  // "marine le pen" gives "le pen" and "pen".
  auto tails = [](const std::u16string& key) {
    std::vector<std::u16string> out;
    for (size_t sp = key.find(u' '); sp != std::u16string::npos; sp = key.find(u' ', sp + 1))
      out.push_back(key.substr(sp + 1));
    return out;
  };
  std::unordered_map<std::u16string, std::u16string> first_seen;
  for (const Mention& m : mentions)
    if (m.type == EType::kPerson && m.words >= 2)
      for (const auto& tail : tails(m.key)) first_seen.emplace(tail, m.key);
  std::unordered_map<std::u16string, std::u16string> latest;
  for (Mention& m : mentions) {
    if (m.type == EType::kPerson && m.words >= 2)
      for (const auto& tail : tails(m.key)) latest[tail] = m.key;
    auto it = latest.find(m.key);
    if (it == latest.end()) it = first_seen.find(m.key);
    if (it == first_seen.end() || it->second == m.key) continue;
    if (m.strength >= kStrongCue && m.type != EType::kPerson) continue;
    m.key = it->second;
    m.type = EType::kPerson;
    m.strength = kSurname;
    m.rule = "surname";
    m.pending = false;
  }
}

}  // namespace

std::vector<Entity> resolve_document(std::u16string_view text, std::vector<Mention> mentions) {
  group_surnames(mentions);

  struct Best {
    EType type = EType::kNone;
    int strength = 0;
  };
  std::unordered_map<std::u16string, Best> best;
  std::unordered_set<std::u16string> confirmed;
  for (const Mention& m : mentions) {
    Best& b = best[m.key];
    if (m.strength > b.strength) b = {m.type, m.strength};
    if (!m.pending) confirmed.insert(m.key);
  }

  std::vector<Entity> out;
  out.reserve(mentions.size());
  for (Mention& m : mentions) {
    // A strong cue of its own ("M. Bouvier" after a sentence break) confirms it.
    if (m.pending && !confirmed.count(m.key) && m.strength < kStrongCue) continue;
    const Best& b = best[m.key];
    if (m.strength < kStrongCue && b.strength > m.strength) {
      m.type = b.type;
      m.rule = "document";
    }
    if (m.type == EType::kNone) continue;
    if (m.number_end > m.span.end &&
        ((m.type == EType::kProduct && !m.number_is_year) || (m.type == EType::kEvent && m.number_is_year))) {
      std::u16string_view number = text.substr(m.span.end, m.number_end - m.span.end);
      while (!number.empty() && is_space(number.front())) number.remove_prefix(1);
      m.key += u' ';
      m.key.append(number);
      m.span.end = m.number_end;
    }
    Entity e;
    e.span = m.span;
    e.type = type_name(m.type);
    e.key = utf16_to_utf8(m.key);
    e.rule = std::string("entity.") + type_rule_name(m.type) + "." + m.rule;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace entity
}  // namespace tx
