#include "hedges.h"

#include <vector>

#include "data_files.h"
#include "figure_lexicon.h"
#include "text.h"

namespace tx {
namespace figures {
namespace {

struct HedgeTables {
  PhraseTable before, after;
  std::vector<HedgeEffect> effects;
};

HedgeEffect parse_effect(std::string_view s) {
  if (s == "min") return HedgeEffect::kMin;
  if (s == "max") return HedgeEffect::kMax;
  if (s == "vague") return HedgeEffect::kVague;
  return HedgeEffect::kApprox;
}

HedgeTables build(const std::string& lang) {
  HedgeTables t;
  for (const auto& row : read_tsv(data_file("lexicons/figures/hedges.tsv"))) {
    if (row.size() < 4 || !lang_matches(row[3], lang)) continue;
    int index = static_cast<int>(t.effects.size());
    t.effects.push_back(parse_effect(row[2]));
    (row[1] == "after" ? t.after : t.before).add(row[0], index, false);
  }
  return t;
}

const HedgeTables& tables(const std::string& lang) {
  return per_language<build>(lang);
}

}  // namespace

const PhraseTable& hedge_before_phrases(const std::string& lang) { return tables(lang).before; }

std::optional<Hedge> match_hedge_before(std::u16string_view text, size_t pos,
                                        const std::string& lang) {
  if (pos > 0 && is_word_char(text[pos - 1]) && is_word_char(text[pos])) return std::nullopt;
  const HedgeTables& t = tables(lang);
  std::optional<PhraseTable::Match> m = t.before.match(text, pos);
  if (!m) return std::nullopt;
  return Hedge{m->end, t.effects[m->payload]};
}

std::optional<Hedge> match_hedge_after(std::u16string_view text, size_t pos,
                                       const std::string& lang) {
  std::optional<size_t> at = skip_gap(text, pos);
  if (!at || *at == pos || *at >= text.size()) return std::nullopt;
  const HedgeTables& t = tables(lang);
  std::optional<PhraseTable::Match> m = t.after.match(text, *at);
  if (!m) return std::nullopt;
  return Hedge{m->end, t.effects[m->payload]};
}

}  // namespace figures
}  // namespace tx
