// The files of data/ (lexicons, rate table) are embedded in the library at
// build time (CMake generates data_files.cc from the folder), so the CLI and
// the wasm module load exactly the same data with no file system.
#ifndef TEXTEXPLORER_DATA_FILES_H_
#define TEXTEXPLORER_DATA_FILES_H_

#include <string_view>
#include <vector>

namespace tx {

// Contents of data/<path> (for example "lexicons/currencies.tsv"), or an
// empty view when no such file was embedded.
std::string_view data_file(std::string_view path);

// Every embedded path, sorted.
std::vector<std::string_view> data_file_paths();

// Splits a lexicon file into rows of tab-separated fields. Lines that are
// empty or start with '#' are skipped; a trailing '\r' is dropped.
std::vector<std::vector<std::string_view>> read_tsv(std::string_view contents);

}  // namespace tx

#endif  // TEXTEXPLORER_DATA_FILES_H_
