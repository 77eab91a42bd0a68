#include "json_writer.h"

#include <charconv>
#include <cmath>
#include <nlohmann/detail/conversions/to_chars.hpp>
#include <stdexcept>

namespace tx {
namespace {

// Strings are written through a pointer into room reserved beforehand:
// character by character appends to std::string are not inlined in wasm
// and were a tenth of its time. The longest a UTF-16 code unit or a byte
// can become is the six bytes of "\u001f".
constexpr size_t kMaxBytesPerUnit = 6;

// An ASCII character inside a JSON string: the escapes of nlohmann's
// serializer, so the text is the same as before this writer existed.
char* put_ascii(char* out, char c) {
  const char* named = nullptr;
  switch (c) {
    case '"': named = "\\\""; break;
    case '\\': named = "\\\\"; break;
    case '\b': named = "\\b"; break;
    case '\t': named = "\\t"; break;
    case '\n': named = "\\n"; break;
    case '\f': named = "\\f"; break;
    case '\r': named = "\\r"; break;
    default: break;
  }
  if (named) {
    *out++ = named[0];
    *out++ = named[1];
    return out;
  }
  if (static_cast<unsigned char>(c) < 0x20) {
    static const char kHex[] = "0123456789abcdef";
    for (char e : {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]}) *out++ = e;
    return out;
  }
  *out++ = c;
  return out;
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

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!levels_.empty()) {
    if (!levels_.back().empty) out_.push_back(',');
    levels_.back().empty = false;
  }
}

void JsonWriter::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  levels_.emplace_back();
}

void JsonWriter::close(char bracket) {
  levels_.pop_back();
  out_.push_back(bracket);
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view name) {
  Level& object = levels_.back();
  if (!object.empty && !(object.last_key < name))
    throw std::logic_error("JSON key '" + std::string(name) + "' written after '" + object.last_key +
                           "': keys must be sorted");
  object.last_key = name;
  before_value();
  write_string(name);
  out_.push_back(':');
  after_key_ = true;
}

template <typename PutUnits>
void JsonWriter::write_quoted(size_t units, PutUnits put_units) {
  const size_t start = out_.size();
  out_.resize(start + 2 + units * kMaxBytesPerUnit);
  char* out = &out_[start];
  *out++ = '"';
  out = put_units(out);
  *out++ = '"';
  out_.resize(out - out_.data());
}

void JsonWriter::write_string(std::string_view utf8) {
  write_quoted(utf8.size(), [&](char* out) {
    for (char c : utf8) out = put_ascii(out, c);  // bytes of multi-byte characters pass as they are
    return out;
  });
}

void JsonWriter::value(std::string_view utf8) {
  before_value();
  write_string(utf8);
}

void JsonWriter::value(std::u16string_view utf16) {
  before_value();
  write_quoted(utf16.size(), [&](char* out) {
    for (size_t i = 0; i < utf16.size(); ++i) {
      char32_t cp = utf16[i];
      if (cp < 0x80) {
        out = put_ascii(out, static_cast<char>(cp));
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
    return out;
  });
}

void JsonWriter::write_integer(int64_t number) {
  before_value();
  char digits[24];
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
}

void JsonWriter::value(double number) {
  if (!std::isfinite(number)) return null();
  if (number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
    return write_integer(static_cast<int64_t>(number));
  before_value();
  char digits[64];
  char* end = nlohmann::detail::to_chars(digits, digits + sizeof digits, number);
  out_.append(digits, end);
}

void JsonWriter::value(const std::optional<double>& number) {
  if (number) value(*number);
  else null();
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

std::string JsonWriter::take() {
  std::string text = std::move(out_);
  out_.clear();
  levels_.clear();
  after_key_ = false;
  return text;
}

}  // namespace tx
