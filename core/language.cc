#include "language.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "data_files.h"
#include "text.h"

namespace tx {
namespace {

// Folded function word -> language ("fr" or "en").
const std::unordered_map<std::u16string, std::string>& stopwords() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::u16string, std::string>;
    for (const auto& row : read_tsv(data_file("lexicons/stopwords.tsv"))) {
      if (row.size() >= 2) (*t)[fold(u16(row[1]))] = std::string(row[0]);
    }
    return t;
  }();
  return *table;
}

}  // namespace

std::string detect_language(std::u16string_view text) {
  text = text.substr(0, std::min<size_t>(text.size(), 1 << 16));
  const auto& words = stopwords();
  int fr = 0, en = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (!is_letter(text[i])) { ++i; continue; }
    size_t j = i;
    while (j < text.size() && is_letter(text[j])) ++j;
    if (j - i <= 12) {
      auto it = words.find(fold(text.substr(i, j - i)));
      if (it != words.end()) (it->second == "fr" ? fr : en)++;
    }
    i = j;
  }
  return fr > en ? "fr" : "en";
}

}  // namespace tx
