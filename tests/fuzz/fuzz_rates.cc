// libFuzzer target: tx::RateTable::parse on arbitrary bytes (a rates file
// the user loads in the page). A malformed file must throw InputError; a
// file it accepts must give a table that answers without inf/NaN
// (tests/fuzz/invariants.h). Anything else aborts: a crash for libFuzzer.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "error.h"
#include "fuzz/invariants.h"
#include "rates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view contents(reinterpret_cast<const char*>(data), size);
  tx::RateTable table;
  try {
    table = tx::RateTable::parse(contents);
  } catch (const tx::InputError&) {
    return 0;
  }
  std::string violation = tx::invariants::check_rate_table(table);
  if (!violation.empty()) {
    std::fprintf(stderr, "fuzz_rates: %s\n", violation.c_str());
    std::abort();
  }
  return 0;
}
