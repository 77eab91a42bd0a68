#include "percent.h"

#include <vector>

#include "data_files.h"
#include "figure_lexicon.h"

namespace tx {
namespace figures {
namespace {

struct PercentTable {
  PhraseTable table;
  std::vector<std::string> units;
  std::vector<bool> is_sign;
};

PercentTable build(const std::string& lang) {
  PercentTable t;
  for (const auto& row : read_tsv(data_file("lexicons/figures/percent.tsv"))) {
    if (row.size() < 4 || !lang_matches(row[3], lang)) continue;
    t.table.add(row[0], static_cast<int>(t.units.size()), row[2] == "cs");
    t.units.emplace_back(row[1]);
    t.is_sign.push_back(row[0] == "%" || row[0] == "％");
  }
  return t;
}

const PercentTable& table(const std::string& lang) {
  return per_language<build>(lang);
}

}  // namespace

std::optional<PercentMatch> match_percent(std::u16string_view text, size_t pos,
                                          const std::string& lang) {
  std::optional<size_t> at = skip_gap(text, pos);
  if (!at || *at >= text.size()) return std::nullopt;
  const PercentTable& t = table(lang);
  std::optional<PhraseTable::Match> m = t.table.match(text, *at);
  if (!m) return std::nullopt;
  // Words need a space before them ("12 pour cent"), signs do not.
  if (*at == pos && !t.is_sign[m->payload] && pos > 0 && is_word_char(text[pos - 1]))
    return std::nullopt;
  return PercentMatch{m->end, t.units[m->payload], t.is_sign[m->payload]};
}

}  // namespace figures
}  // namespace tx
