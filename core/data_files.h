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

// Calls f(line) for each line of a lexicon file that is neither empty nor a
// '#' comment, without its line break (a trailing '\r' is dropped too).
template <typename F>
void for_each_data_line(std::string_view contents, F&& f) {
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t eol = contents.find('\n', pos);
    if (eol == std::string_view::npos) eol = contents.size();
    std::string_view line = contents.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') f(line);
  }
}

// Splits a lexicon file into rows of tab-separated fields. Lines that are
// empty or start with '#' are skipped; a trailing '\r' is dropped.
std::vector<std::vector<std::string_view>> read_tsv(std::string_view contents);

}  // namespace tx

#endif  // TEXTEXPLORER_DATA_FILES_H_
