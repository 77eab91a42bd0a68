#include "entity_grouping.h"

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "entity_word_index.h"
#include "text.h"

namespace tx {
namespace entity {
namespace {

// "marine le pen" gives the surnames "le pen" and "pen".
template <typename F>
void for_each_surname(std::u16string_view full_name, F&& f) {
  for (size_t space = full_name.find(u' '); space != std::u16string_view::npos;
       space = full_name.find(u' ', space + 1))
    f(full_name.substr(space + 1));
}

bool is_full_name(const Mention& m) { return m.type == EType::kPerson && m.words >= 2; }

// Surnames of people named with a first name: a surname takes the key of
// the most recent full name before it that ends with it, else of the first.
void group_surnames(std::deque<Mention>& mentions) {
  std::vector<std::u16string> full_names;  // keys of the full names, in order
  WordIndex surnames;
  std::vector<int32_t> first_full_name;  // by surname id: index in full_names
  for (const Mention& m : mentions) {
    if (!is_full_name(m)) continue;
    full_names.push_back(m.key);
    for_each_surname(m.key, [&](std::u16string_view surname) {
      if (static_cast<size_t>(surnames.add(surname)) == first_full_name.size())
        first_full_name.push_back(static_cast<int32_t>(full_names.size() - 1));
    });
  }
  std::vector<int32_t> latest_full_name(first_full_name.size(), -1);
  int32_t full_name = 0;
  for (Mention& m : mentions) {
    if (is_full_name(m)) {
      for_each_surname(m.key, [&](std::u16string_view surname) { latest_full_name[surnames.find(surname)] = full_name; });
      ++full_name;
    }
    const int32_t surname = surnames.find(m.key);
    if (surname == WordIndex::kAbsent) continue;
    const int32_t latest = latest_full_name[surname];
    const std::u16string& key = full_names[latest >= 0 ? latest : first_full_name[surname]];
    if (key == m.key) continue;
    if (m.strength >= kStrongCue && m.type != EType::kPerson) continue;
    m.key = key;
    m.type = EType::kPerson;
    m.strength = kSurname;
    m.rule = Rule::kSurname;
    m.pending = false;
  }
}

// "entity.<type>.<rule>" for every type and rule, made once for the
// program: each Entity views its rule here instead of holding a copy (an
// allocation per entity, as the full names are longer than a short string).
// Built on first use, then only read, so that any thread may read it.
std::string_view full_rule_name(EType type, Rule rule) {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    all.reserve(kETypes * kRules);
    for (int t = 0; t < kETypes; ++t)
      for (int r = 0; r < kRules; ++r)
        all.push_back(std::string("entity.") + type_rule_name(static_cast<EType>(t)) + "." + kRuleNames[r]);
    return all;
  }();
  return names[static_cast<int>(type) * kRules + static_cast<int>(rule)];
}

}  // namespace

std::vector<Entity> resolve_document(std::u16string_view text, std::deque<Mention> mentions) {
  group_surnames(mentions);

  struct Best {
    EType type = EType::kNone;
    int strength = 0;
  };
  // By key id: the strongest evidence, and whether a mention that is not
  // pending has the key.
  // Not reserved for every mention: mentions mostly repeat keys, and a
  // table sized for all of them is mostly zero-filled for nothing.
  WordIndex keys;
  std::vector<int32_t> key_ids;
  key_ids.reserve(mentions.size());
  std::vector<Best> best;
  std::vector<bool> confirmed;
  for (const Mention& m : mentions) {
    const int32_t id = keys.add(m.key);
    key_ids.push_back(id);
    if (static_cast<size_t>(id) == best.size()) {
      best.emplace_back();
      confirmed.push_back(false);
    }
    Best& b = best[id];
    if (m.strength > b.strength) b = {m.type, m.strength};
    if (!m.pending) confirmed[id] = true;
  }

  // Each distinct key is converted to UTF-8 once.
  std::vector<std::string> utf8_keys(best.size());
  std::vector<bool> converted(best.size(), false);
  // Copied into each entity: a short string (no allocation), and no
  // length to count as from a char literal.
  std::string type_names[kETypes];
  for (int t = 0; t < kETypes; ++t) type_names[t] = type_name(static_cast<EType>(t));
  std::vector<Entity> out;
  out.reserve(mentions.size());
  auto key_id = key_ids.begin();
  for (Mention& m : mentions) {
    const int32_t key = *key_id++;
    // A strong cue of its own ("M. Bouvier" after a sentence break) confirms it.
    if (m.pending && !confirmed[key] && m.strength < kStrongCue) continue;
    const Best& b = best[key];
    if (m.strength < kStrongCue && b.strength > m.strength) {
      m.type = b.type;
      m.rule = Rule::kDocument;
    }
    if (m.type == EType::kNone) continue;
    const bool numbered = m.number_end > m.span.end && ((m.type == EType::kProduct && !m.number_is_year) ||
                                                        (m.type == EType::kEvent && m.number_is_year));
    if (numbered) {
      std::u16string_view number = text.substr(m.span.end, m.number_end - m.span.end);
      while (!number.empty() && is_space(number.front())) number.remove_prefix(1);
      m.key += u' ';
      m.key += number;
      m.span.end = m.number_end;
    }
    Entity& e = out.emplace_back();
    e.span = m.span;
    e.type = type_names[static_cast<int>(m.type)];
    if (numbered) {
      e.key = utf16_to_utf8(m.key);
    } else {
      if (!converted[key]) {
        utf8_keys[key] = utf16_to_utf8(m.key);
        converted[key] = true;
      }
      e.key = utf8_keys[key];
    }
    e.rule = full_rule_name(m.type, m.rule);
  }
  return out;
}

}  // namespace entity
}  // namespace tx
