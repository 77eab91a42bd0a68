// Dates in French and English text, and the publication date a document
// states about itself.
//
// What is a date (each rule's name goes into Figure::rule):
//   date.iso             "2025-01-23" (two-digit month and day, validated)
//   date.numeric_ymd     "2025/01/23", "2025.01.23"
//   date.numeric_dmy     "23/01/2025", "23.01.2025", "23-01-2025", "23/01/25"
//   date.numeric_mdy     "01/23/2025" (only in English text, see below)
//   date.numeric_dm      "le 15/03" -> "--03-15" (French, after le/du/au)
//   date.day_month_year  "23 janvier 2025", "1er mars 2024", "23 January 2025",
//                        "23rd January, 2025",
//                        "the 3rd of March 2025", "23 JANV. 2025"
//   date.day_month       "le 1er mars" -> "--03-01"
//   date.day_month_range "du 28 février au 3 mars 2025": the first date takes
//                        the year of the second
//   date.month_day_year  "January 23, 2025", "Jan. 23 2025", "March 3rd, 2024"
//   date.month_day       "Sept. 3" -> "--09-03"
//   date.month_year      "mars 2024" -> "2024-03", "Jan. 2025"
//   date.range_start     the first day of "du 3 au 5 mars", "les 3 et 4 mai",
//                        "3-5 mars": the bare "3" -> "--03-03"
//   date.range_end       the "5, 2025" of "March 3-5, 2025"
//   date.year_with_cue   "en 2025", "d'ici 2030", "mi-2024", "since 2019",
//                        "by 2030" -> "2025"; approx for "vers 2030",
//                        "around 2030"
//
// Choices (all deliberate, all tested):
// - Spans hold the date itself: "le", "on" and a weekday before it stay out
//   ("mercredi 12 novembre 2025" gives "12 novembre 2025").
// - A month name alone is never a date, and neither is a bare four-digit
//   number ("Web Summit 2025", "2000 personnes"): a year needs a month or a
//   cue word (data/lexicons/dates/year_cues.tsv).
// - A four-digit number followed by a count word or unit ("depuis 2000 ans",
//   "by 2000 votes", "3 mars 2000 personnes") is not a year.
// - Month names that are also everyday words carry a restriction
//   (data/lexicons/dates/month_restrictions.tsv): English "may", "march"
//   must be capitalized ("prices may rise", "troops march 3" are not
//   dates); French "Mars" capitalized mid-sentence needs a day ("la mission
//   Mars 2020" is not a date, "Mars 2024 :" at a line start is); "sept"
//   (also the French number) needs a day before it. Other months may be
//   written in any case ("january 2025", "en Mai 2025").
// - A month name of the other language (a French date in English text or
//   the reverse) counts only in a full date with day, month and year.
// - Month-first order ("January 23") is read only for English month names,
//   and outside English text only with a year ("sept. 3 d'entre eux" is
//   French for "seven. 3 of them").
// - Numeric dates: when only one of day/month or month/day orders is a valid
//   date, it is used. When both are, French text reads day/month; English
//   text reads the order the document itself uses elsewhere (unambiguous
//   numeric dates like "25/12/2024", and "23 January" vs "January 23"
//   word dates), and month/day (US) when the document gives no evidence.
//   Dotted and dashed dates need a four-digit year; two-digit years
//   ("23/01/25" -> 2025; 70-99 -> 19xx) only with slashes. A chain of more
//   numbers ("01.23.45.67.89", "1.2.2025.4", URLs "/2025/01/23/") is not a
//   date.
// - Impossible dates ("31 février", "2025-13-45", "29 February 2025") are
//   not dates, and their parts are not reused for a shorter date.
// - Years 1000-2199 next to a month; 1800-2100 with a cue.
// - Spaces include U+00A0 and U+202F; a date may span one line break but
//   not a blank line.
#ifndef TEXTEXPLORER_DATES_H_
#define TEXTEXPLORER_DATES_H_

#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "figure.h"
#include "figure_tokens.h"

namespace tx {

// Every date of `doc` as figures of kind kDate, sorted by span.start and
// non-overlapping, with `date` set to the ISO form the contract asks for
// ("2025-01-23", "2025-01", "2025", "--04-07") and `rule` to the rule name
// above. Linear in the text length; never throws on any text.
std::vector<Figure> find_dates(const Document& doc);

// The same, from the tokens of the text (`tokens` is
// figures::tokenize(doc.text)), for a caller that has them already.
std::vector<Figure> find_dates(const Document& doc, const std::vector<figures::Token>& tokens);

// The date the document says it was published ("Publié le 12 novembre
// 2025", "Published March 3, 2024", "Publié le 12/11/2025 à 10h30"), as
// "YYYY-MM-DD", or nothing when it states none. `dates` is the output of
// find_dates(doc) (or any list of date figures of doc, sorted by start).
//
// A cue of data/lexicons/dates/publication_cues.tsv counts only at the start
// of a line or after a byline separator (| • · – — /), and its date must
// follow at once: only spaces (at most two line breaks), ':' '-' ',' and
// filler words ("le", "on", weekday names) may stand between. A cue with no
// full date right after it ("Publié le" then "Partager") gives nothing; a
// later unrelated date is never taken. "Published" cues win over "Updated"
// ones; among equals the first in the text wins.
std::optional<std::string> find_publication_date(const Document& doc,
                                                 const std::vector<Figure>& dates);

}  // namespace tx

#endif  // TEXTEXPLORER_DATES_H_
