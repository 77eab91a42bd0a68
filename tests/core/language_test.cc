#include "language.h"

#include <doctest/doctest.h>

#include "text.h"

namespace tx {
namespace {

TEST_CASE("detect_language tells French from English by function words") {
  struct Case { const char* text; const char* lang; };
  const Case cases[] = {
      {"La société a annoncé mercredi un investissement dans des infrastructures.", "fr"},
      {"Le montant colossal des dépenses du secteur a alimenté les craintes.", "fr"},
      {"Selon plusieurs sources proches du dossier, Google envisagerait un accord.", "fr"},
      {"The company said on Wednesday it would invest in new data centres.", "en"},
      {"Shell's profits rose more than expected, according to analysts.", "en"},
      {"Investors have been watching a series of deals between developers.", "en"},
      // Headlines with few function words still lean the right way.
      {"Anthropic investit 50 Mds de dollars dans des data centers", "fr"},
      {"Oil prices fall as demand weakens in China", "en"},
      // Nothing to go on: English by default.
      {"", "en"},
      {"12 345 678", "en"},
      {"Anthropic OpenAI Google", "en"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(detect_language(u16(c.text)) == c.lang);
  }
}

}  // namespace
}  // namespace tx
