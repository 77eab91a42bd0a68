// Hard limits of the core: bad and extreme input never crashes, hangs or
// yields inf/NaN, and every analysis keeps the invariants of
// tests/fuzz/invariants.h (offsets in range, on whole characters, sorted;
// finite numbers; valid JSON). Runs natively and in wasm (Node). Timing is
// not asserted here: tests/bench/run.sh measures it. Inputs the fuzzers
// (tests/fuzz/) found crashing go in the last test case, one row each.
#include <doctest/doctest.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis.h"
#include "error.h"
#include "fuzz/invariants.h"
#include "rates.h"
#include "text.h"

namespace tx {
namespace {

// Runs analyze() and checks every invariant; never lets an exception end
// the caller's loop, so each row of a table is reported on its own.
void expect_sound(const std::string& text, const Options& options = Options()) {
  try {
    Analysis a = analyze(text, options);
    CHECK(invariants::check_analysis(a) == "");
    CHECK(a.doc.text.size() == utf8_to_utf16(text).size());
  } catch (const std::exception& e) {
    FAIL_CHECK("analyze threw: " << e.what());
  }
}

// A literal with embedded NULs, all of it (not up to the first NUL).
template <size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

std::string repeat(const std::string& s, size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (size_t i = 0; i < times; ++i) out += s;
  return out;
}

// The bundled articles, each followed by a blank line (as tests/bench does).
std::string article_block() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(TX_SOURCE_DIR "/data/articles"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string block;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    block += s.str() + "\n\n";
  }
  return block;
}

// Peak memory of the process so far: the wasm heap (it never shrinks) or,
// natively, the peak resident set.
size_t peak_memory_bytes() {
#ifdef __EMSCRIPTEN__
  return __builtin_wasm_memory_size(0) * size_t(65536);
#else
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return size_t(usage.ru_maxrss) * 1024;
#endif
}

// Target currencies to try: those of {EUR, USD, JPY} the built-in table knows.
std::vector<std::string> some_currencies() {
  std::vector<std::string> known = RateTable::builtin().currencies(), out;
  for (const char* c : {"EUR", "USD", "JPY"})
    if (std::find(known.begin(), known.end(), c) != known.end()) out.push_back(c);
  return out;
}

TEST_CASE("robustness: invalid UTF-8 is refused naming the byte offset, and analysis goes on") {
  struct Case { std::string bytes; const char* message; };
  const Case cases[] = {
      {"Le 23 janvier 2025, 50 milliards de dollars \xE9t\xE9.", "invalid UTF-8 at byte 44"},
      {"\xFF", "invalid UTF-8 at byte 0"},
      {"\xC3", "invalid UTF-8 at byte 0"},                          // truncated at the end
      {"prix : 5\xE2\x82 euros", "invalid UTF-8 at byte 8"},        // truncated in the middle
      {"\xE0\x80\xAF", "invalid UTF-8 at byte 0"},                  // overlong
      {"OK \xED\xBF\xBF", "invalid UTF-8 at byte 3"},               // surrogate U+DFFF
      {"\xF8\x88\x80\x80\x80", "invalid UTF-8 at byte 0"},          // 5-byte form
      {bytes("a\0\0\xFE"), "invalid UTF-8 at byte 3"},               // after NULs
      {repeat("é", 500000) + "\x80", "invalid UTF-8 at byte 1000000"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.message);
    std::string got = "(no error)";
    try {
      analyze(c.bytes, Options());
    } catch (const InputError& e) {
      got = e.what();
    } catch (const std::exception& e) {
      got = std::string("not an InputError: ") + e.what();
    }
    CHECK(got == c.message);
  }
  expect_sound("Le module analyse encore après une erreur : 12 %.");
}

TEST_CASE("robustness: NUL bytes are text like any other") {
  const std::string cases[] = {
      std::string(1, '\0'),
      std::string(1000, '\0'),
      bytes("Le 23 janvier\0 2025, Anthropic a lev\xC3\xA9 50\0milliards de dollars."),
      bytes("\0\0" "12,5 %" "\0" "7,4 gigawatts\0"),
  };
  for (const std::string& text : cases) {
    CAPTURE(text.size());
    expect_sound(text);
  }
}

TEST_CASE("robustness: empty and whitespace-only texts give an empty analysis") {
  const char* cases[] = {"", " ", "\n\n\n", "\t \r\n ", "\u00A0\u202F\u2009", "\u3000 \u2003\n",
                         "\r\r\r\r"};
  for (const char* text : cases) {
    CAPTURE(text);
    expect_sound(text);
    for (const char* lang : {"auto", "fr", "en"}) {
      Options o;
      o.lang = lang;
      Analysis a = analyze(text, o);
      CHECK(a.doc.sentences.empty());
      CHECK(a.entities.empty());
      CHECK(a.figures.empty());
      CHECK(a.conversions.conversions.empty());
    }
  }
}

TEST_CASE("robustness: options with odd values are refused or ignored, never crash") {
  struct Case { const char* lang; const char* to; const char* date; const char* locale; bool valid; };
  const Case cases[] = {
      {"de", "EUR", "", "", false},          {"", "EUR", "", "", false},
      {"FR", "EUR", "", "", false},          {"auto", "eur", "", "", false},
      {"auto", "", "", "", false},           {"auto", "EURO", "", "", false},
      {"auto", "EUR", "2025-13-01", "", false}, {"auto", "EUR", "0000-00-00", "", false},
      {"auto", "EUR", "2025-02-29", "", false}, {"auto", "EUR", "99999-01-01", "", false},
      {"auto", "EUR", "2025-1-1", "", false},   {"auto", "EUR", "1970-01-01", "", true},
      {"auto", "EUR", "2099-12-31", "", true},  {"auto", "EUR", "", "xx", true},
      {"auto", "EUR", "", "zz-ZZ-@@@invalid", true}, {"fr", "EUR", "", "ar-EG", true},
  };
  const std::string text =
      "Le 23 janvier 2025, Anthropic a annoncé 50 milliards de dollars (43,3 milliards d’euros).";
  for (const Case& c : cases) {
    CAPTURE(c.lang);
    CAPTURE(c.to);
    CAPTURE(c.date);
    CAPTURE(c.locale);
    Options o;
    o.lang = c.lang;
    o.to = c.to;
    o.date = c.date;
    o.locale = c.locale;
    if (c.valid) {
      expect_sound(text, o);
    } else {
      CHECK_THROWS_AS(analyze(text, o), InputError);
    }
  }
  Options long_locale;
  long_locale.locale = std::string(100000, 'x');
  expect_sound(text, long_locale);
}

TEST_CASE("robustness: a 20 MB text completes with bounded memory; over the limit is refused") {
  const std::string block = article_block();
  REQUIRE(!block.empty());
  const size_t target = 20u << 20;
  std::string text = repeat(block, (target + block.size() - 1) / block.size());
  expect_sound(text);
  // Bound: peak memory of the whole process (wasm heap / native RSS) at most
  // 32 bytes per byte of input, i.e. 640 MB for this 20 MB text.
  const size_t peak = peak_memory_bytes();
  CAPTURE(peak);
  CHECK(peak <= 32 * text.size());

  std::string too_large(kMaxTextBytes + 1, 'a');
  std::string message;
  try {
    analyze(too_large, Options());
  } catch (const InputError& e) {
    message = e.what();
  }
  CHECK(message.find("text too large") != std::string::npos);
}

TEST_CASE("robustness: a single 1 MB token") {
  const size_t n = 1u << 20;
  const std::string cases[] = {
      std::string(n, 'a'),
      std::string(n, 'A'),
      repeat("Anthropic", n / 9),
      repeat("a1", n / 2),
      "https://example.com/" + std::string(n, 'x'),
      std::string(n, '-'),
      std::string(n, '.'),
      repeat("\xE2\x80\x99", n / 3),           // typographic apostrophes
      repeat("\xF0\x9F\x98\x80", n / 4),       // emoji: surrogate pairs
  };
  for (const std::string& text : cases) {
    CAPTURE(text.substr(0, 24));
    expect_sound(text);
  }
}

TEST_CASE("robustness: 100,000 digits in a row") {
  const std::string digits(100000, '9');
  const std::string cases[] = {
      std::string(100000, '1'),
      digits + " milliards de dollars",
      "Le chiffre d’affaires atteint " + digits + " €.",
      "0," + digits + " %",
      "1" + repeat("\xE2\x80\xAF" "000", 33333) + " euros",   // grouped with U+202F
      "1" + repeat(".000", 33333) + " dollars",
      "1" + repeat(",000", 33333) + " dollars",
      digits + "e308",
      "$" + digits + "bn",
      repeat("1 ", 50000),
      repeat("12,5 % ", 20000),
  };
  for (const std::string& text : cases) {
    CAPTURE(text.substr(0, 40));
    expect_sound(text);
    Options english;
    english.lang = "en";
    expect_sound(text, english);
  }
}

// Sentence splitting reads short windows around terminators; these texts
// would make it read the same text again and again (minutes for 1 MB) if
// its allowance of work did not hold.
TEST_CASE("robustness: 1 MB of full stops and exclamation marks that end no sentence") {
  const size_t n = 1u << 20;
  struct Case { std::string pattern; size_t sentences; };
  const Case cases[] = {
      {"a.b ", 1},              // a full stop before a lower-case letter ends nothing
      {"x.y.z ", 1},
      {"1.2 ", 1},              // nor one between digits
      {"1! ", n / 3},           // an exclamation mark ends a sentence, a digit after it or not
      {"1. ", n / 3},
  };
  for (const Case& c : cases) {
    CAPTURE(c.pattern);
    const std::string text = repeat(c.pattern, n / c.pattern.size());
    expect_sound(text);
    Analysis a = analyze(text, Options());
    CHECK(a.doc.sentences.size() == c.sentences);
  }
}

TEST_CASE("robustness: emoji, right-to-left text and combining marks keep spans on characters") {
  const char* cases[] = {
      "😀 Le 23 janvier 2025, Anthropic 👍🏽 a levé 50 milliards de dollars 🇫🇷.",
      "👨‍👩‍👧‍👦50 milliards de dollars👨‍👩‍👧‍👦 le 7 avril 2025 🏳️‍🌈",
      "💶50 milliards€💶 et 12,5 %💯",
      "مرحبا 50 milliards de dollars שלום le 23 janvier 2025 بالدولار",
      "‏שלום‎ Anthropic ‮12,5 %‬ €50bn",
      "Ame\u0301lie Mauresmo a gagne\u0301 3,5 millions d’euros a\u0300 Paris.",
      "E\u0301tats-Unis : 7,4 gigawatts, 1\u0301\u0302\u0303\u0304 000 dollars.",
      "𝟓𝟎 milliards de dollars, ５０ milliards, ٥٠ مليار دولار",
      "\xEF\xBB\xBF" "Le 23 janvier 2025, 12 %.",   // byte-order mark
      "\U00010000\U0010FFFF 12 % \U0001F600",
  };
  for (const char* text : cases) {
    CAPTURE(text);
    expect_sound(text);
    Analysis a = analyze(text, Options());
    // The JSON text of each span is the UTF-8 of exactly those code units.
    for (const Figure& f : a.figures) {
      std::u16string_view span = std::u16string_view(a.doc.text).substr(f.span.start, f.span.end - f.span.start);
      CHECK(utf8_to_utf16(utf16_to_utf8(span)) == span);
    }
  }
}

TEST_CASE("robustness: absurd amounts never become inf or NaN") {
  const char* cases[] = {
      "999999999999999999999 milliards de dollars",
      "999 999 999 999 999 999 999 milliards d’euros",
      "99999999999999999999999999999999999999 billions de dollars",
      "1e308 milliards de dollars",
      "$999,999,999,999,999,999,999 trillion",
      "€9.9e307bn and ¥1e400",
      "0,000000000000000000000000000000000000000000000001 % de hausse",
      "-999999999999999999999 %",
      "999999999999999999999 milliards de milliards de dollars",
      "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000"
      "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "000000000000000000000000000000000000000000000000000000 milliards de dollars",
      "999999999999999999999 gigawatts et 999999999999999999999 km",
      "plus de 999999999999999999999 milliards de yens (1 dollar)",
  };
  for (const char* text : cases) {
    for (const std::string& to : some_currencies()) {
      CAPTURE(text);
      CAPTURE(to);
      Options o;
      o.to = to;
      o.date = "2025-05-09";
      expect_sound(text, o);
    }
  }
}

// An ECB history CSV of `lines` rows, one calendar day each going back.
std::string big_rates_csv(long lines) {
  std::string csv = "Date,USD,JPY,GBP,CHF,\n";
  csv.reserve(lines * 48);
  int y = 2025, m = 5, d = 9;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  char row[96];
  for (long i = 0; i < lines; ++i) {
    std::snprintf(row, sizeof row, "%04d-%02d-%02d,1.1252,163.36,0.8477,0.9353,\n", y, m, d);
    csv += row;
    if (--d == 0) {
      if (--m == 0) {
        m = 12;
        --y;  // 1,000,000 days reach back to the year -713: the parser may refuse those
      }
      bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
      d = kDays[m - 1] + (m == 2 && leap);
    }
  }
  return csv;
}

TEST_CASE("robustness: a rates file of a million lines parses or is refused, never crashes") {
  const long n = 1000000;
  struct Case { const char* name; std::string contents; };
  const Case cases[] = {
      {"ECB history CSV, 1M rows from 2025 back", big_rates_csv(n)},
      {"ECB history CSV, 1M rows within 0000-9999", big_rates_csv(700000)},
      {"1M rows of N/A", "Date,USD,\n" + repeat("2025-05-09,N/A,\n", n)},
      {"1M blank lines", std::string(n, '\n')},
      {"1M header cells", "Date" + repeat(",USD", n) + "\n2025-05-09" + repeat(",1.1", n) + "\n"},
      {"XML, 1M rates in one day",
       "<?xml version=\"1.0\"?>\n<gesmes:Envelope><Cube><Cube time='2025-05-09'>\n" +
           repeat("<Cube currency='USD' rate='1.1252'/>\n", n) + "</Cube></Cube></gesmes:Envelope>\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    try {
      RateTable t = RateTable::parse(c.contents);
      CHECK(invariants::check_rate_table(t) == "");
    } catch (const InputError& e) {
      CHECK(std::string(e.what()).find("line") != std::string::npos);  // names where
    } catch (const std::exception& e) {
      FAIL_CHECK("not an InputError: " << e.what());
    }
  }
}

TEST_CASE("robustness: the same input gives the same JSON on every call") {
  const std::string text = article_block();
  const std::string first = to_json(analyze(text, Options()));
  try {
    analyze("\xFF", Options());
  } catch (const InputError&) {
  }
  analyze(std::string(100000, '9') + " milliards de dollars", Options());
  CHECK(to_json(analyze(text, Options())) == first);
}

// A text of capitalized place names with no full stop: past UTF-16 offset
// ~327,680 the entity finder (core/entity_spans.cc) makes the rest of the
// line ONE person name (rule first_name) and re-keys every earlier mention
// to it as a surname: at 340 KB the JSON is 123 MB, at 512 KB the process
// passes 24 GB and is killed. Kept just past the threshold so that it
// fails without exhausting memory: no name is longer than 200 UTF-16 units,
// and the JSON stays within 20 bytes per input byte.
TEST_CASE("robustness: a long line of capitalized names stays many short names") {
  const std::string pattern = "Paris Londres Berlin Madrid Rome ";
  std::string text = repeat(pattern, 334000 / pattern.size());
  try {
    Analysis a = analyze(text, Options());
    int32_t longest = 0;
    for (const Entity& e : a.entities) longest = std::max(longest, e.span.end - e.span.start);
    CHECK(longest <= 200);
    CHECK(to_json(a).size() <= 20 * text.size());
  } catch (const std::exception& e) {
    FAIL_CHECK("analyze threw: " << e.what());
  }
}

// find_entities (core/entities.cc) reads a long text in blocks of 2^18
// code units cut at a line break; with no line break within 2^16 units
// after that, block_end() cuts at exactly 327,680, wherever that falls: in
// a word ("Jean Dup|ont" gave the name "Jean Dup"), or between the two
// halves of a surrogate pair. A name across the cut must come out whole.
TEST_CASE("robustness: a long line read in blocks keeps names and characters whole") {
  const std::string bold_a = "\xF0\x9D\x90\x80";  // U+1D400, two UTF-16 units
  struct Case { int32_t name_start; std::string name; };
  const Case cases[] = {
      {327680 - 8, "Jean Dupont"},                  // the cut falls inside "Dupont"
      {327680 - 5, "Jean Dupont"},                  // ... right after "Jean"
      {327679 - 11, "Jean Dupont" + bold_a},        // ... inside the pair of 𝐀
      {327679 - 13, "Jean Dupont" + bold_a + bold_a},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name_start);
    CAPTURE(c.name);
    // An odd start takes one more space: a letter there would join the name.
    std::string text = repeat("a ", c.name_start / 2) + std::string(c.name_start % 2, ' ') + c.name +
                       " est arrivé. " + repeat("a ", 40000);
    expect_sound(text);
    Analysis a = analyze(text, Options());
    std::string found;
    for (const Entity& e : a.entities)
      if (e.span.start == c.name_start)
        found = utf16_to_utf8(std::u16string_view(a.doc.text).substr(e.span.start, e.span.end - e.span.start));
    CHECK(found == c.name);
  }
}

// Inputs the fuzzers (tests/fuzz/smoke.sh) found crashing or breaking an
// invariant: one row each, with the file and line it hit.
TEST_CASE("robustness: fuzzer regressions") {
  struct Case { const char* found; std::string text; const char* lang; };
  const Case cases[] = {
      // A range's second date looked for past the last token: read a token
      // beyond the end (UBSan: invalid bool in DateScanner::day_left_ok).
      {"dates.cc day_left_ok", "dmadmars 207u 28 f\u00e9vrier a", "fr"},
      {"dates.cc day_left_ok", "du 28 février au", "fr"},
      {"dates.cc day_left_ok", "the 28 February to", "en"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.found);
    Options o;
    o.lang = c.lang;
    expect_sound(c.text, o);
  }
}

}  // namespace
}  // namespace tx
