// The built-in rate table's file format: data/rates/ecb-rates.bin, written
// by data/rates/make_table.py from the ECB history CSV (format described in
// data/rates/README.md; the two must change together).
#ifndef TEXTEXPLORER_COMPACT_RATES_H_
#define TEXTEXPLORER_COMPACT_RATES_H_

#include <string_view>

#include "rates.h"

namespace tx {

// Decodes the whole file (two text lines, then the range-coded table).
// Throws InputError when the file is not such a table or is damaged; never
// reads outside `file`. Linear in the number of rates.
RateTable decode_compact_rates(std::string_view file);

}  // namespace tx

#endif  // TEXTEXPLORER_COMPACT_RATES_H_
