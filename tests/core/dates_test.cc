#include "dates.h"

#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "date_lexicon.h"
#include "text.h"
#include "testing.h"

namespace tx {
namespace {

// "span => value" for each date, "; "-separated; " ~" marks approx.
std::string describe(const Document& doc, const std::vector<Figure>& dates) {
  std::string out;
  for (const Figure& f : dates) {
    if (!out.empty()) out += "; ";
    out += utf16_to_utf8(doc.text.substr(f.span.start, f.span.end - f.span.start));
    out += " => " + f.date;
    if (f.approx) out += " ~";
  }
  return out;
}

struct Row {
  const char* lang;
  const char* text;
  const char* expected;  // describe() of the dates; "" = no date at all
};

// Expected values written by reading each text, never copied from output.
const Row kRows[] = {
    // --- French: day month year -------------------------------------------
    {"fr", "Le 23 janvier 2025, il a parlé.", "23 janvier 2025 => 2025-01-23"},
    {"fr", "à Davos, le 23 janvier 2025.", "23 janvier 2025 => 2025-01-23"},
    {"fr", "Le 1er janvier 2024 marque un tournant.", "1er janvier 2024 => 2024-01-01"},
    {"fr", "le 1ᵉʳ mars 2025", "1ᵉʳ mars 2025 => 2025-03-01"},
    {"fr", "23 JANVIER 2025", "23 JANVIER 2025 => 2025-01-23"},
    {"fr", "LE 1ER MARS 2025", "1ER MARS 2025 => 2025-03-01"},
    {"fr", "Publié le 23 Janvier 2025", "23 Janvier 2025 => 2025-01-23"},
    {"fr", "mercredi 12 novembre 2025", "12 novembre 2025 => 2025-11-12"},
    {"fr", "le 3 fevrier 2025", "3 fevrier 2025 => 2025-02-03"},
    {"fr", "le 15 aout 2024", "15 aout 2024 => 2024-08-15"},
    {"fr", "le 15 AOÛT 2024", "15 AOÛT 2024 => 2024-08-15"},
    {"fr", "le 31 decembre 1999", "31 decembre 1999 => 1999-12-31"},
    {"fr", "le 23\u00A0janvier\u00A02025", "23\u00A0janvier\u00A02025 => 2025-01-23"},
    {"fr", "le 23\u202Fjanvier\u202F2025", "23\u202Fjanvier\u202F2025 => 2025-01-23"},
    {"fr", "le 23 janvier\n2025 à Davos", "23 janvier\n2025 => 2025-01-23"},
    {"fr", "le 23 janvier\n\n2025 sera", "23 janvier => --01-23"},
    {"fr", "le 12 mai 2025 à 14 h", "12 mai 2025 => 2025-05-12"},
    {"fr", "le 29 février 2024", "29 février 2024 => 2024-02-29"},
    {"fr", "le 23 janvier 2025.", "23 janvier 2025 => 2025-01-23"},
    {"fr", "(23 juin 2025)", "23 juin 2025 => 2025-06-23"},
    {"fr", "le 14 juillet 1789", "14 juillet 1789 => 1789-07-14"},
    // --- French: abbreviations --------------------------------------------
    {"fr", "le 23 janv. 2025", "23 janv. 2025 => 2025-01-23"},
    {"fr", "le 23 janv 2025", "23 janv 2025 => 2025-01-23"},
    {"fr", "le 3 févr. 2024", "3 févr. 2024 => 2024-02-03"},
    {"fr", "le 3 fév. 2024", "3 fév. 2024 => 2024-02-03"},
    {"fr", "le 5 avr. 2023", "5 avr. 2023 => 2023-04-05"},
    {"fr", "le 14 juil. 2024", "14 juil. 2024 => 2024-07-14"},
    {"fr", "le 14 juill. 2024", "14 juill. 2024 => 2024-07-14"},
    {"fr", "le 7 sept. 2025", "7 sept. 2025 => 2025-09-07"},
    {"fr", "le 7 sept 2025", "7 sept 2025 => 2025-09-07"},
    {"fr", "le 9 oct. 2022", "9 oct. 2022 => 2022-10-09"},
    {"fr", "le 11 nov. 2018", "11 nov. 2018 => 2018-11-11"},
    {"fr", "le 5 déc. 2023", "5 déc. 2023 => 2023-12-05"},
    {"fr", "le 3 janv.", "3 janv. => --01-03"},
    // --- French: day and month, no year -----------------------------------
    {"fr", "le 1er mars", "1er mars => --03-01"},
    {"fr", "Il viendra le 15 août.", "15 août => --08-15"},
    {"fr", "le 3 mars.", "3 mars => --03-03"},
    {"fr", "prévu pour le 15 juin", "15 juin => --06-15"},
    {"fr", "le 23 janvier dernier", "23 janvier => --01-23"},
    {"fr", "le 29 février", "29 février => --02-29"},
    {"fr", "le 3 Mars prochain", "3 Mars => --03-03"},
    // --- French: ranges of days -------------------------------------------
    {"fr", "du 3 au 5 mars", "3 => --03-03; 5 mars => --03-05"},
    {"fr", "du 3 au 5 mars 2025", "3 => 2025-03-03; 5 mars 2025 => 2025-03-05"},
    {"fr", "les 3, 4 et 5 mai 2024",
     "3 => 2024-05-03; 4 => 2024-05-04; 5 mai 2024 => 2024-05-05"},
    {"fr", "les 20 et 21 juin", "20 => --06-20; 21 juin => --06-21"},
    {"fr", "3-5 mars", "3 => --03-03; 5 mars => --03-05"},
    {"fr", "du 1er au 3 mars 2025", "1er => 2025-03-01; 3 mars 2025 => 2025-03-03"},
    {"fr", "du 28 février au 3 mars 2025",
     "28 février => 2025-02-28; 3 mars 2025 => 2025-03-03"},
    {"fr", "du 5 au 3 mars", "3 mars => --03-03"},
    // --- French: month and year -------------------------------------------
    {"fr", "en mars 2024", "mars 2024 => 2024-03"},
    {"fr", "en mai 2025, les ventes", "mai 2025 => 2025-05"},
    {"fr", "fin mars 2025", "mars 2025 => 2025-03"},
    {"fr", "de janvier à mars 2025", "mars 2025 => 2025-03"},
    {"fr", "mi-mars 2025", "mars 2025 => 2025-03"},
    {"fr", "en janv. 2025", "janv. 2025 => 2025-01"},
    {"fr", "Mars 2024 : les chiffres du mois", "Mars 2024 => 2024-03"},
    {"fr", "Résultats.\nJuin 2025 a été chaud", "Juin 2025 => 2025-06"},
    {"fr", "en DÉCEMBRE 2024", "DÉCEMBRE 2024 => 2024-12"},
    {"fr", "en Mai 2025, les ventes", "Mai 2025 => 2025-05"},
    // --- French: year with a cue ------------------------------------------
    {"fr", "en 2025", "2025 => 2025"},
    {"fr", "En 2025, les prix ont monté.", "2025 => 2025"},
    {"fr", "depuis 2019, la société", "2019 => 2019"},
    {"fr", "d'ici 2030", "2030 => 2030"},
    {"fr", "d’ici 2030", "2030 => 2030"},
    {"fr", "d'ici à 2030", "2030 => 2030"},
    {"fr", "jusqu'en 2027", "2027 => 2027"},
    {"fr", "fin 2025", "2025 => 2025"},
    {"fr", "début 2026", "2026 => 2026"},
    {"fr", "à la mi-2024", "2024 => 2024"},
    {"fr", "l'année 2023 a été", "2023 => 2023"},
    {"fr", "Dès 2026", "2026 => 2026"},
    {"fr", "à partir de 2026", "2026 => 2026"},
    {"fr", "à l'horizon 2035", "2035 => 2035"},
    {"fr", "au printemps 2025", "2025 => 2025"},
    {"fr", "en l'an 2000", "2000 => 2000"},
    {"fr", "après 2030", "2030 => 2030"},
    {"fr", "en 2025, 12 % des ménages", "2025 => 2025"},
    {"fr", "au 1er trimestre 2025", "2025 => 2025"},
    {"fr", "au troisième trimestre 2008", "2008 => 2008"},
    {"fr", "un chiffre d'affaires T3 2025 en hausse", "2025 => 2025"},
    {"fr", "vers 2030", "2030 => 2030 ~"},
    {"fr", "aux alentours de 2040", "2040 => 2040 ~"},
    // --- French: numeric --------------------------------------------------
    {"fr", "le 23/01/2025", "23/01/2025 => 2025-01-23"},
    {"fr", "le 12/11/2025 à 10h30", "12/11/2025 => 2025-11-12"},
    {"fr", "le 03/04/2025", "03/04/2025 => 2025-04-03"},
    {"fr", "le 3/4/2025", "3/4/2025 => 2025-04-03"},
    {"fr", "le 23.01.2025", "23.01.2025 => 2025-01-23"},
    {"fr", "le 3.11.2025", "3.11.2025 => 2025-11-03"},
    {"fr", "le 23-01-2025", "23-01-2025 => 2025-01-23"},
    {"fr", "le 23/01/25", "23/01/25 => 2025-01-23"},
    {"fr", "né le 23/01/85", "23/01/85 => 1985-01-23"},
    {"fr", "12/25/2024", "12/25/2024 => 2024-12-25"},
    {"fr", "le 15/03 à 20h", "15/03 => --03-15"},
    {"fr", "le 15/03, 20 personnes", "15/03 => --03-15"},
    {"fr", "le 15/03/7", ""},
    {"fr", "du 02/06 au 05/06", "02/06 => --06-02; 05/06 => --06-05"},
    {"fr", "les 3/4 des salariés", ""},
    {"fr", "le 15/13", ""},
    {"fr", "le 30/02", ""},
    {"fr", "un score de 15/03", ""},
    {"fr", "2025-01-23", "2025-01-23 => 2025-01-23"},
    {"fr", "mis en ligne 2025-01-23T10:30:00Z", "2025-01-23 => 2025-01-23"},
    {"fr", "2025/01/23", "2025/01/23 => 2025-01-23"},
    {"fr", "2024-02-29", "2024-02-29 => 2024-02-29"},
    // --- French: foreign month names need a full date ---------------------
    {"fr", "le discours du January 23, 2025", "January 23, 2025 => 2025-01-23"},
    {"fr", "la chanson May 2025", ""},
    // --- French: not dates ------------------------------------------------
    {"fr", "31 février 2025", ""},
    {"fr", "le 30 février", ""},
    {"fr", "le 29 février 2025", ""},
    {"fr", "le 32 janvier", ""},
    {"fr", "2025-13-45", ""},
    {"fr", "2025-02-30", ""},
    {"fr", "2025-1-5", ""},
    {"fr", "32/01/2025", ""},
    {"fr", "13/13/2025", ""},
    {"fr", "2,5 millions", ""},
    {"fr", "1 000 mars", ""},
    {"fr", "la mission Mars 2020 a atterri", ""},
    {"fr", "la mission « Mars 2020 »", ""},
    {"fr", "Résultats. Mars 2024 a été doux", "Mars 2024 => 2024-03"},
    {"fr", "Il est arrivé en mars.", ""},
    {"fr", "le mois de mai", ""},
    {"fr", "Ils étaient sept.", ""},
    {"fr", "Ils étaient sept. 3 sont partis.", ""},
    {"fr", "le déc. 5 au soir", ""},
    {"fr", "sept 2025 fois", ""},
    {"fr", "Web Summit 2025 : comment l'Europe", ""},
    {"fr", "2000 personnes", ""},
    {"fr", "depuis 2000 ans", ""},
    {"fr", "en 1900 mètres", ""},
    {"fr", "en 2000 km", ""},
    {"fr", "le 3 mars 2000 personnes ont défilé", "3 mars => --03-03"},
    {"fr", "en 2024-2025", ""},
    {"fr", "en 2 025 000 exemplaires", ""},
    {"fr", "en 2025,5", ""},
    {"fr", "les années 1990", ""},
    {"fr", "Entre 2020 et 2025", ""},
    {"fr", "01.23.45.67.89", ""},
    {"fr", "06 12 34 56 78", ""},
    {"fr", "06-12-34-56-78", ""},
    {"fr", "version 3.11.2", ""},
    {"fr", "v1.2.2025", ""},
    {"fr", "1.2.2025.4", ""},
    {"fr", "https://site.fr/2025/01/23/article", ""},
    {"fr", "24/7", ""},
    {"fr", "1/2", ""},
    {"fr", "23-01-25", ""},
    {"fr", "à 10h30", ""},
    {"fr", "Claude 3, son modèle", ""},
    {"fr", "la 5G mars", ""},
    {"fr", "un score de 3-1", ""},
    {"fr", "Anthropic a annoncé mercredi un investissement", ""},
    {"fr", "le mois dernier", ""},
    {"fr", "", ""},

    // --- English: month day year ------------------------------------------
    {"en", "January 23, 2025", "January 23, 2025 => 2025-01-23"},
    {"en", "on January 23 2025 at noon", "January 23 2025 => 2025-01-23"},
    {"en", "Jan. 23, 2025", "Jan. 23, 2025 => 2025-01-23"},
    {"en", "Jan 23, 2025", "Jan 23, 2025 => 2025-01-23"},
    {"en", "Sep 3, 2024", "Sep 3, 2024 => 2024-09-03"},
    {"en", "March 3rd, 2024", "March 3rd, 2024 => 2024-03-03"},
    {"en", "Jun. 4, 2025", "Jun. 4, 2025 => 2025-06-04"},
    {"en", "MAY 5, 2025", "MAY 5, 2025 => 2025-05-05"},
    {"en", "Wednesday, November 12, 2025", "November 12, 2025 => 2025-11-12"},
    {"en", "February 29, 2024", "February 29, 2024 => 2024-02-29"},
    {"en", "on March 3, 2024.", "March 3, 2024 => 2024-03-03"},
    // --- English: day month year ------------------------------------------
    {"en", "23 January 2025", "23 January 2025 => 2025-01-23"},
    {"en", "the 3rd of March 2025", "3rd of March 2025 => 2025-03-03"},
    {"en", "on the 21st of May", "21st of May => --05-21"},
    {"en", "3 May", "3 May => --05-03"},
    {"en", "on 1 Sept. 2025", "1 Sept. 2025 => 2025-09-01"},
    {"en", "on 23rd January, 2025", "23rd January, 2025 => 2025-01-23"},
    // --- English: month day -----------------------------------------------
    {"en", "Sept. 3", "Sept. 3 => --09-03"},
    {"en", "on May 5", "May 5 => --05-05"},
    {"en", "Dec. 25", "Dec. 25 => --12-25"},
    {"en", "March 3-5, 2025", "March 3 => 2025-03-03; 5, 2025 => 2025-03-05"},
    {"en", "May 3 to 5", "May 3 => --05-03; 5 => --05-05"},
    // --- English: month year, year with a cue -----------------------------
    {"en", "in March 2024", "March 2024 => 2024-03"},
    {"en", "May 2025", "May 2025 => 2025-05"},
    {"en", "in Dec 2024", "Dec 2024 => 2024-12"},
    {"en", "JANUARY 2025", "JANUARY 2025 => 2025-01"},
    {"en", "June 2025.", "June 2025 => 2025-06"},
    {"en", "posted january 23, 2025", "january 23, 2025 => 2025-01-23"},
    {"en", "in 2025", "2025 => 2025"},
    {"en", "since 2019", "2019 => 2019"},
    {"en", "by 2030", "2030 => 2030"},
    {"en", "in early 2026", "2026 => 2026"},
    {"en", "in mid-2024", "2024 => 2024"},
    {"en", "late 2025", "2025 => 2025"},
    {"en", "the year 2000", "2000 => 2000"},
    {"en", "by the end of 2027", "2027 => 2027"},
    {"en", "in the third quarter of 2025", "2025 => 2025"},
    {"en", "Apple's Q3 2025 revenue", "2025 => 2025"},
    {"en", "around 2030", "2030 => 2030 ~"},
    // --- English: numeric -------------------------------------------------
    {"en", "on 03/04/2025", "03/04/2025 => 2025-03-04"},
    {"en", "on 13/04/2025", "13/04/2025 => 2025-04-13"},
    {"en", "on 04/13/2025", "04/13/2025 => 2025-04-13"},
    {"en", "On 23 January 2025 and 03/04/2025",
     "23 January 2025 => 2025-01-23; 03/04/2025 => 2025-04-03"},
    {"en", "On 25/12/2024 and 03/04/2025", "25/12/2024 => 2024-12-25; 03/04/2025 => 2025-04-03"},
    {"en", "On January 5, 2025 and 03/04/2025",
     "January 5, 2025 => 2025-01-05; 03/04/2025 => 2025-03-04"},
    {"en", "2025-01-23", "2025-01-23 => 2025-01-23"},
    {"en", "05/05/2025", "05/05/2025 => 2025-05-05"},
    {"en", "on Tuesday, Jan. 14, 2025", "Jan. 14, 2025 => 2025-01-14"},
    {"en", "Feb. 3", "Feb. 3 => --02-03"},
    {"en", "Aug. 15, 1945", "Aug. 15, 1945 => 1945-08-15"},
    {"en", "LONDON, Oct 3 (Reuters) -", "Oct 3 => --10-03"},
    {"en", "its biggest gain since December 2011", "December 2011 => 2011-12"},
    {"en", "on the 4th of July", "4th of July => --07-04"},
    {"en", "July 4th", "July 4th => --07-04"},
    {"en", "Sat Nov 15 2025", "Nov 15 2025 => 2025-11-15"},
    {"en", "by Dec. 31", "Dec. 31 => --12-31"},
    {"en", "the 2025-01-23 filing", "2025-01-23 => 2025-01-23"},
    {"en", "in fiscal 2026", "2026 => 2026"},
    {"en", "until 2030", "2030 => 2030"},
    {"en", "during 2024", "2024 => 2024"},
    {"en", "before 2030", "2030 => 2030"},
    {"en", "in the summer of 2024", "2024 => 2024"},
    {"en", "in the first half of 2025", "2025 => 2025"},
    {"en", "as of 2025", "2025 => 2025"},
    {"en", "In 1999, the euro", "1999 => 1999"},
    {"en", "in 2025's first quarter", "2025 => 2025"},
    {"en", "on 12/31/2024", "12/31/2024 => 2024-12-31"},
    {"en", "on 31/12/2024", "31/12/2024 => 2024-12-31"},
    {"en", "from Jan. 1 to March 31, 2025", "Jan. 1 => --01-01; March 31, 2025 => 2025-03-31"},
    {"en", "SEPTEMBER 2025", "SEPTEMBER 2025 => 2025-09"},
    // --- English: foreign month names -------------------------------------
    {"en", "the 12 janvier 2025 meeting", "12 janvier 2025 => 2025-01-12"},
    {"en", "mars 2024", ""},
    {"en", "Mars 2020 mission", ""},
    // --- English: not dates -----------------------------------------------
    {"en", "prices may rise", ""},
    {"en", "may 2025", ""},
    {"en", "5 may be enough", ""},
    {"en", "troops march 3 miles", ""},
    {"en", "it may 2025 be", ""},
    {"en", "they mar 3 cars", ""},
    {"en", "by 2000 votes", ""},
    {"en", "in 2000 words", ""},
    {"en", "February 30, 2025", ""},
    {"en", "April 31", ""},
    {"en", "in March 3,000 people", ""},
    {"en", "in March 3 million people", ""},
    {"en", "the Mars rover", ""},
    {"en", "the 1990s", ""},
    {"en", "between 2020 and 2025", ""},
    {"en", "from 2020 to 2025", ""},
    {"en", "in FY2025", ""},
    {"en", "the 2024 election", ""},
    {"en", "on the 4th", ""},
    {"en", "January", ""},
    {"en", "2.5 million", ""},
    {"en", "$2,025", ""},
    {"en", "May I help you?", ""},
    {"en", "the March on Washington", ""},
    {"en", "In March, officials said", ""},
    {"en", "by mid-May", ""},
    {"en", "in the spring", ""},
    {"en", "in 2000 miles", ""},
    {"en", "in 2025 dollars", ""},
    {"en", "by 1800 people", ""},
    {"en", "the mid-2020s", ""},
    {"en", "a 2025 model", ""},
    {"en", "Room 2025", ""},
    {"en", "the 9/11 attacks", ""},
    {"en", "2/3 of voters", ""},
    {"en", "3.14159", ""},
    {"en", "Form 10-Q", ""},
    {"en", "call 1-800-555-0199", ""},
    {"en", "version 1.2.3", ""},
    {"en", "at 10:30 a.m.", ""},
    {"en", "Boeing 737", ""},
};

TEST_CASE("find_dates: example table") {
  int rows = 0;
  for (const Row& r : kRows) {
    std::string lang = r.lang, text = r.text;
    CAPTURE(lang);
    CAPTURE(text);
    Document doc = doc_of(r.lang, r.text);
    std::vector<Figure> dates = find_dates(doc);
    CHECK(describe(doc, dates) == r.expected);
    for (const Figure& f : dates) {
      CHECK(f.kind == FigureKind::kDate);
      CHECK(f.rule.rfind("date.", 0) == 0);
    }
    ++rows;
  }
  MESSAGE("date rows: " << rows);
}

TEST_CASE("find_dates: rule names") {
  struct Case { const char* lang; const char* text; const char* rule; };
  const Case cases[] = {
      {"fr", "2025-01-23", "date.iso"},
      {"fr", "2025/01/23", "date.numeric_ymd"},
      {"fr", "23/01/2025", "date.numeric_dmy"},
      {"en", "01/23/2025", "date.numeric_mdy"},
      {"fr", "23 janvier 2025", "date.day_month_year"},
      {"fr", "le 1er mars", "date.day_month"},
      {"fr", "le 15/03", "date.numeric_dm"},
      {"fr", "du 28 février au 3 mars 2025", "date.day_month_range"},
      {"en", "January 23, 2025", "date.month_day_year"},
      {"en", "Sept. 3", "date.month_day"},
      {"fr", "mars 2024", "date.month_year"},
      {"fr", "du 3 au 5 mars", "date.range_start"},
      {"fr", "en 2025", "date.year_with_cue"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    std::vector<Figure> dates = find_dates(doc_of(c.lang, c.text));
    REQUIRE(!dates.empty());
    CHECK(dates[0].rule == c.rule);
  }
}

TEST_CASE("find_dates: the seeds' gold dates come out exactly") {
  std::vector<Seed> seeds = load_seeds();
  REQUIRE(seeds.size() >= 2);
  for (const Seed& seed : seeds) {
    CAPTURE(seed.name);
    const nlohmann::json& gold = seed.gold;
    Document doc;
    doc.text = utf8_to_utf16(seed.text);
    doc.lang = gold.value("language", "fr");
    std::vector<Figure> dates = find_dates(doc);
    auto same = [&](const nlohmann::json& g, const Figure& f) {
      return g["start"] == f.span.start && g["end"] == f.span.end && g["value"] == f.date &&
             g["approx"] == f.approx;
    };
    int required = 0;
    for (const auto& g : gold["figures"]) {
      if (g["kind"] != "date" || g.value("optional", false)) continue;
      ++required;
      CAPTURE(g.dump());
      bool found = false;
      for (const Figure& f : dates) found = found || same(g, f);
      CHECK(found);
    }
    for (const Figure& f : dates) {
      CAPTURE(utf16_to_utf8(doc.text.substr(f.span.start, f.span.end - f.span.start)));
      CAPTURE(f.span.start);
      bool in_gold = false;
      for (const auto& g : gold["figures"]) in_gold = in_gold || (g["kind"] == "date" && same(g, f));
      CHECK(in_gold);
    }
    if (seed.name.rfind("000", 0) == 0) {
      CHECK(required == 2);
      // "Publié le" then a line break and no date: no publication date.
      CHECK_FALSE(find_publication_date(doc, dates).has_value());
    }
  }
}

TEST_CASE("find_publication_date: example table") {
  struct Case { const char* lang; const char* text; const char* expected; };  // "" = none
  const Case cases[] = {
      {"fr", "Par AP\nPublié le 12 novembre 2025\nTexte", "2025-11-12"},
      {"fr", "Publié le 12/11/2025 à 10h30\nMis à jour le 13/11/2025 à 08h00", "2025-11-12"},
      {"fr", "Mis à jour le 13/11/2025\nPublié le 12/11/2025", "2025-11-12"},
      {"fr", "Mis à jour le 13 novembre 2025 à 9h", "2025-11-13"},
      {"fr", "Publié le\n12 novembre 2025", "2025-11-12"},
      {"fr", "Publié le : 12.11.2025", "2025-11-12"},
      {"fr", "Par Jean Dupont | Publié le 4 mars 2025", "2025-03-04"},
      {"fr", "Publié le mercredi 12 novembre 2025", "2025-11-12"},
      {"fr", "PUBLIÉ LE 12 NOVEMBRE 2025", "2025-11-12"},
      {"fr", "Publié le 12 novembre", ""},
      {"fr", "Publié le\nPartager Discussion\nDavos, le 23 janvier 2025.", ""},
      {"fr", "Un rapport publié le 3 mars 2025 indique", ""},
      {"fr", "Le 3 mars 2025, à Paris.", ""},
      {"en", "Published March 3, 2024", "2024-03-03"},
      {"en", "Updated: March 4, 2024", "2024-03-04"},
      {"en", "Published on Sunday, March 3, 2024", "2024-03-03"},
      {"en", "Published 3 hours ago\nMarch 3, 2024", ""},
      {"en", "Last updated 2024-05-06", "2024-05-06"},
      {"en", "Posted on 03/04/2025", "2025-03-04"},
      {"en", "Published\n\n\n\nMarch 3, 2024", ""},
      {"en", "Published 9:30 AM EST, Thu November 13, 2025", "2025-11-13"},
      {"fr", "Publié à 10h30 le 12 novembre 2025", "2025-11-12"},
      {"en", "", ""},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    Document doc = doc_of(c.lang, c.text);
    std::optional<std::string> got = find_publication_date(doc, find_dates(doc));
    CHECK(got.value_or("") == c.expected);
  }
}

TEST_CASE("find_publication_date: a cue far before its date in units, not in tokens") {
  // Only the text just before each full date is looked at: a long run of
  // spaces, fillers or a separator between the cue and its date must not
  // hide the cue.
  struct Case { const char* lang; std::string text; const char* expected; };
  const std::string spaces(5000, ' ');
  const Case cases[] = {
      {"fr", "Texte.\nPublié le" + spaces + "12 novembre 2025", "2025-11-12"},
      {"fr", "Par AP|" + spaces + "Publié le 4 mars 2025", "2025-03-04"},
      {"fr", "Par AP |Publié" + spaces + "le :" + spaces + "4 mars 2025", "2025-03-04"},
      {"en", "Intro\nPublished 9:30 AM EST, Thu" + spaces + "November 13, 2025", "2025-11-13"},
      {"en", "Published 9:30 AM EST, Thu, 9:30 AM EST, Thu November 13, 2025", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text.substr(0, 40));
    Document doc = doc_of(c.lang, c.text);
    std::optional<std::string> got = find_publication_date(doc, find_dates(doc));
    CHECK(got.value_or("") == c.expected);
  }
}

TEST_CASE("find_dates never crashes or hangs on hostile text") {
  std::vector<std::string> inputs = {
      std::string(100000, '9'),
      std::string(20000, '/'),
      [] { std::string s; for (int i = 0; i < 20000; ++i) s += "1/"; return s; }(),
      [] { std::string s; for (int i = 0; i < 20000; ++i) s += "3 au "; return s + "5 mars"; }(),
      [] { std::string s; for (int i = 0; i < 20000; ++i) s += "mars "; return s; }(),
      [] { std::string s; for (int i = 0; i < 20000; ++i) s += "en 2025-"; return s; }(),
      [] { std::string s; for (int i = 0; i < 5000; ++i) s += "Publié le le le le\n"; return s; }(),
      "\xF0\x9F\x98\x80 12 \xF0\x9F\x98\x80 mars \xD7\x90\xD7\x91 2025 e\xCC\x81\xCC\x81",
      "fe\xCC\x81vrier 2025 le 3 fe\xCC\x81vrier 2025",
      std::string("\0\x01\x02 1er", 7),
  };
  for (const std::string& in : inputs) {
    CAPTURE(in.substr(0, 40));
    Document doc = doc_of("fr", in);
    std::vector<Figure> dates = find_dates(doc);
    (void)find_publication_date(doc, dates);
    doc.lang = "en";
    dates = find_dates(doc);
    (void)find_publication_date(doc, dates);
    for (const Figure& f : dates) {
      CHECK(f.span.start >= 0);
      CHECK(f.span.start < f.span.end);
      CHECK(f.span.end <= static_cast<int32_t>(doc.text.size()));
    }
  }
}

TEST_CASE("find_dates: decomposed accents") {
  Document doc = doc_of("fr", "le 3 fe\xCC\x81vrier 2025");  // e + U+0301
  std::vector<Figure> dates = find_dates(doc);
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].date == "2025-02-03");
  CHECK(dates[0].span.end == static_cast<int32_t>(doc.text.size()));
}

TEST_CASE("DateLexicon::may_be_month lets through every month spelling as the text may write it") {
  const DateLexicon& lex = date_lexicon();
  int spellings = 0;
  for (const auto& months : lex.months) {
    months.for_each([&](std::u16string_view word, const MonthForm&) {
      if (word.size() < 2) return;
      ++spellings;
      std::u16string upper(word), capitalized(word);
      for (char16_t& c : upper) c = static_cast<char16_t>(u_toupper(c));
      capitalized[0] = upper[0];
      for (const std::u16string& form : {std::u16string(word), upper, capitalized}) {
        CAPTURE(utf16_to_utf8(form));
        CHECK(lex.may_be_month(form));
      }
    });
  }
  CHECK(spellings > 40);
  // Accents and case, written as the text writes them; a combining accent
  // (the word's fold is shorter than the word) or a unit that folds to two
  // ("ŉ") anywhere in the word.
  for (const char* text : {"Février", "FÉVRIER", "août", "AOÛT", "Décembre", "déc", "Sept",
                           "MAY", "fe\xCC\x81vrier", "fevrie\xCC\x81r", "de\xCC\x81" "cembre"}) {
    CAPTURE(std::string(text));
    CHECK(lex.may_be_month(utf8_to_utf16(text)));
  }
  // Words that start like a month but are none.
  for (const char* text : {"des", "maison", "juste", "marché", "octet", "JUSTE"}) {
    CAPTURE(std::string(text));
    CHECK_FALSE(lex.may_be_month(utf8_to_utf16(text)));
  }
}

}  // namespace
}  // namespace tx
