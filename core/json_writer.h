// JSON text written straight into a string, value by value. The analysis of
// a 16 MB article has about a million values; building a tree of them first
// (as a JSON library does) took longer than finding them, and held ~40 bytes
// per value at once.
//
// The text is the one of nlohmann::json::dump() with no indent: no spaces,
// doubles in their shortest round-trip form, strings in UTF-8 with only '"',
// '\\' and control characters escaped. Keys must be given in ascending byte
// order (the contract sorts them); a key out of order throws logic_error, so
// a mistake fails the first test that writes it.
//
// The text grows in a buffer the writer indexes itself: std::string's own
// appends are compiled into libc++ rather than inlined, which made them
// most of this writer's time in wasm.
//
//   JsonWriter w;
//   w.begin_object();
//   w.member("end", 16);
//   w.member("text", u"Banque de France");
//   w.end_object();
//   std::string json = w.take();
#ifndef TEXTEXPLORER_JSON_WRITER_H_
#define TEXTEXPLORER_JSON_WRITER_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tx {

class JsonWriter {
 public:
  // Opens and closes an object or an array, as the value of the last key, as
  // an element of the enclosing array, or as the whole text.
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();

  // The next member's key; it must sort after the previous key of the same
  // object. `name` must stay valid until the object ends (a literal does):
  // the writer keeps a view of it for the order check. Defined here so that
  // a literal's copy has a constant size: in wasm, memcpy and memcmp are
  // calls, not instructions, and an analysis writes a key per value.
  void key(std::string_view name) {
    Level& object = levels_.back();
    if (!object.empty && !sorts_before(object.last_key, name)) throw_unsorted(object.last_key, name);
    object.last_key = name;
    before_value();
    // Keys are the contract's names: nothing in them needs escaping.
    char* out = room(name.size() + 3);
    *out++ = '"';
    std::memcpy(out, name.data(), name.size());
    out += name.size();
    *out++ = '"';
    *out++ = ':';
    commit(out);
    after_key_ = true;
  }

  // A string value. `utf8` must be valid UTF-8, as every string of an
  // analysis is; `utf16` may hold lone surrogates, written as U+FFFD.
  void value(std::string_view utf8);
  void value(const char* utf8) { value(std::string_view(utf8)); }
  void value(std::u16string_view utf16);
  void value(const char16_t* utf16) { value(std::u16string_view(utf16)); }

  // Numbers. A double with an integral value below 2^53 is written as an
  // integer ("50000000000", as JavaScript prints it); NaN and infinities
  // are written as null, so no non-JSON token is ever produced.
  template <typename Integer,
            typename = std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>>>
  void value(Integer number) {
    write_integer(static_cast<int64_t>(number));
  }
  void value(double number);
  void value(const std::optional<double>& number);

  void value(bool flag);
  void null();

  // key(name) then value(v).
  template <typename T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

  // The text written so far; the writer is empty afterwards.
  std::string take();

 private:
  // Room for `bytes` more bytes at the end of the text, to be written
  // through the pointer returned and then committed with commit(end).
  char* room(size_t bytes) {
    if (text_.size() - size_ < bytes) grow(bytes);
    return &text_[size_];
  }
  void grow(size_t bytes);
  void commit(const char* end) { size_ = end - text_.data(); }
  void put(char c) {
    char* at = room(1);
    *at = c;
    commit(at + 1);
  }
  void put(std::string_view s);

  // Writes the ',' that separates this value from the previous one.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
    } else if (!levels_.empty()) {
      if (!levels_.back().empty) put(',');
      levels_.back().empty = false;
    }
  }
  // a < b, deciding on the first byte without a call to memcmp when it can.
  static bool sorts_before(std::string_view a, std::string_view b) {
    if (!a.empty() && !b.empty() && a[0] != b[0])
      return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    return a < b;
  }
  [[noreturn]] static void throw_unsorted(std::string_view previous, std::string_view name);
  void write_string(std::string_view utf8);
  void write_integer(int64_t number);
  void open(char bracket);
  void close(char bracket);

  struct Level {
    bool empty = true;
    std::string_view last_key;  // objects only: for the order check
  };
  std::string text_;  // text_[0, size_) is written; the rest is room
  size_t size_ = 0;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace tx

#endif  // TEXTEXPLORER_JSON_WRITER_H_
