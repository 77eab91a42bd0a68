#include "data_files.h"

namespace tx {

std::vector<std::vector<std::string_view>> read_tsv(std::string_view contents) {
  std::vector<std::vector<std::string_view>> rows;
  for_each_data_line(contents, [&](std::string_view line) {
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        fields.push_back(line.substr(start));
        break;
      }
      fields.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    rows.push_back(std::move(fields));
  });
  return rows;
}

}  // namespace tx
