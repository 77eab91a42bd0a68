#include "quantities.h"

#include <vector>

#include "data_files.h"
#include "figure_lexicon.h"
#include "text.h"

namespace tx {
namespace figures {
namespace {

struct UnitEntry {
  std::string symbol;
  bool attached = false, spaced = false;
};

struct UnitTable {
  PhraseTable table;
  std::vector<UnitEntry> entries;
};

UnitTable build(const std::string& lang) {
  UnitTable t;
  for (const auto& row : read_tsv(data_file("lexicons/figures/units.tsv"))) {
    if (row.size() < 5 || !lang_matches(row[2], lang)) continue;
    UnitEntry e;
    e.symbol = std::string(row[1]);
    e.attached = row[3] == "attached" || row[3] == "both";
    e.spaced = row[3] == "spaced" || row[3] == "both";
    t.table.add(row[0], static_cast<int>(t.entries.size()), row[4] == "cs");
    t.entries.push_back(e);
  }
  return t;
}

const UnitTable& table(const std::string& lang) {
  return per_language<build>(lang);
}

}  // namespace

std::optional<UnitMatch> match_unit(std::u16string_view text, size_t pos, const std::string& lang,
                                    bool after_word) {
  const UnitTable& t = table(lang);
  // Compound adjectives: "a 10-km race", "a 7.4-gigawatt plant".
  if (pos + 1 < text.size() && text[pos] == u'-' && fast_is_letter(text[pos + 1])) {
    std::optional<PhraseTable::Match> m = t.table.match(text, pos + 1);
    if (!m || !t.entries[m->payload].spaced) return std::nullopt;
    return UnitMatch{m->end, t.entries[m->payload].symbol};
  }
  std::optional<size_t> at = skip_gap(text, pos);
  if (!at || *at >= text.size()) return std::nullopt;
  std::optional<PhraseTable::Match> m = t.table.match(text, *at);
  if (!m) return std::nullopt;
  const UnitEntry& e = t.entries[m->payload];
  if (*at == pos && !after_word ? !e.attached : !e.spaced) return std::nullopt;
  return UnitMatch{m->end, e.symbol};
}

}  // namespace figures
}  // namespace tx
