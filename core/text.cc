#include "text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "error.h"

namespace tx {

std::u16string utf8_to_utf16(std::string_view in) {
  // Written through a pointer into room for the worst case (one unit per
  // byte), then cut: appending unit by unit is not inlined in wasm.
  std::u16string out(in.size(), u'\0');
  char16_t* put = out.data();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t i = 0;
  auto fail = [&](size_t at) -> void {
    throw InputError("invalid UTF-8 at byte " + std::to_string(at));
  };
  while (i < n) {
    // Most of a text is ASCII: eight bytes at a time while none has its top bit.
    uint64_t eight;
    while (i + 8 <= n && (std::memcpy(&eight, p + i, 8), (eight & 0x8080808080808080ull) == 0)) {
      for (int k = 0; k < 8; ++k) put[k] = p[i + k];
      put += 8;
      i += 8;
    }
    if (i >= n) break;
    unsigned char b = p[i];
    if (b < 0x80) {
      *put++ = b;
      ++i;
      continue;
    }
    int len;
    char32_t cp;
    char32_t min;
    if ((b & 0xE0) == 0xC0) { len = 2; cp = b & 0x1F; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { len = 3; cp = b & 0x0F; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { len = 4; cp = b & 0x07; min = 0x10000; }
    else { fail(i); return out; }
    if (i + len > n) fail(i);
    for (int k = 1; k < len; ++k) {
      unsigned char c = p[i + k];
      if ((c & 0xC0) != 0x80) fail(i);
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) fail(i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      *put++ = static_cast<char16_t>(0xD800 + (cp >> 10));
      *put++ = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      *put++ = static_cast<char16_t>(cp);
    }
    i += len;
  }
  out.resize(put - out.data());
  return out;
}

std::string utf16_to_utf8(std::u16string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 2);
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t cp = in[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < in.size() && in[i + 1] >= 0xDC00 &&
        in[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
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
  return out;
}

bool is_space(char16_t c) {
  if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v') return true;
  if (c < 0x80) return false;
  return c == 0x00A0 || c == 0x202F || c == 0x2028 || c == 0x2029 || c == 0x0085 ||
         u_charType(c) == U_SPACE_SEPARATOR;
}

bool is_letter(char16_t c) {
  if (c < 0x80) return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
  if (c >= 0xD800 && c <= 0xDFFF) return true;
  return u_isalpha(c);
}

bool is_apostrophe(char16_t c) { return c == u'\'' || c == 0x2019 || c == 0x02BC; }

namespace {

std::u16string fold_with_icu(std::u16string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString src(false, s.data(), static_cast<int32_t>(s.size()));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(src, status) : src;
  if (U_FAILURE(status)) decomposed = src;
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
    i += U16_LENGTH(c);
  }
  stripped.foldCase();
  return std::u16string(stripped.getBuffer(), stripped.length());
}

}  // namespace

const LatinFold* latin_folds() {
  static const std::vector<LatinFold> table = [] {
    std::vector<LatinFold> t(kLatinFoldEnd);
    for (char16_t c = 0; c < kLatinFoldEnd; ++c) {
      std::u16string folded = fold_with_icu(std::u16string_view(&c, 1));
      if (folded.empty() || folded.size() > 2) continue;
      t[c].length = static_cast<uint8_t>(folded.size());
      folded.copy(t[c].units, folded.size());
    }
    return t;
  }();
  return table.data();
}

// Most words are Latin and fold unit for unit, written in place into room
// for them: appending costs a call per unit, which wasm does not inline.
std::u16string fold(std::u16string_view s) {
  const LatinFold* folds = latin_folds();
  std::u16string out(s.size(), u'\0');
  for (size_t i = 0; i < s.size(); ++i) {
    const char16_t c = s[i];
    if (c >= kLatinFoldEnd || folds[c].length != 1) {
      // "ß", "ŉ" or beyond Latin: the rest unit by unit from the table,
      // or the whole word through ICU.
      out.resize(i);
      for (char16_t rest : s.substr(i)) {
        if (rest >= kLatinFoldEnd || folds[rest].length == 0) return fold_with_icu(s);
        out.append(folds[rest].units, folds[rest].length);
      }
      return out;
    }
    out[i] = folds[c].units[0];
  }
  return out;
}

}  // namespace tx
