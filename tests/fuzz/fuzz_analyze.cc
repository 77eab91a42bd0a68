// libFuzzer target: tx::analyze + tx::to_json on arbitrary bytes.
//
// Input layout: 4 option bytes, then the text.
//   byte 0: language (auto, fr, en)      byte 1: target currency
//   byte 2: rates date ("" or a day)     byte 3: bit 0 set = repair the text
// A repaired text has every invalid UTF-8 byte replaced by '?', so the
// fuzzer reaches the extractors instead of stopping at the decoder.
//
// Aborts (a crash for libFuzzer) when analyze() throws anything but
// InputError, when a repaired text with valid options is refused, or when
// the analysis breaks an invariant of tests/fuzz/invariants.h (offsets,
// sorting, inf/NaN, valid JSON). ASan and UBSan add memory errors and UB.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "analysis.h"
#include "error.h"
#include "fuzz/invariants.h"

namespace {

// Replaces each byte that does not start a valid UTF-8 sequence (strict:
// no overlongs, surrogates or code points above U+10FFFF) by '?'.
std::string repair_utf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  size_t i = 0, n = in.size();
  while (i < n) {
    unsigned char b = p[i];
    size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    bool ok = len > 0 && i + len <= n;
    uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (size_t k = 1; ok && k < len; ++k) {
      ok = (p[i + k] & 0xC0) == 0x80;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    ok = ok && cp >= kMin[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (ok) {
      out.append(in.substr(i, len));
      i += len;
    } else {
      out.push_back('?');
      ++i;
    }
  }
  return out;
}

[[noreturn]] void fail(const std::string& what, std::string_view text) {
  std::fprintf(stderr, "fuzz_analyze: %s\n(text of %zu bytes)\n", what.c_str(), text.size());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kLangs[] = {"auto", "fr", "en"};
  static const char* const kCurrencies[] = {"EUR", "USD", "GBP", "JPY", "CHF", "CNY"};
  static const char* const kDates[] = {"", "2025-01-23", "1999-01-04", "2020-03-16",
                                       "1970-01-01", "2099-12-31", "2024-02-29", "2008-10-10"};
  uint8_t b[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < 4 && i < size; ++i) b[i] = data[i];
  const size_t skip = size < 4 ? size : 4;
  std::string_view raw(reinterpret_cast<const char*>(data) + skip, size - skip);

  tx::Options options;
  options.lang = kLangs[b[0] % 3];
  options.to = kCurrencies[b[1] % 6];
  options.date = kDates[b[2] % 8];
  const bool repair = b[3] & 1;
  std::string text = repair ? repair_utf8(raw) : std::string(raw);

  try {
    tx::validate_options(options);  // a currency the rate table lacks, say
  } catch (const tx::InputError&) {
    return 0;
  }
  tx::Analysis analysis;
  try {
    analysis = tx::analyze(text, options);
  } catch (const tx::InputError& e) {
    // Invalid UTF-8 is refused by design; a repaired text must not be.
    if (repair) fail(std::string("repaired text refused: ") + e.what(), text);
    return 0;
  }
  std::string violation = tx::invariants::check_analysis(analysis);
  if (!violation.empty()) fail(violation, text);
  return 0;
}
