#include "ecb_formats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "error.h"

namespace tx {
namespace {

constexpr size_t kMaxRateChars = 32;
constexpr size_t kMaxQuoted = 32;

// Days of 0000-01-01 and 9999-12-31: the range parse_iso_day() accepts,
// which bounds the bitmap that finds a repeated date in one pass.
constexpr int32_t kMinDay = -719528;
constexpr int32_t kMaxDay = 2932896;

// A cell as a message shows it: printable ASCII kept, anything else '?',
// long cells cut, so a binary file gives a readable one-line message.
std::string quoted(std::string_view cell) {
  std::string out = "'";
  for (size_t i = 0; i < cell.size() && i < kMaxQuoted; ++i) {
    unsigned char c = static_cast<unsigned char>(cell[i]);
    out += (c >= 0x20 && c < 0x7F) ? static_cast<char>(c) : '?';
  }
  if (cell.size() > kMaxQuoted) out += "...";
  return out + "'";
}

[[noreturn]] void fail(size_t line, size_t column, const std::string& problem) {
  throw InputError("line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + problem);
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool is_currency_code(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Why `code` cannot head a column / name a currency, or "" when it can.
std::string currency_problem(std::string_view code) {
  if (!is_currency_code(code)) return quoted(code) + " is not a currency code (expected three capital letters)";
  if (code == "EUR") return "'EUR' cannot be listed: every rate is in units per euro";
  return "";
}

// Rows of either layout, in file order, before they become a table.
class Sheet {
 public:
  struct Cell {
    uint32_t currency;
    double per_euro;
  };

  std::vector<std::string> codes;

  // Index of `code`, added when new (XML meets currencies one at a time).
  uint32_t currency(std::string_view code) {
    auto it = index_.find(std::string(code));
    if (it != index_.end()) return it->second;
    uint32_t i = static_cast<uint32_t>(codes.size());
    codes.emplace_back(code);
    index_.emplace(std::string(code), i);
    return i;
  }

  // Starts a row, or returns the line of the earlier row with the same day.
  std::optional<size_t> begin_row(int32_t day, size_t line) {
    if (seen_.empty()) seen_.assign(static_cast<size_t>(kMaxDay - kMinDay) / 64 + 1, 0);
    const size_t bit = static_cast<size_t>(day - kMinDay);
    uint64_t& word = seen_[bit / 64];
    const uint64_t mask = uint64_t{1} << (bit % 64);
    if (word & mask) {
      for (const Row& r : rows_)  // only on the error path
        if (r.day == day) return r.line;
    }
    word |= mask;
    rows_.push_back(Row{day, line, cells_.size(), cells_.size()});
    return std::nullopt;
  }

  // Adds a rate to the row being read; false when `currency` already has one there.
  bool add(uint32_t currency, double per_euro) {
    if (last_row_of_.size() <= currency) last_row_of_.resize(currency + 1, 0);
    if (last_row_of_[currency] == rows_.size()) return false;
    last_row_of_[currency] = rows_.size();  // rows are counted from 1 here: 0 = never
    cells_.push_back(Cell{currency, per_euro});
    rows_.back().end = cells_.size();
    return true;
  }

  size_t row_count() const { return rows_.size(); }
  size_t cells_in_last_row() const { return rows_.back().end - rows_.back().begin; }

  RateTable to_table() && {
    const size_t n = rows_.size();
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    bool ascending = true, descending = true;
    for (size_t i = 1; i < n; ++i) {
      ascending &= rows_[i - 1].day < rows_[i].day;
      descending &= rows_[i - 1].day > rows_[i].day;
    }
    if (descending && !ascending) std::reverse(order.begin(), order.end());
    else if (!ascending)
      std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rows_[a].day < rows_[b].day; });

    std::vector<int32_t> days(n);
    std::vector<size_t> first(codes.size(), n), last(codes.size(), 0);
    for (size_t k = 0; k < n; ++k) {
      const Row& r = rows_[order[k]];
      days[k] = r.day;
      for (size_t i = r.begin; i < r.end; ++i) {
        uint32_t c = cells_[i].currency;
        first[c] = std::min(first[c], k);
        last[c] = std::max(last[c], k);
      }
    }
    std::vector<RateSeries> series(codes.size());
    for (size_t c = 0; c < codes.size(); ++c) {
      series[c].currency = codes[c];
      if (first[c] == n) continue;  // listed but never quoted
      series[c].first = first[c];
      series[c].per_euro.assign(last[c] - first[c] + 1, std::numeric_limits<double>::quiet_NaN());
    }
    for (size_t k = 0; k < n; ++k) {
      const Row& r = rows_[order[k]];
      for (size_t i = r.begin; i < r.end; ++i) {
        RateSeries& s = series[cells_[i].currency];
        s.per_euro[k - s.first] = cells_[i].per_euro;
      }
    }
    std::vector<Cell>().swap(cells_);
    return RateTable::from_series(std::move(days), std::move(series));
  }

 private:
  struct Row {
    int32_t day;
    size_t line;
    size_t begin, end;  // its cells in cells_
  };
  std::vector<Row> rows_;
  std::vector<Cell> cells_;
  std::vector<uint64_t> seen_;  // one bit per day kMinDay..kMaxDay
  std::vector<size_t> last_row_of_;  // per currency: rows_.size() when it last got a rate
  std::unordered_map<std::string, uint32_t> index_;
};

// ------------------------------------------------------------------ CSV

// Splits a line at commas, calling on_cell(column, text, is_last); stops
// early when on_cell returns false. One pass over the line.
template <typename F>
void for_each_cell(std::string_view line, F on_cell) {
  size_t column = 1, start = 0;
  while (true) {
    size_t comma = line.find(',', start);
    bool last = comma == std::string_view::npos;
    std::string_view cell = trim(line.substr(start, last ? std::string_view::npos : comma - start));
    if (!on_cell(column, cell, last) || last) return;
    start = comma + 1;
    ++column;
  }
}

RateTable parse_csv(std::string_view text) {
  Sheet sheet;
  size_t line_no = 0, pos = 0, header_line = 0;
  size_t columns = 0;  // Date + currencies
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (trim(line).empty()) continue;

    if (header_line == 0) {  // the header: Date, then currency codes
      header_line = line_no;
      for_each_cell(line, [&](size_t column, std::string_view cell, bool last) {
        if (column == 1) {
          if (cell != "Date" && cell != "date" && cell != "DATE")
            fail(line_no, 1, "expected 'Date', found " + quoted(cell));
          return true;
        }
        if (cell.empty() && last && column > 2) return true;  // trailing comma
        std::string problem = currency_problem(cell);
        if (!problem.empty()) fail(line_no, column, problem);
        uint32_t before = static_cast<uint32_t>(sheet.codes.size());
        uint32_t index = sheet.currency(cell);
        if (index != before)
          fail(line_no, column, "currency '" + std::string(cell) + "' appears twice (first in column " +
                                    std::to_string(index + 2) + ")");
        columns = column;
        return true;
      });
      if (sheet.codes.empty()) fail(line_no, 2, "no currency columns after 'Date'");
      continue;
    }

    size_t cells = 0;
    for_each_cell(line, [&](size_t column, std::string_view cell, bool last) {
      cells = column;
      if (column == 1) {
        std::optional<int32_t> day = parse_date_cell(cell);
        if (!day) fail(line_no, 1, quoted(cell) + " is not a date (expected YYYY-MM-DD or 9 May 2025)");
        if (std::optional<size_t> earlier = sheet.begin_row(*day, line_no))
          fail(line_no, 1, "date " + iso_day(*day) + " appears twice (first on line " +
                               std::to_string(*earlier) + ")");
        return true;
      }
      if (column > columns) {
        if (cell.empty() && last && column == columns + 1) {  // trailing comma
          cells = columns;
          return false;
        }
        fail(line_no, column, "extra cell " + quoted(cell) + " (the header has " + std::to_string(columns) +
                                  " columns)");
      }
      if (cell == "N/A") return true;
      std::optional<double> rate = parse_rate_cell(cell);
      if (!rate) fail(line_no, column, quoted(cell) + " is not a rate");
      sheet.add(static_cast<uint32_t>(column - 2), *rate);
      return true;
    });
    if (cells < columns)
      fail(line_no, cells + 1, "no cell for " + sheet.codes[cells - 1] + " (the header has " +
                                   std::to_string(columns) + " columns)");
    if (sheet.cells_in_last_row() == 0) fail(line_no, 2, "no rate on this row (every cell is N/A)");
  }
  if (sheet.row_count() == 0) fail(header_line + 1, 1, "no rates after the header");
  return std::move(sheet).to_table();
}

// ------------------------------------------------------------------ XML

// A forward-only scanner over the XML text that knows its line and column.
class XmlCursor {
 public:
  explicit XmlCursor(std::string_view text) : text_(text) {}

  [[noreturn]] void fail_at(size_t offset, const std::string& problem) {
    advance_lines(offset);
    fail(line_, offset - line_start_ + 1, problem);
  }
  size_t line_of(size_t offset) {
    advance_lines(offset);
    return line_;
  }

 private:
  // Counts newlines up to `offset`. Offsets asked for mostly grow, so the
  // file is counted about once; an earlier one (an error inside a tag that
  // spans lines) recounts from the start, once, on the way out.
  void advance_lines(size_t offset) {
    if (offset < counted_) counted_ = 0, line_ = 1, line_start_ = 0;
    for (; counted_ < offset && counted_ < text_.size(); ++counted_) {
      if (text_[counted_] == '\n') {
        ++line_;
        line_start_ = counted_ + 1;
      }
    }
  }

  std::string_view text_;
  size_t counted_ = 0, line_ = 1, line_start_ = 0;
};

struct Attribute {
  std::string_view name, value;
  size_t value_offset;
};

RateTable parse_xml(std::string_view text, size_t start) {
  Sheet sheet;
  XmlCursor cursor(text);
  // One entry per open (not self-closing) Cube: whether it carries a time.
  std::vector<bool> cubes;
  bool in_day = false;
  size_t day_offset = 0;
  std::vector<Attribute> attrs;

  auto close_day = [&]() {
    if (sheet.cells_in_last_row() == 0) cursor.fail_at(day_offset, "no rates in this Cube time");
    in_day = false;
  };

  size_t i = start;
  while (true) {
    size_t lt = text.find('<', i);
    if (lt == std::string_view::npos) break;
    auto skip_to = [&](std::string_view end, const char* what) {
      size_t e = text.find(end, lt);
      if (e == std::string_view::npos) cursor.fail_at(lt, std::string("unterminated ") + what);
      i = e + end.size();
    };
    std::string_view rest = text.substr(lt);
    if (rest.compare(0, 4, "<!--") == 0) { skip_to("-->", "comment"); continue; }
    if (rest.compare(0, 9, "<![CDATA[") == 0) { skip_to("]]>", "CDATA section"); continue; }
    if (rest.compare(0, 2, "<?") == 0) { skip_to("?>", "processing instruction"); continue; }
    if (rest.compare(0, 2, "<!") == 0) { skip_to(">", "declaration"); continue; }

    size_t p = lt + 1;
    const bool closing = p < text.size() && text[p] == '/';
    if (closing) ++p;
    size_t name_start = p;
    while (p < text.size() && !is_blank(text[p]) && text[p] != '\n' && text[p] != '>' && text[p] != '/' &&
           text[p] != '<')
      ++p;
    std::string_view name = text.substr(name_start, p - name_start);
    if (name.empty()) cursor.fail_at(lt, "malformed tag");
    size_t colon = name.rfind(':');
    const bool is_cube = (colon == std::string_view::npos ? name : name.substr(colon + 1)) == "Cube";

    // Attributes up to '>' or '/>'.
    attrs.clear();
    bool self_closing = false;
    while (true) {
      while (p < text.size() && (is_blank(text[p]) || text[p] == '\n')) ++p;
      if (p >= text.size()) cursor.fail_at(lt, "unterminated tag");
      if (text[p] == '>') { ++p; break; }
      if (text[p] == '/' && p + 1 < text.size() && text[p + 1] == '>') {
        self_closing = true;
        p += 2;
        break;
      }
      if (closing) cursor.fail_at(p, "malformed closing tag");
      size_t an = p;
      while (p < text.size() && text[p] != '=' && !is_blank(text[p]) && text[p] != '\n' && text[p] != '>' &&
             text[p] != '/' && text[p] != '<')
        ++p;
      std::string_view attr_name = text.substr(an, p - an);
      while (p < text.size() && (is_blank(text[p]) || text[p] == '\n')) ++p;
      if (attr_name.empty() || p >= text.size() || text[p] != '=') cursor.fail_at(an, "malformed attribute");
      ++p;
      while (p < text.size() && (is_blank(text[p]) || text[p] == '\n')) ++p;
      if (p >= text.size() || (text[p] != '\'' && text[p] != '"')) cursor.fail_at(p, "attribute value without quotes");
      char quote = text[p++];
      size_t value_end = text.find(quote, p);
      if (value_end == std::string_view::npos) cursor.fail_at(p - 1, "unterminated attribute value");
      attrs.push_back(Attribute{attr_name, text.substr(p, value_end - p), p});
      p = value_end + 1;
    }
    i = p;
    if (!is_cube) continue;

    if (closing) {
      if (cubes.empty()) cursor.fail_at(lt, "</Cube> without an open Cube");
      if (cubes.back()) close_day();
      cubes.pop_back();
      continue;
    }
    const Attribute *time = nullptr, *currency = nullptr, *rate = nullptr;
    for (const Attribute& a : attrs) {
      if (a.name == "time") time = &a;
      else if (a.name == "currency") currency = &a;
      else if (a.name == "rate") rate = &a;
    }
    if (time) {
      if (in_day) cursor.fail_at(lt, "Cube time inside another Cube time");
      std::optional<int32_t> day = parse_date_cell(trim(time->value));
      if (!day) cursor.fail_at(time->value_offset, quoted(time->value) + " is not a date (expected YYYY-MM-DD)");
      size_t line = cursor.line_of(time->value_offset);
      if (std::optional<size_t> earlier = sheet.begin_row(*day, line))
        cursor.fail_at(time->value_offset,
                       "date " + iso_day(*day) + " appears twice (first on line " + std::to_string(*earlier) + ")");
      in_day = true;
      day_offset = time->value_offset;
      if (self_closing) close_day();
    } else if (currency) {
      if (!in_day) cursor.fail_at(lt, "Cube currency outside a Cube time");
      std::string_view code = trim(currency->value);
      std::string problem = currency_problem(code);
      if (!problem.empty()) cursor.fail_at(currency->value_offset, problem);
      if (!rate) cursor.fail_at(lt, "Cube currency='" + std::string(code) + "' has no rate");
      std::optional<double> value = parse_rate_cell(trim(rate->value));
      if (!value) cursor.fail_at(rate->value_offset, quoted(rate->value) + " is not a rate");
      if (!sheet.add(sheet.currency(code), *value))
        cursor.fail_at(currency->value_offset, "currency '" + std::string(code) + "' appears twice in this Cube time");
    }
    if (!self_closing) cubes.push_back(time != nullptr);
  }
  if (in_day) cursor.fail_at(text.size(), "the file ends inside a Cube time");
  if (sheet.row_count() == 0) cursor.fail_at(text.size(), "no Cube time with rates in this XML");
  return std::move(sheet).to_table();
}

int month_number(std::string_view word) {
  static const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || word.size() > 9) return 0;
  char lower[10] = {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view w(lower, word.size());
  for (int m = 0; m < 12; ++m) {
    std::string_view full(kMonths[m]);
    if (w == full || (w.size() == 3 && full.compare(0, 3, w) == 0)) return m + 1;
  }
  return 0;
}

}  // namespace

std::optional<double> parse_rate_cell(std::string_view s) {
  if (s.empty() || s.size() > kMaxRateChars) return std::nullopt;
  uint64_t mantissa = 0;
  int digits = 0, decimals = 0;
  bool dot = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      if (dot || i == 0 || i + 1 == s.size()) return std::nullopt;
      dot = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (mantissa != 0 || c != '0') ++digits;
    if (digits <= 18) mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
    if (dot) ++decimals;
  }
  double value;
  static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (digits <= 15 && decimals <= 22) {
    value = static_cast<double>(mantissa) / kPow10[decimals];  // both exact: correctly rounded
  } else {
    char buf[kMaxRateChars + 1];
    std::memcpy(buf, s.data(), s.size());
    buf[s.size()] = '\0';
    value = std::strtod(buf, nullptr);  // only digits and '.', so the C locale's reading
  }
  if (!(value > 0) || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<int32_t> parse_date_cell(std::string_view s) {
  if (std::optional<int32_t> iso = parse_iso_day(s)) return iso;
  // "9 May 2025": day, spaces, month name, spaces, four-digit year.
  size_t p = 0;
  int day = 0;
  while (p < s.size() && p < 2 && s[p] >= '0' && s[p] <= '9') day = day * 10 + (s[p++] - '0');
  if (p == 0 || p >= s.size() || s[p] != ' ') return std::nullopt;
  while (p < s.size() && s[p] == ' ') ++p;
  size_t m0 = p;
  while (p < s.size() && ((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z'))) ++p;
  int month = month_number(s.substr(m0, p - m0));
  if (month == 0 || p >= s.size() || s[p] != ' ') return std::nullopt;
  while (p < s.size() && s[p] == ' ') ++p;
  std::string_view year = s.substr(p);
  if (year.size() != 4) return std::nullopt;
  char iso[11];
  std::snprintf(iso, sizeof iso, "%.4s-%02d-%02d", year.data(), month, day);
  return parse_iso_day(std::string_view(iso, 10));
}

RateTable parse_ecb_rates(std::string_view contents) {
  size_t start = 0;
  if (contents.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;  // UTF-8 byte-order mark
  size_t first = start;
  while (first < contents.size() && (is_blank(contents[first]) || contents[first] == '\n')) ++first;
  if (first == contents.size()) fail(1, 1, "the rates file is empty");
  if (contents.compare(0, 4, std::string_view("PK\x03\x04", 4)) == 0)
    fail(1, 1, "this is a ZIP archive: unzip it and load the .csv or .xml inside");
  if (contents[first] == '<') return parse_xml(contents, first);
  return parse_csv(contents.substr(start));
}

}  // namespace tx
