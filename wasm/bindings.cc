// Embind bindings: the JS face of core/analysis.h, nothing more. Texts cross
// from JS into a buffer inputBuffer() hands out (one copy; a std::string
// argument is copied byte by byte in JS); results cross back as a view on a
// UTF-8 JSON buffer (decoded at once by text-explorer-api.js), the fastest
// way measured (shared notes). Errors come back as {"error": message} so no
// C++ exception ever reaches JS.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <new>
#include <string>

#include "analysis.h"
#include "error.h"
#include "rates.h"

namespace {

std::string input;                  // the next call's text, written by JS
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

// A view on `bytes` bytes for JS to write the next analyze() or
// loadRates() input into, valid until that call; null when there is no
// memory for it.
emscripten::val input_buffer(size_t bytes) {
  std::string().swap(result);
  try {
    input.assign(bytes, '\0');
  } catch (const std::bad_alloc&) {
    std::string().swap(input);
    return emscripten::val::null();
  }
  return emscripten::val(emscripten::typed_memory_view(bytes, reinterpret_cast<unsigned char*>(input.data())));
}

emscripten::val analyze(std::string lang, std::string to, std::string date, std::string locale) {
  const std::string text = std::move(input);
  input.clear();
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

emscripten::val load_rates() {
  const std::string contents = std::move(input);
  input.clear();
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
  emscripten::function("inputBuffer", &input_buffer);
  emscripten::function("analyze", &analyze);
  emscripten::function("loadRates", &load_rates);
  emscripten::function("resetRates", &reset_rates);
}
