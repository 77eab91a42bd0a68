// Dates in French and English text, and the publication date a document
// states about itself.
#ifndef TEXTEXPLORER_DATES_H_
#define TEXTEXPLORER_DATES_H_

#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "figure.h"

namespace tx {

// Every date of `doc` as figures of kind kDate, sorted by span.start, with
// `date` set to the ISO form the contract asks for ("2025-01-23",
// "2025-01", "2025", "--04-07"). Linear in the text length.
std::vector<Figure> find_dates(const Document& doc);

// The date the document says it was published ("Publié le 12 novembre
// 2025", "Published March 3, 2024"), as "YYYY-MM-DD", or nothing when it
// states none. `dates` is the output of find_dates(doc).
std::optional<std::string> find_publication_date(const Document& doc,
                                                 const std::vector<Figure>& dates);

}  // namespace tx

#endif  // TEXTEXPLORER_DATES_H_
