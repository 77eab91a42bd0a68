#include "money.h"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "data_files.h"
#include "figure_lexicon.h"
#include "figure_word_map.h"
#include "text.h"

namespace tx {
namespace figures {
namespace {

struct Target {
  std::string code;  // ISO code, or "" for a group
  int group = -1;
};

struct Group {
  std::string name, default_fr, default_en, after_scale;
};

struct LangTables {
  PhraseTable before, after;
};

struct CurrencyLexicon {
  std::vector<Target> targets;
  std::vector<Group> groups;
  LangTables fr, en;
  // Every (group, code) pair some cue counts for, sorted: a pair's index
  // is where CurrencyContext counts its mentions.
  std::vector<std::pair<int, std::string>> cue_keys;
  // Cue word -> indexes in cue_keys of the pairs it counts for.
  WordMap<std::vector<int>> cues_folded;
  WordMap<std::vector<int>> cues_exact;
  // Most words of the text are let go before they are looked up above.
  FoldedWordFilter cue_filter;

  std::unordered_map<std::string, int> target_index;
  int target_for(const std::string& spec) {
    auto it = target_index.find(spec);
    if (it != target_index.end()) return it->second;
    Target t;
    if (!spec.empty() && spec[0] == '@') {
      for (size_t g = 0; g < groups.size(); ++g)
        if (groups[g].name == spec.substr(1)) t.group = static_cast<int>(g);
      if (t.group < 0) return -1;  // unknown group: the row is ignored
    } else {
      t.code = spec;
    }
    targets.push_back(t);
    int index = static_cast<int>(targets.size()) - 1;
    target_index.emplace(spec, index);
    return index;
  }
  LangTables& tables(const std::string& lang) { return is_french(lang) ? fr : en; }
};

std::string to_utf8(const UChar* s, int32_t length) {
  std::string out;
  icu::UnicodeString(false, s, length).toUTF8String(out);
  return out;
}

// "franc CFA (BCEAO)" -> "franc CFA".
std::string without_parenthesis(const std::string& name) {
  size_t open = name.find(" (");
  return open == std::string::npos ? name : name.substr(0, open);
}

// An ICU symbol is used only when it holds a character that is not a letter
// ("$", "R$", "CA$", "€", "₹"): letter-only symbols ("kr", "Ft", "R", "L")
// are ordinary words or units in French and English text.
bool usable_symbol(const std::string& symbol) {
  std::u16string s = utf8_to_utf16(symbol);
  for (char16_t c : s)
    if (!is_letter(c) && !is_space(c) && c != u'.') return true;
  return false;
}

void load_extras(CurrencyLexicon& lex, std::set<std::string>& not_before) {
  for (const auto& row : read_tsv(data_file("lexicons/figures/currencies_extra.tsv"))) {
    if (row.size() < 5) continue;
    std::string target(row[1]);
    bool case_sensitive = row[3] == "cs";
    if (row[2] == "code_not_before") {
      not_before.insert(std::string(row[0]));
      continue;
    }
    int index = lex.target_for(target);
    if (index < 0) continue;
    for (const char* lang : {"fr", "en"}) {
      if (!lang_matches(row[4], lang)) continue;
      LangTables& t = lex.tables(lang);
      t.after.add(row[0], index, case_sensitive);
      if (row[2] == "symbol") t.before.add(row[0], index, case_sensitive);
    }
  }
}

void load_icu(CurrencyLexicon& lex, const std::set<std::string>& not_before) {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  if (U_FAILURE(status)) return;
  std::vector<std::string> all;
  while (const char* code = uenum_next(codes, nullptr, &status)) {
    if (U_FAILURE(status)) break;
    all.emplace_back(code);
  }
  uenum_close(codes);

  std::map<std::string, std::set<std::string>> symbol_codes;
  for (const std::string& code : all) {
    UChar ucode[4];
    u_charsToUChars(code.c_str(), ucode, 4);
    int index = lex.target_for(code);
    for (const char* lang : {"fr", "en"}) {
      LangTables& t = lex.tables(lang);
      t.after.add(code, index, true);
      if (!not_before.count(code)) t.before.add(code, index, true);
      UBool is_choice = false;
      int32_t length = 0;
      auto add_name = [&](const UChar* name) {
        if (!name || length == 0) return;
        std::string n = to_utf8(name, length);
        if (n == code) return;  // ICU's fallback when it has no name
        t.after.add(n, index, false);
        t.after.add(without_parenthesis(n), index, false);
      };
      UErrorCode s = U_ZERO_ERROR;
      add_name(ucurr_getName(ucode, lang, UCURR_LONG_NAME, &is_choice, &length, &s));
      for (const char* plural : {"one", "other"}) {
        s = U_ZERO_ERROR;
        add_name(ucurr_getPluralName(ucode, lang, &is_choice, plural, &length, &s));
      }
      for (UCurrNameStyle style : {UCURR_SYMBOL_NAME, UCURR_NARROW_SYMBOL_NAME}) {
        s = U_ZERO_ERROR;
        const UChar* symbol = ucurr_getName(ucode, lang, style, &is_choice, &length, &s);
        if (U_FAILURE(s) || !symbol || length == 0) continue;
        std::string sym = to_utf8(symbol, length);
        if (sym != code && usable_symbol(sym)) symbol_codes[sym].insert(code);
      }
    }
  }
  // A symbol several currencies share ("$", "¥", "kr") is left to the
  // extras lexicon, which resolves it by context.
  for (const auto& [symbol, codes_of] : symbol_codes) {
    if (codes_of.size() != 1) continue;
    int index = lex.target_for(*codes_of.begin());
    for (const char* lang : {"fr", "en"}) {
      lex.tables(lang).before.add(symbol, index, true);
      lex.tables(lang).after.add(symbol, index, true);
    }
  }
}

void load_groups_and_cues(CurrencyLexicon& lex) {
  for (const auto& row : read_tsv(data_file("lexicons/figures/currency_groups.tsv"))) {
    if (row.size() < 4) continue;
    lex.groups.push_back(
        {std::string(row[0]), std::string(row[1]), std::string(row[2]), std::string(row[3])});
  }
  struct CueRow {
    std::u16string cue;
    bool exact;
    std::pair<int, std::string> key;
  };
  std::vector<CueRow> rows;
  for (const auto& row : read_tsv(data_file("lexicons/figures/currency_cues.tsv"))) {
    if (row.size() < 4) continue;
    int group = -1;
    for (size_t g = 0; g < lex.groups.size(); ++g)
      if (lex.groups[g].name == row[0]) group = static_cast<int>(g);
    if (group < 0) continue;
    bool exact = row[2] == "cs";
    std::u16string cue = exact ? utf8_to_utf16(row[3]) : fold_phrase(row[3]);
    rows.push_back({cue, exact, {group, std::string(row[1])}});
    lex.cue_keys.push_back(rows.back().key);
  }
  std::sort(lex.cue_keys.begin(), lex.cue_keys.end());
  lex.cue_keys.erase(std::unique(lex.cue_keys.begin(), lex.cue_keys.end()), lex.cue_keys.end());
  for (const CueRow& row : rows) {
    if (row.cue.empty()) continue;
    int key = static_cast<int>(std::lower_bound(lex.cue_keys.begin(), lex.cue_keys.end(), row.key) -
                               lex.cue_keys.begin());
    (row.exact ? lex.cues_exact : lex.cues_folded).insert(row.cue, {}).push_back(key);
    lex.cue_filter.add(row.cue, row.exact);
  }
}

// True when a hyphen at `pos` joins the letters before it to a letter
// after it ("saint-pierre").
bool joins_by_hyphen(std::u16string_view text, size_t pos, const UnitClassifier& units) {
  if (pos + 1 >= text.size()) return false;
  const char16_t c = text[pos];
  return (c == u'-' || c == 0x2011) && units.letter(text[pos + 1]);
}

// Adds to counts[k] one mention of each pair k that `word` is a cue of.
void count_cue(const CurrencyLexicon& lex, std::u16string_view word, const UnitClassifier& units,
               std::vector<int>& counts) {
  if (const std::vector<int>* keys = lex.cues_exact.find(word))
    for (int key : *keys) ++counts[key];
  if (const std::vector<int>* keys = lex.cues_folded.find_fold_of(word, units))
    for (int key : *keys) ++counts[key];
}

// Adds to counts[k] every mention in `text` of a cue of lex.cue_keys[k]. A
// cue is matched against a word: a run of letters, joined to the next run
// by a hyphen ("saint-pierre"); a word glued after a digit ("3km") counts
// for nothing. Letters stand only inside the word tokens of the text
// (`tokens`, figures::tokenize(text)), so only those are read: the units
// between them start no word.
void count_cues(const CurrencyLexicon& lex, std::u16string_view text,
                const std::vector<Token>& tokens, std::vector<int>& counts) {
  counts.assign(lex.cue_keys.size(), 0);
  const UnitClassifier units;
  // The filter inline, the look-ups (a few words in a hundred) out of line.
  auto count = [&](std::u16string_view word) {
    if (lex.cue_filter.may_hold(word, units)) count_cue(lex, word, units, counts);
  };
  size_t i = 0;  // the first unit not yet read
  for (const Token& token : tokens) {
    if (token.kind != TokKind::kWord) continue;
    const size_t token_end = static_cast<size_t>(token.end);
    if (token_end <= i) continue;  // read as part of a hyphenated word
    const size_t token_start = static_cast<size_t>(token.start);
    if (!token.has_mark && token_start >= i) {
      // Most words: the token is one run of letters, read as below in one
      // step.
      i = token_end;
      if (token_start > 0 && is_digit(text[token_start - 1])) continue;
      size_t end = token_end;
      while (joins_by_hyphen(text, end, units)) end = units.word_end(text, end + 1);
      i = end;
      count(std::u16string_view(text.data() + token_start, end - token_start));
      continue;
    }
    i = std::max(i, token_start);
    // A token with combining marks holds several runs of letters: each
    // starts a word of its own.
    while (i < token_end) {
      if (!units.letter(text[i])) {
        ++i;
        continue;
      }
      // Letters glued to digits ("3km") start no word.
      if (i > 0 && is_digit(text[i - 1])) {
        i = units.word_end(text, i);
        continue;
      }
      size_t end = token.has_mark ? units.word_end(text, i) : token_end;
      while (joins_by_hyphen(text, end, units)) end = units.word_end(text, end + 1);
      const std::u16string_view word(text.data() + i, end - i);
      i = end;
      count(word);
    }
  }
}

const CurrencyLexicon& lexicon() {
  static const CurrencyLexicon lex = [] {
    CurrencyLexicon l;
    std::set<std::string> not_before;
    load_groups_and_cues(l);
    load_extras(l, not_before);
    load_icu(l, not_before);
    return l;
  }();
  return lex;
}

const LangTables& tables_for(const std::string& lang) {
  const CurrencyLexicon& lex = lexicon();
  return is_french(lang) ? lex.fr : lex.en;
}

}  // namespace

const PhraseTable& currency_before_phrases(const std::string& lang) {
  return tables_for(lang).before;
}

std::optional<CurrencyMatch> match_currency_before(std::u16string_view text, size_t pos,
                                                   const std::string& lang) {
  if (pos > 0 && is_word_char(text[pos - 1])) return std::nullopt;
  std::optional<PhraseTable::Match> m = tables_for(lang).before.match(text, pos);
  if (!m) return std::nullopt;
  const Target& t = lexicon().targets[m->payload];
  bool is_code = t.group < 0 && m->end - pos == 3 && t.code == utf16_to_utf8(text.substr(pos, 3));
  return CurrencyMatch{m->end, m->payload, is_code};
}

std::optional<CurrencyMatch> match_currency_after(std::u16string_view text, size_t pos,
                                                  const std::string& lang) {
  std::optional<PhraseTable::Match> m = tables_for(lang).after.match(text, pos);
  if (!m) return std::nullopt;
  const Target& t = lexicon().targets[m->payload];
  bool is_code = t.group < 0 && m->end - pos == 3 && t.code == utf16_to_utf8(text.substr(pos, 3));
  return CurrencyMatch{m->end, m->payload, is_code};
}

std::string CurrencyContext::resolve(const CurrencyMatch& match, bool after_scale) {
  const CurrencyLexicon& lex = lexicon();
  const Target& target = lex.targets[match.target];
  if (target.group < 0) return target.code;
  const Group& group = lex.groups[target.group];

  if (!counted_) {
    counted_ = true;
    count_cues(lex, doc_.text, tokens_, cue_counts_);
  }

  std::string fallback = doc_.lang == "fr" ? group.default_fr : group.default_en;
  if (after_scale && group.after_scale != "-") fallback = group.after_scale;
  int fallback_count = 0;
  const std::string* best = nullptr;
  int best_count = 0;
  for (size_t k = 0; k < lex.cue_keys.size(); ++k) {
    const auto& [key_group, code] = lex.cue_keys[k];
    if (key_group != target.group) continue;
    if (code == fallback) {
      fallback_count = cue_counts_[k];
    } else if (cue_counts_[k] > best_count) {
      best = &code;
      best_count = cue_counts_[k];
    }
  }
  if (best_count >= 2 && best_count > fallback_count) return *best;
  return fallback == "-" ? std::string() : fallback;
}

}  // namespace figures
}  // namespace tx
