#include "sentences.h"

#include <doctest/doctest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text.h"

namespace tx {
namespace {

std::vector<std::string> sentence_texts(const std::string& utf8, const std::string& lang) {
  std::u16string text = u16(utf8);
  std::vector<std::string> out;
  for (Span s : split_sentences(text, lang))
    out.push_back(utf16_to_utf8(std::u16string_view(text).substr(s.start, s.end - s.start)));
  return out;
}

TEST_CASE("split_sentences follows ICU's sentence breaks, trimmed") {
  struct Case { const char* text; const char* lang; std::vector<std::string> sentences; };
  const Case cases[] = {
      {"Il pleut. Il fait froid.", "fr", {"Il pleut.", "Il fait froid."}},
      {"  Espaces autour.  \n\n", "fr", {"Espaces autour."}},
      {"Titre\n\nPremier paragraphe.", "fr", {"Titre", "Premier paragraphe."}},
      {"Est-ce vrai ? Oui !", "fr", {"Est-ce vrai ?", "Oui !"}},
      {"It rained. Then it stopped.", "en", {"It rained.", "Then it stopped."}},
      {"Mr. Smith paid $4.5bn. Shares rose.", "en", {"Mr. Smith paid $4.5bn.", "Shares rose."}},
      {"M. Amodei a parlé. Puis Mme Durand.", "fr", {"M. Amodei a parlé.", "Puis Mme Durand."}},
      {"", "fr", {}},
      {" \n\t ", "en", {}},
      {"Sans point final", "fr", {"Sans point final"}},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(sentence_texts(c.text, c.lang) == c.sentences);
  }
}

TEST_CASE("split_sentences offsets are UTF-16 units") {
  std::u16string text = u16("😀 Oui. Non.");
  std::vector<Span> s = split_sentences(text, "fr");
  REQUIRE(s.size() == 2);
  CHECK(s[0].start == 0);
  CHECK(s[0].end == 7);  // the emoji counts two units
  CHECK(s[1].start == 8);
  CHECK(s[1].end == 12);
}

// The reference: ICU's iterator run over the whole text, one boundary after
// the other, trimmed as split_sentences trims.
std::vector<Span> icu_sentences(std::u16string_view text, const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(
      icu::Locale((lang + "@ss=standard").c_str()), status));
  UText* ut = utext_openUChars(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  REQUIRE(U_SUCCESS(status));
  std::vector<Span> out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    int32_t s = start, e = end;
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    if (s < e) out.push_back({s, e});
  }
  utext_close(ut);
  return out;
}

std::vector<std::pair<int32_t, int32_t>> pairs(const std::vector<Span>& spans) {
  std::vector<std::pair<int32_t, int32_t>> out;
  for (Span s : spans) out.push_back({s.start, s.end});
  return out;
}

// Checks split_sentences against the reference on `text`, in fr and en.
void check_as_icu(std::u16string_view text) {
  for (const std::string lang : {"fr", "en"}) {
    CAPTURE(lang);  // a string, which doctest prints (a char pointer it prints as an address)
    CHECK(pairs(split_sentences(text, lang)) == pairs(icu_sentences(text, lang)));
  }
}

// split_sentences reads ICU's iterator only on windows around terminators
// (see sentences.cc); these texts mix what the sentence rules and the
// abbreviation filter look at, so that any class the windows misjudge shows.
TEST_CASE("split_sentences gives the boundaries of ICU's plain iteration, on random texts") {
  const std::vector<std::string> pieces = {
      // words, short and long (windows start at a word before a terminator)
      "a", "B", "le", "Paris", "maintenant", "anticonstitutionnellement", "x", "Zurich", "été", "ÉTÉ",
      "7", "2025", "4.5", "43,3", "1.", "a1",
      // terminators and what may follow them
      ".", ".", "!", "?", "…", "...", "?!", ";", ":", ",", "-", "\u3002",
      ")", "]", "»", "«", "\"", "’", "(", "'",
      " ", " ", " ", "  ", "\u00a0", "\u202f", "\t",
      "\n", "\n\n", "\r", "\r\n", "\u2029", "\xc2\x85" /* U+0085 */, "\x0b",
      "\u0301", "\u200d", "\u00ad",
      "\U0001d400", "\U0001d41a", "\U0001f600", "\U00011047",
      // the filters' abbreviations, whole and in part
      "M.", "Mr.", "MM.", "Mme", "Mrs.", "etc.", "p. ex.", "av. J.-C.", "J.-C.", "S.M.A.R.T.",
      "U.S.", "U.S.A.", "Ph.D.", "trav. publ.", "trav.", "P.-D. G.", "fig.", "a.m.", "e.g.", "Prof.",
      // and their pieces, which the filter reads forward from a partial
      // match ("av.") as long as they may still make a whole one
      "av.", "ap.", "J.", "J.-", "-C.", "P.-D.", "G.", "publ.", "Hon.", "B.A.", "Lt.", "S.p.",
  };
  for (uint32_t seed = 0; seed < 3000; ++seed) {
    std::mt19937 rng(seed);
    std::string utf8;
    for (int n = std::uniform_int_distribution<int>(1, 80)(rng); n > 0; --n)
      utf8 += (pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(rng)]);
    CAPTURE(seed);
    CAPTURE(utf8);
    check_as_icu(u16(utf8));
  }
}

// Texts on which windows would read too much (see sentences.cc): full stops
// that end no sentence, terminators far from any letter. From the point the
// allowance runs out, the rest is split by plain iteration; prose before and
// after checks both sides of that switch.
TEST_CASE("split_sentences gives the boundaries of ICU's plain iteration, on costly texts") {
  const std::string prose = "M. Dupont est venu. Il a vu 4.5 millions ! Puis il est reparti.\n";
  const std::string patterns[] = {"a.b ", "x.y.z ", "1. ", "1! ", "U.S.A. ", "M. ", "e.g. ", "...", "1.2 ",
                                  "a.\u00a0b ", "(a.) b "};
  for (const std::string& pattern : patterns) {
    for (int copies : {10, 3000}) {
      std::string utf8 = prose;
      for (int k = 0; k < copies; ++k) utf8 += pattern;
      utf8 += prose + "Fin. " + prose;
      CAPTURE(pattern);
      CAPTURE(copies);
      check_as_icu(u16(utf8));
    }
  }
}

TEST_CASE("split_sentences gives the boundaries of ICU's plain iteration, on the bundled articles") {
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(TX_SOURCE_DIR "/data/articles")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string path = e.path().string();
    CAPTURE(path);
    check_as_icu(u16(ss.str()));
    ++files;
  }
  CHECK(files >= 2);
}

}  // namespace
}  // namespace tx
