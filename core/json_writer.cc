#include "json_writer.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/detail/conversions/to_chars.hpp>
#include <stdexcept>

namespace tx {
namespace {

// An ASCII character inside a JSON string: the escapes of nlohmann's
// serializer, so the text is the same as before this writer existed.
void append_ascii(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    default: break;
  }
  if (static_cast<unsigned char>(c) < 0x20) {
    char escaped[8];
    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
    out += escaped;
    return;
  }
  out.push_back(c);
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
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

void JsonWriter::write_string(std::string_view utf8) {
  out_.push_back('"');
  for (char c : utf8) append_ascii(out_, c);  // bytes of multi-byte characters pass as they are
  out_.push_back('"');
}

void JsonWriter::value(std::string_view utf8) {
  before_value();
  write_string(utf8);
}

void JsonWriter::value(std::u16string_view utf16) {
  before_value();
  out_.push_back('"');
  for (size_t i = 0; i < utf16.size(); ++i) {
    char32_t cp = utf16[i];
    if (cp < 0x80) {
      append_ascii(out_, static_cast<char>(cp));
      continue;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
        utf16[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (utf16[++i] - 0xDC00);
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(out_, cp);
  }
  out_.push_back('"');
}

void JsonWriter::write_integer(int64_t number) {
  before_value();
  out_ += std::to_string(number);
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
