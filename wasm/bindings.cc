// Embind bindings: the JS face of core/analysis.h, nothing more. Results
// cross to JS as a view on a UTF-8 JSON buffer (decoded at once by
// text-explorer-api.js), the fastest way measured (shared notes); errors
// come back as {"error": message} so no C++ exception ever reaches JS.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>

#include "analysis.h"
#include "error.h"
#include "rates.h"

namespace {

std::string result;                 // valid until the next call
tx::RateTable loaded_rates;         // what loadRates() installed
const tx::RateTable* rates = nullptr;  // nullptr: the built-in table

emscripten::val view(std::string json) {
  result = std::move(json);
  return emscripten::val(emscripten::typed_memory_view(
      result.size(), reinterpret_cast<const unsigned char*>(result.data())));
}

template <typename F>
emscripten::val guarded(F&& f) {
  // The previous result was decoded by JS already: free it before this call
  // builds the next one, so two never share the heap's peak.
  std::string().swap(result);
  try {
    return view(f());
  } catch (const tx::InputError& e) {
    return view(tx::error_json(e.what()));
  } catch (const std::bad_alloc&) {
    return view(tx::error_json("out of memory"));
  } catch (const std::exception& e) {
    return view(tx::error_json(std::string("internal error: ") + e.what()));
  }
}

emscripten::val analyze(std::string text, std::string lang, std::string to, std::string date,
                        std::string locale) {
  return guarded([&] {
    tx::Options options;
    options.lang = lang;
    options.to = to;
    options.date = date;
    options.locale = locale;
    options.rates = rates;
    return tx::to_json(tx::analyze(text, options));
  });
}

emscripten::val load_rates(std::string contents) {
  return guarded([&] {
    // Throws before anything changes: the rates in use stay on a bad file.
    tx::RateTable merged = tx::RateTable::merge(tx::RateTable::builtin(), tx::RateTable::parse(contents));
    loaded_rates = std::move(merged);
    rates = &loaded_rates;
    return tx::describe_rates(loaded_rates);
  });
}

emscripten::val reset_rates() {
  return guarded([] {
    rates = nullptr;
    return tx::describe_rates(tx::RateTable::builtin());
  });
}

}  // namespace

EMSCRIPTEN_BINDINGS(text_explorer) {
  emscripten::function("analyze", &analyze);
  emscripten::function("loadRates", &load_rates);
  emscripten::function("resetRates", &reset_rates);
}
