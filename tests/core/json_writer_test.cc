// JsonWriter (json_writer.h): the text of each value, separators, nesting,
// and the key-order check.
#include "json_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace tx {
namespace {

template <typename T>
std::string one_value(const T& v) {
  JsonWriter w;
  w.value(v);
  return w.take();
}

TEST_CASE("JsonWriter: numbers") {
  struct Row {
    double value;
    std::string json;
  };
  const Row rows[] = {
      {5e10, "50000000000"},  // integral: as JavaScript prints it, not 5e10
      {-3, "-3"},
      {-0.0, "0"},
      {0.88873089, "0.88873089"},  // shortest form that reads back the same
      {0.1, "0.1"},
      {43.3e9, "43300000000"},
      {1.5e-7, "1.5e-07"},
      {9007199254740992.0, "9.007199254740992e+15"},  // 2^53: no longer exact as an integer
      {1e300, "1e+300"},
      {std::numeric_limits<double>::quiet_NaN(), "null"},
      {std::numeric_limits<double>::infinity(), "null"},
      {-std::numeric_limits<double>::infinity(), "null"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.json);
    CHECK(one_value(row.value) == row.json);
  }
  CHECK(one_value(int32_t{-7}) == "-7");
  CHECK(one_value(uint64_t{4294967296}) == "4294967296");
  CHECK(one_value(std::optional<double>()) == "null");
  CHECK(one_value(std::optional<double>(2.5)) == "2.5");
  CHECK(one_value(true) == "true");
  CHECK(one_value(false) == "false");
}

TEST_CASE("JsonWriter: strings") {
  struct Row {
    std::u16string text;
    std::string json;
  };
  const Row rows[] = {
      {u"", "\"\""},
      {u"Banque de France", "\"Banque de France\""},
      {u"dit \"non\"", "\"dit \\\"non\\\"\""},
      {u"a\\b", "\"a\\\\b\""},
      {u"l1\nl2\tx\r\b\f", "\"l1\\nl2\\tx\\r\\b\\f\""},
      {std::u16string(u"nul\0!", 5), "\"nul\\u0000!\""},
      {u"\x1f\x7f", "\"\\u001f\x7f\""},  // DEL is not a control character in JSON
      {u"43,3\u202Fmilliards d\u2019euros", "\"43,3\xE2\x80\xAFmilliards d\xE2\x80\x99" "euros\""},
      {u"\U0001F600", "\"\xF0\x9F\x98\x80\""},  // a surrogate pair: one 4-byte character
      {u"a\xD800z", "\"a\xEF\xBF\xBDz\""},        // a lone surrogate: U+FFFD
  };
  for (const Row& row : rows) {
    CAPTURE(row.json);
    CHECK(one_value(std::u16string_view(row.text)) == row.json);
  }
  CHECK(one_value("d\xE2\x80\x99\"euros\"\n") == "\"d\xE2\x80\x99\\\"euros\\\"\\n\"");
}

// UTF-8 strings are copied eight bytes at a time while no byte needs an
// escape: each character at each place of a group gives its escape, or
// itself, and so do its neighbours ('!' and '#' beside '"', '[' and ']'
// beside '\\', the bytes of "é" beside the control characters).
TEST_CASE("JsonWriter: UTF-8 strings, each character at each place of an eight-byte group") {
  struct Row {
    std::string character;
    std::string json;
  };
  const Row rows[] = {
      {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\t", "\\t"},
      {std::string(1, '\0'), "\\u0000"}, {"\x01", "\\u0001"}, {"\x1f", "\\u001f"},
      {" ", " "}, {"!", "!"}, {"#", "#"}, {"[", "["}, {"]", "]"}, {"\x7f", "\x7f"},
      {"\xC3\xA9", "\xC3\xA9"}, {"\xE2\x80\xAF", "\xE2\x80\xAF"},
  };
  for (const Row& row : rows) {
    for (size_t before = 0; before <= 17; ++before) {
      const std::string text = std::string(before, 'a') + row.character + std::string(17 - before, 'z');
      CAPTURE(row.json);
      CAPTURE(before);
      CHECK(one_value(std::string_view(text)) ==
            "\"" + std::string(before, 'a') + row.json + std::string(17 - before, 'z') + "\"");
    }
  }
}

TEST_CASE("JsonWriter: objects and arrays") {
  JsonWriter w;
  w.begin_object();
  w.key("a");
  w.begin_array();
  w.value(1);
  w.begin_array();
  w.end_array();
  w.begin_object();
  w.end_object();
  w.null();
  w.end_array();
  w.member("b", "x");
  w.key("c");
  w.begin_object();
  w.member("d", 2.5);
  w.member("e", u"é");
  w.end_object();
  w.end_object();
  CHECK(w.take() == "{\"a\":[1,[],{},null],\"b\":\"x\",\"c\":{\"d\":2.5,\"e\":\"\xC3\xA9\"}}");

  // take() leaves an empty writer behind, ready for the next text.
  w.begin_array();
  w.end_array();
  CHECK(w.take() == "[]");
}

TEST_CASE("JsonWriter: keys out of order are refused") {
  JsonWriter w;
  w.begin_object();
  w.member("rate", 1);
  CHECK_THROWS_AS(w.key("figure"), std::logic_error);
  CHECK_THROWS_AS(w.key("rate"), std::logic_error);  // a repeated key too
  CHECK_NOTHROW(w.key("rate_date"));

  // Order is per object: an inner object starts afresh.
  JsonWriter nested;
  nested.begin_object();
  nested.key("z");
  nested.begin_object();
  CHECK_NOTHROW(nested.key("a"));
}

}  // namespace
}  // namespace tx
