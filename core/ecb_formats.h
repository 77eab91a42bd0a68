// Parsers of the layouts the ECB publishes its euro reference rates in.
//
// - History CSV (eurofxref-hist.csv): a header "Date,USD,JPY,...," then one
//   row per business day, newest first: "2025-05-09,1.1252,163.36,...,".
//   "N/A" where the ECB quoted no rate; the trailing comma is optional.
// - Daily CSV (eurofxref.csv): "Date, USD, JPY, ..., " then one row
//   "09 May 2025, 1.1252, 163.36, ..., " (spaces around cells are ignored;
//   either date form is accepted in either CSV).
// - XML (eurofxref-daily.xml, -hist.xml, -hist-90d.xml): a gesmes:Envelope
//   holding <Cube time='2025-05-09'> elements, each holding
//   <Cube currency='USD' rate='1.1252'/> elements.
//
// Every error is an InputError "line L, column C: problem". In a CSV, C
// counts cells (column 1 is the date); in XML, C counts bytes of the line.
// Rows may come in any order; a date that appears twice, a rate that is
// neither a number above 0 nor N/A, a bad date, a header that is not
// "Date" and currency codes, a row with a missing or extra cell, a row with
// no rate at all, or a file with no rows is an error.
//
// Time and memory are linear in the size of the file (one pass; rows are
// sorted only when they come neither newest- nor oldest-first).
#ifndef TEXTEXPLORER_ECB_FORMATS_H_
#define TEXTEXPLORER_ECB_FORMATS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "rates.h"

namespace tx {

// Parses any of the layouts above (told apart by their first character).
RateTable parse_ecb_rates(std::string_view contents);

// A rate cell: ASCII digits with an optional fraction ("1.1252", "13111"),
// at most 32 characters, above 0. Nothing for anything else ("N/A" included).
std::optional<double> parse_rate_cell(std::string_view cell);

// A date cell: "2025-05-09", or "9 May 2025" / "09 May 2025" (English month,
// full or three letters, any case). Day number as parse_iso_day().
std::optional<int32_t> parse_date_cell(std::string_view cell);

}  // namespace tx

#endif  // TEXTEXPLORER_ECB_FORMATS_H_
