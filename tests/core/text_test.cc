#include "text.h"

#include <doctest/doctest.h>

#include <string>

#include "error.h"

namespace tx {
namespace {

TEST_CASE("utf8_to_utf16 decodes valid text and counts UTF-16 units") {
  struct Case { const char* utf8; size_t units; };
  const Case cases[] = {
      {"", 0},
      {"abc", 3},
      {"États-Unis", 10},
      {"100\u202F000\u00A0€", 9},
      {"\xF0\x9F\x98\x80", 2},   // U+1F600: a surrogate pair
      {"\xEF\xBB\xBFx", 2},      // BOM kept
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.utf8));
    std::u16string s = utf8_to_utf16(c.utf8);
    CHECK(s.size() == c.units);
    CHECK(utf16_to_utf8(s) == c.utf8);
  }
}

TEST_CASE("utf8_to_utf16 names the byte offset of invalid UTF-8") {
  struct Case { std::string bytes; const char* message; };
  const Case cases[] = {
      {"ab\xE9t\xE9", "invalid UTF-8 at byte 2"},           // Latin-1
      {"\xC0\xAF", "invalid UTF-8 at byte 0"},              // overlong '/'
      {"xy\xED\xA0\x80", "invalid UTF-8 at byte 2"},        // surrogate U+D800
      {"\xF4\x90\x80\x80", "invalid UTF-8 at byte 0"},      // above U+10FFFF
      {"abc\xE2\x82", "invalid UTF-8 at byte 3"},           // truncated at end
      {"\x80", "invalid UTF-8 at byte 0"},                  // lone continuation
      {std::string("a\0b\xFF", 4), "invalid UTF-8 at byte 3"},  // NUL is valid, 0xFF is not
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.message));
    std::string got;
    try {
      utf8_to_utf16(c.bytes);
    } catch (const InputError& e) {
      got = e.what();
    }
    CHECK(got == c.message);
  }
}

// ASCII is decoded eight bytes at a time: a bad byte or a multi-byte
// character at each place of a group is still found where it is.
TEST_CASE("utf8_to_utf16 at each place of an eight-byte group") {
  for (size_t before = 0; before <= 17; ++before) {
    CAPTURE(before);
    const std::string ascii(before, 'a');
    std::string got;
    try {
      utf8_to_utf16(ascii + "\xFF" + std::string(9, 'b'));
    } catch (const InputError& e) {
      got = e.what();
    }
    CHECK(got == "invalid UTF-8 at byte " + std::to_string(before));
    CHECK(utf8_to_utf16(ascii + "\xC3\xA9" + std::string(9, 'b')) ==
          std::u16string(before, u'a') + u"\u00E9" + std::u16string(9, u'b'));
  }
}

TEST_CASE("utf16_to_utf8 replaces lone surrogates") {
  std::u16string lone = {u'a', char16_t(0xD800), u'b'};
  CHECK(utf16_to_utf8(lone) == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("is_space knows the spaces numbers are grouped with") {
  for (char16_t c : {u' ', u'\t', u'\n', char16_t(0x00A0), char16_t(0x202F), char16_t(0x2009)}) {
    CAPTURE(int(c));
    CHECK(is_space(c));
  }
  for (char16_t c : {u'a', u'1', u'.', u',', char16_t(0x2019)}) {
    CAPTURE(int(c));
    CHECK_FALSE(is_space(c));
  }
}

TEST_CASE("fold lower-cases and strips accents") {
  struct Case { const char* in; const char* out; };
  const Case cases[] = {
      {"États-Unis", "etats-unis"}, {"Forum Économique", "forum economique"},
      {"ANTHROPIC", "anthropic"},   {"Zürich", "zurich"},
      {"Saint-Étienne", "saint-etienne"}, {"", ""},
      // Latin letters beyond French: folded one by one (text.cc).
      {"Ñandú", "nandu"}, {"ÀÉÎÕÜÿ", "aeiouy"}, {"Straße", "strasse"}, {"Œuvre", "œuvre"},
      {"Łódź", "łodz"}, {"İstanbul", "istanbul"}, {"Ærø", "ærø"}, {"ŉA", "ʼna"}, {"ßß", "ssss"},
      // Other scripts and combining marks go through the normalizer.
      {"Ελλάδα", "ελλαδα"}, {"Москва́", "москва"}, {"Ame\u0301lie", "amelie"},
      {"Cafe\u0301 Ψ", "cafe ψ"}, {"東京", "東京"}, {"Maß Ελλάδα", "mass ελλαδα"}, {"É東", "e東"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.in));
    CHECK(utf16_to_utf8(fold(u16(c.in))) == c.out);
  }
}

}  // namespace
}  // namespace tx
