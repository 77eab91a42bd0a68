// What every extractor reads: the text as UTF-16 plus what is known about it
// before extraction starts.
#ifndef TEXTEXPLORER_DOCUMENT_H_
#define TEXTEXPLORER_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace tx {

// A half-open range [start, end) of UTF-16 code units.
struct Span {
  int32_t start = 0;
  int32_t end = 0;
};

struct Document {
  std::u16string text;
  std::string lang;             // "fr" or "en": detected or given
  std::vector<Span> sentences;  // ICU sentence breaks, trailing spaces trimmed
};

}  // namespace tx

#endif  // TEXTEXPLORER_DOCUMENT_H_
