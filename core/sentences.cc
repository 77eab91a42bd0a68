#include "sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "text.h"

namespace tx {

std::vector<Span> split_sentences(std::u16string_view text, const std::string& lang) {
  std::vector<Span> out;
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on the locale's abbreviation suppressions, so that
  // "Mr. Smith" or "M. Amodei" is not cut after the dot.
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(
      icu::Locale((lang + "@ss=standard").c_str()), status));
  if (U_FAILURE(status)) return out;
  UText* ut = utext_openUChars(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return out;
  }
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    int32_t s = start, e = end;
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    if (s < e) out.push_back({s, e});
  }
  utext_close(ut);
  return out;
}

}  // namespace tx
