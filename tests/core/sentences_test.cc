#include "sentences.h"

#include <doctest/doctest.h>

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

}  // namespace
}  // namespace tx
