// The one entry point: a document in, the analysis object of
// shared/spec/ANALYSIS.md out. The CLI and the wasm module both call this,
// which is why they return the same JSON for the same input.
#ifndef TEXTEXPLORER_ANALYSIS_H_
#define TEXTEXPLORER_ANALYSIS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "conversions.h"
#include "document.h"
#include "entity.h"
#include "figure.h"
#include "rates.h"

namespace tx {

// Texts longer than this many bytes are refused with an InputError: the
// page and the CLI say so instead of running out of memory.
constexpr size_t kMaxTextBytes = 64u << 20;

struct Options {
  std::string lang = "auto";  // "auto", "fr" or "en"
  std::string to = "EUR";     // ISO 4217 code to convert money into
  std::string date;           // YYYY-MM-DD for the rates; "" = the document's own date
  std::string locale;         // locale of display strings; "" = the document's language
  const RateTable* rates = nullptr;  // nullptr = RateTable::builtin()
};

struct Analysis {
  Document doc;
  std::optional<std::string> publication_date;
  std::vector<Entity> entities;
  std::vector<Figure> figures;
  ConversionResult conversions;
};

// Checks `options` (throws InputError naming a bad lang, date or currency)
// without analysing anything.
void validate_options(const Options& options);

// Analyses UTF-8 text. Throws InputError for invalid UTF-8 (naming the byte
// offset), text over kMaxTextBytes and bad options; any other text, empty
// included, gives an analysis.
Analysis analyze(std::string_view utf8, const Options& options);

// The contract's JSON object, keys sorted, one line, UTF-8.
std::string to_json(const Analysis& analysis);

// {"oldest": day, "newest": day, "currencies": [codes]}: what a rate table
// covers, for the page to show after loading one.
std::string describe_rates(const RateTable& rates);

// {"error": message} as one line of JSON; what the wasm module returns.
std::string error_json(const std::string& message);

}  // namespace tx

#endif  // TEXTEXPLORER_ANALYSIS_H_
