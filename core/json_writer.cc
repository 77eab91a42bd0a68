#include "json_writer.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <nlohmann/detail/conversions/to_chars.hpp>
#include <stdexcept>

namespace tx {
namespace {

// The longest a UTF-16 code unit or a byte can become inside a JSON string:
// the six bytes of "\u001f".
constexpr size_t kMaxBytesPerUnit = 6;

// How each byte is written inside a JSON string: itself (0), or its escape
// (the escapes of nlohmann's serializer, so the text is the same as before
// this writer existed). Bytes of multi-byte UTF-8 characters pass as they are.
struct EscapeTable {
  char second[256] = {};  // the letter after '\\' of a two-byte escape, 'u' for "\u00XX"
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) second[c] = 'u';
    second[int('"')] = '"';
    second[int('\\')] = '\\';
    second[int('\b')] = 'b';
    second[int('\t')] = 't';
    second[int('\n')] = 'n';
    second[int('\f')] = 'f';
    second[int('\r')] = 'r';
  }
};
constexpr EscapeTable kEscapes;

char* put_escaped(char* out, unsigned char c) {
  const char second = kEscapes.second[c];
  *out++ = '\\';
  *out++ = second;
  if (second == 'u') {
    static const char kHex[] = "0123456789abcdef";
    for (char e : {'0', '0', kHex[c >> 4], kHex[c & 0xF]}) *out++ = e;
  }
  return out;
}

// Whether any of the eight bytes packed in `eight` is below 0x20, '"' or
// '\\' (bit tricks for "has a byte less than n" and "has a byte equal to
// n", from Sean Anderson's "Bit Twiddling Hacks"). Bytes of 0x80 and above
// never need escaping, and the tricks never report them.
bool needs_escape(uint64_t eight) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero_byte = [&](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_space = (eight - kOnes * 0x20) & ~eight & kHighs;
  return below_space | has_zero_byte(eight ^ (kOnes * '"')) | has_zero_byte(eight ^ (kOnes * '\\'));
}

// One byte of a JSON string, escaped if it must be.
char* put_byte(char* out, unsigned char c) {
  if (kEscapes.second[c] == 0) {
    *out++ = static_cast<char>(c);
    return out;
  }
  return put_escaped(out, c);
}

char* put_utf8(char* out, char32_t cp) {
  if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  }
  *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  return out;
}

}  // namespace

void JsonWriter::grow(size_t bytes) { text_.resize(std::max(2 * text_.size(), size_ + bytes + 256)); }

void JsonWriter::put(std::string_view s) {
  char* at = room(s.size());
  std::memcpy(at, s.data(), s.size());
  commit(at + s.size());
}

void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  levels_.emplace_back();
}

void JsonWriter::close(char bracket) {
  levels_.pop_back();
  put(bracket);
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::throw_unsorted(std::string_view previous, std::string_view name) {
  throw std::logic_error("JSON key '" + std::string(name) + "' written after '" + std::string(previous) +
                         "': keys must be sorted");
}

void JsonWriter::write_string(std::string_view utf8) {
  char* out = room(2 + utf8.size() * kMaxBytesPerUnit);
  *out++ = '"';
  const char* in = utf8.data();
  const char* const end = in + utf8.size();
  // Eight bytes at a time while none of them needs escaping.
  for (uint64_t eight; end - in >= 8 && (std::memcpy(&eight, in, 8), !needs_escape(eight)); in += 8, out += 8)
    std::memcpy(out, in, 8);
  for (; in < end; ++in) out = put_byte(out, static_cast<unsigned char>(*in));
  *out++ = '"';
  commit(out);
}

void JsonWriter::value(std::string_view utf8) {
  before_value();
  write_string(utf8);
}

void JsonWriter::value(std::u16string_view utf16) {
  before_value();
  char* out = room(2 + utf16.size() * kMaxBytesPerUnit);
  *out++ = '"';
  for (size_t i = 0; i < utf16.size(); ++i) {
    char32_t cp = utf16[i];
    if (cp < 0x80) {
      out = put_byte(out, static_cast<unsigned char>(cp));
      continue;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
        utf16[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (utf16[++i] - 0xDC00);
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    out = put_utf8(out, cp);
  }
  *out++ = '"';
  commit(out);
}

void JsonWriter::write_integer(int64_t number) {
  before_value();
  char* at = room(24);
  commit(std::to_chars(at, at + 24, number).ptr);
}

void JsonWriter::value(double number) {
  if (!std::isfinite(number)) return null();
  if (number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
    return write_integer(static_cast<int64_t>(number));
  before_value();
  char* at = room(64);
  commit(nlohmann::detail::to_chars(at, at + 64, number));
}

void JsonWriter::value(const std::optional<double>& number) {
  if (number) value(*number);
  else null();
}

void JsonWriter::value(bool flag) {
  before_value();
  put(flag ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  put("null");
}

std::string JsonWriter::take() {
  text_.resize(size_);
  std::string text = std::move(text_);
  text_.clear();
  size_ = 0;
  levels_.clear();
  after_key_ = false;
  return text;
}

}  // namespace tx
