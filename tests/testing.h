// Helpers shared by the unit tests (tests/core/*_test.cc).
#ifndef TEXTEXPLORER_TESTS_TESTING_H_
#define TEXTEXPLORER_TESTS_TESTING_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "document.h"
#include "text.h"

namespace tx {

// The bytes of a file; "" when it cannot be read, so that the checks on
// its contents fail and name the file through CAPTURE.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// A document in `lang` ("fr", "en") of UTF-8 text, before any extraction.
inline Document doc_of(const char* lang, const std::string& utf8) {
  Document doc;
  doc.text = utf8_to_utf16(utf8);
  doc.lang = lang;
  return doc;
}

// A sample article of shared/seeds/ with its hand-checked gold analysis.
struct Seed {
  std::string name;  // file stem, e.g. "000_480df342abd5bd47"
  std::string text;  // UTF-8, as shipped
  nlohmann::json gold;
};

// Every seed that has a gold file, sorted by name; new seeds are picked up
// by themselves. Empty when shared/ is not beside the checkout.
inline std::vector<Seed> load_seeds() {
  std::vector<Seed> seeds;
  const std::filesystem::path shared(TX_SHARED_DIR);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(shared / "seeds", ec)) {
    if (entry.path().extension() != ".txt") continue;
    std::filesystem::path gold = shared / "spec" / "seeds-gold" / entry.path().stem();
    gold += ".json";
    if (!std::filesystem::exists(gold)) continue;
    seeds.push_back({entry.path().stem().string(), read_file(entry.path().string()),
                     nlohmann::json::parse(read_file(gold.string()))});
  }
  std::sort(seeds.begin(), seeds.end(), [](const Seed& a, const Seed& b) { return a.name < b.name; });
  return seeds;
}

}  // namespace tx

#endif  // TEXTEXPLORER_TESTS_TESTING_H_
