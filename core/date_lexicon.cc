#include "date_lexicon.h"

#include <string>

#include "data_files.h"
#include "text.h"

namespace tx {
namespace {

constexpr std::string_view kDir = "lexicons/dates/";

std::vector<std::vector<std::string_view>> rows_of(std::string_view name) {
  return read_tsv(data_file(std::string(kDir) + std::string(name)));
}

// Column "fr", "en" or "*" -> the language slots it applies to.
std::vector<DateLang> langs_of(std::string_view column) {
  if (column == "fr") return {kDateFr};
  if (column == "en") return {kDateEn};
  return {kDateFr, kDateEn};
}

std::u16string folded_without_dot(std::string_view utf8) {
  std::u16string f = fold_phrase(utf8_to_utf16(utf8));
  if (!f.empty() && f.back() == u'.') f.pop_back();
  return f;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > 1000) return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

void add_months(DateLexicon* lex, std::string_view file) {
  for (const auto& row : rows_of(file)) {
    if (row.size() < 4) continue;
    int month = to_int(row[1]);
    if (month < 1 || month > 12) continue;
    bool abbreviated = row[3] == "abbreviated";
    std::u16string key = folded_without_dot(row[2]);
    if (key.empty()) continue;
    for (DateLang lang : langs_of(row[0])) {
      auto [it, inserted] = lex->months[lang].try_emplace(key, MonthForm{month, abbreviated, false});
      // A spelling that is both a full name and an abbreviation ("mars",
      // "May") is a full name: its following dot ends the sentence.
      if (!inserted && !abbreviated) it->second.abbreviated = false;
    }
  }
}

DateLexicon load() {
  DateLexicon lex;
  add_months(&lex, "months.tsv");
  add_months(&lex, "month_variants.tsv");
  for (const auto& row : rows_of("month_restrictions.tsv")) {
    if (row.size() < 3) continue;
    for (DateLang lang : langs_of(row[0])) {
      auto it = lex.months[lang].find(folded_without_dot(row[1]));
      if (it == lex.months[lang].end()) continue;
      if (row[2] == "needs_day") it->second.needs_day = true;
      if (row[2] == "capitalized") it->second.needs_capital = true;
      if (row[2] == "no_capital_mid_sentence") it->second.no_capital_mid_sentence = true;
    }
  }
  for (const auto& row : rows_of("weekdays.tsv")) {
    if (row.size() < 3) continue;
    std::u16string key = folded_without_dot(row[2]);
    lex.weekdays.insert(key);
    lex.publication_fillers.insert(key);
  }
  for (const auto& row : rows_of("ordinal_suffixes.tsv"))
    if (row.size() >= 2) lex.ordinal_suffixes.insert(fold_phrase(utf8_to_utf16(row[1])));
  for (const auto& row : rows_of("range_connectors.tsv"))
    if (row.size() >= 2) lex.range_connectors.insert(fold_phrase(utf8_to_utf16(row[1])));
  for (const auto& row : rows_of("year_cues.tsv")) {
    if (row.size() < 2) continue;
    YearCue cue{fold_phrase(utf8_to_utf16(row[1])), row.size() >= 3 && row[2] == "1"};
    if (!cue.folded.empty()) lex.year_cues.push_back(std::move(cue));
  }
  for (const auto& row : rows_of("count_words.tsv")) {
    if (row.size() < 2) continue;
    for (DateLang lang : langs_of(row[0]))
      lex.count_words[lang].insert(fold_phrase(utf8_to_utf16(row[1])));
  }
  for (const auto& row : rows_of("publication_cues.tsv")) {
    if (row.size() < 3) continue;
    std::u16string phrase = fold_phrase(utf8_to_utf16(row[1]));
    if (row[2] == "filler") {
      lex.publication_fillers.insert(phrase);
      continue;
    }
    PublicationCue cue;
    cue.role = row[2] == "updated" ? PublicationRole::kUpdated : PublicationRole::kPublished;
    size_t start = 0;
    while (start <= phrase.size()) {
      size_t space = phrase.find(u' ', start);
      if (space == std::u16string::npos) space = phrase.size();
      if (space > start) cue.words.push_back(phrase.substr(start, space - start));
      start = space + 1;
    }
    if (!cue.words.empty()) lex.publication_cues.push_back(std::move(cue));
  }
  return lex;
}

}  // namespace

DateLang date_lang(std::string_view bcp47) {
  return bcp47.substr(0, 2) == "en" ? kDateEn : kDateFr;
}

const DateLexicon& date_lexicon() {
  static const DateLexicon lexicon = load();
  return lexicon;
}

std::u16string fold_word(std::u16string_view word) {
  bool ascii = true;
  for (char16_t c : word) ascii = ascii && c < 0x80;
  if (!ascii) return fold(word);
  std::u16string out(word);
  for (char16_t& c : out)
    if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c + (u'a' - u'A'));
  return out;
}

std::u16string fold_phrase(std::u16string_view phrase) {
  std::u16string normalized;
  normalized.reserve(phrase.size());
  for (char16_t c : phrase) {
    if (is_space(c)) {
      if (!normalized.empty() && normalized.back() != u' ') normalized.push_back(u' ');
    } else {
      normalized.push_back(is_apostrophe(c) ? u'\'' : c);
    }
  }
  while (!normalized.empty() && normalized.back() == u' ') normalized.pop_back();
  return fold_word(normalized);
}

}  // namespace tx
