#include "date_lexicon.h"

#include <algorithm>
#include <cstdint>
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
      MonthForm* known = lex->months[lang].find(key);
      if (!known) {
        lex->months[lang].insert(key, MonthForm{month, abbreviated, false});
      } else if (!abbreviated) {
        // A spelling that is both a full name and an abbreviation ("mars",
        // "May") is a full name: its following dot ends the sentence.
        known->abbreviated = false;
      }
    }
  }
}

void mark_month_first_units(DateLexicon* lex) {
  std::u16string first_units;  // the first unit of every folded month spelling
  for (const auto& months : lex->months)
    months.for_each([&](std::u16string_view word, const MonthForm&) { first_units += word[0]; });
  const LatinFold* folds = latin_folds();
  lex->month_first_units.assign(kLatinFoldEnd, false);
  for (char16_t c = 0; c < kLatinFoldEnd; ++c)
    lex->month_first_units[c] = folds[c].length == 0 ||
                                first_units.find(folds[c].units[0]) != std::u16string::npos;
  lex->one_unit_folds.assign(kLatinFoldEnd, 0);
  for (char16_t c = 0; c < kLatinFoldEnd; ++c)
    if (folds[c].length == 1) lex->one_unit_folds[c] = folds[c].units[0];
  for (const auto& months : lex->months) {
    months.for_each([&](std::u16string_view word, const MonthForm&) {
      if (word.size() < 2) return;
      const size_t bit = DateLexicon::month_shape_bit(word.size(), word[0], word[1], word.back());
      lex->month_shapes[bit / 64] |= uint64_t{1} << (bit % 64);
    });
  }
  // ASCII units fold to one unit each.
  for (const auto& months : lex->months) {
    months.for_each([&](std::u16string_view word, const MonthForm&) {
      if (word.size() < 2) return;
      for (char16_t first = 0; first < 128; ++first) {
        if (folds[first].units[0] != word[0]) continue;
        for (char16_t second = 0; second < 128; ++second) {
          if (folds[second].units[0] != word[1]) continue;
          lex->month_ascii_pairs.add(first, second);
        }
      }
    });
  }
}

DateLexicon load() {
  DateLexicon lex;
  add_months(&lex, "months.tsv");
  add_months(&lex, "month_variants.tsv");
  for (const auto& row : rows_of("month_restrictions.tsv")) {
    if (row.size() < 3) continue;
    for (DateLang lang : langs_of(row[0])) {
      MonthForm* form = lex.months[lang].find(folded_without_dot(row[1]));
      if (!form) continue;
      if (row[2] == "needs_day") form->needs_day = true;
      if (row[2] == "capitalized") form->needs_capital = true;
      if (row[2] == "no_capital_mid_sentence") form->no_capital_mid_sentence = true;
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
  mark_month_first_units(&lex);
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

void fold_word_into(std::u16string_view word, std::u16string* out) {
  out->clear();
  const LatinFold* folds = latin_folds();
  for (char16_t c : word) {
    if (c >= kLatinFoldEnd || folds[c].length == 0) {
      *out = fold(word);
      return;
    }
    out->append(folds[c].units, folds[c].length);
  }
}

FoldedWord::FoldedWord(std::u16string_view word) {
  const LatinFold* folds = latin_folds();
  for (char16_t c : word) {
    const bool by_table = c < kLatinFoldEnd && folds[c].length != 0;
    if (!by_table || size_ + 2 > kCapacity) {
      std::u16string folded = fold(word);
      size_ = std::min(folded.size(), kCapacity);
      folded.copy(units_, size_);
      return;
    }
    // One or two units, written one by one: a loop here compiles to a
    // memcpy call per unit.
    units_[size_++] = folds[c].units[0];
    if (folds[c].length == 2) units_[size_++] = folds[c].units[1];
  }
}

std::u16string fold_word(std::u16string_view word) {
  std::u16string out;
  fold_word_into(word, &out);
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
