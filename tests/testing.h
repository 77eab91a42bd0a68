// Helpers shared by the unit tests (tests/core/*_test.cc).
#ifndef TEXTEXPLORER_TESTS_TESTING_H_
#define TEXTEXPLORER_TESTS_TESTING_H_

#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace tx

#endif  // TEXTEXPLORER_TESTS_TESTING_H_
