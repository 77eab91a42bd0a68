// Native benchmark of TextExplorer, in process (tests/bench/run.sh drives it).
//
//   tx_bench analyze CORPUS [RUNS]   end-to-end analysis (UTF-8 in, JSON out)
//                                    and ICU's sentence + word segmentation of
//                                    the same text (the floor), RUNS times each
//   tx_bench rates LINES [RUNS]      RateTable::parse of an ECB-history-shaped
//                                    CSV of LINES rows, built in memory
//
// Prints one JSON object on stdout: the median rates in MB/s (MB = 2^20
// bytes of UTF-8 input), every run, and the peak resident memory of the
// process (getrusage ru_maxrss), so run one corpus per process.
#include <sys/resource.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "analysis.h"
#include "error.h"
#include "rates.h"
#include "text.h"

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

long maxrss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

// Counts the boundaries so the loop cannot be optimised away.
int64_t count_breaks(icu::BreakIterator* it, UText* text) {
  UErrorCode status = U_ZERO_ERROR;
  it->setText(text, status);
  if (U_FAILURE(status)) return -1;
  int64_t n = 0;
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) ++n;
  return n;
}

// The floor: what any analyser of this text must at least do. Decode the
// UTF-8 (as analyze does) and run ICU's sentence and word break iterators
// over the whole text.
int64_t segment(const std::string& utf8) {
  std::u16string text = tx::utf8_to_utf16(utf8);
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale fr("fr");
  std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(fr, status));
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(fr, status));
  if (U_FAILURE(status)) return -1;
  UText* ut = utext_openUChars(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  int64_t n = count_breaks(sentences.get(), ut) + count_breaks(words.get(), ut);
  utext_close(ut);
  return n;
}

int analyze_command(const std::string& path, int runs) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "tx_bench: cannot read " << path << "\n";
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const double mb = text.size() / double(1 << 20);

  tx::Options options;
  // Warm-up: lexicons, the rate table and ICU's data load once per process.
  tx::to_json(tx::analyze("Le 23 janvier 2025, 50 milliards de dollars.", options));
  segment("Warm-up. Encore.");

  std::vector<double> analysis_runs, floor_runs;
  size_t json_bytes = 0, sentences = 0, entities = 0, figures = 0;
  int64_t breaks = 0;
  for (int r = 0; r < runs; ++r) {
    auto t0 = Clock::now();
    tx::Analysis a = tx::analyze(text, options);
    std::string out = tx::to_json(a);
    analysis_runs.push_back(mb / seconds_since(t0));
    json_bytes = out.size();
    sentences = a.doc.sentences.size();
    entities = a.entities.size();
    figures = a.figures.size();

    t0 = Clock::now();
    breaks = segment(text);
    floor_runs.push_back(mb / seconds_since(t0));
  }
  json result = {{"corpus", path},
                 {"bytes", text.size()},
                 {"runs", runs},
                 {"analysis_mbps", median(analysis_runs)},
                 {"analysis_runs_mbps", analysis_runs},
                 {"floor_mbps", median(floor_runs)},
                 {"floor_runs_mbps", floor_runs},
                 {"json_bytes", json_bytes},
                 {"sentences", sentences},
                 {"entities", entities},
                 {"figures", figures},
                 {"floor_breaks", breaks},
                 {"maxrss_kb", maxrss_kb()}};
  std::cout << result.dump() << "\n";
  return 0;
}

// An ECB history CSV (newest day first, as the ECB publishes it) of `lines`
// rows after the header: one row per calendar day going back from 2025.
std::string rates_csv(long lines) {
  std::string csv = "Date,USD,JPY,GBP,CHF,\n";
  csv.reserve(lines * 48 + 32);
  int y = 2025, m = 5, d = 9;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  char row[96];
  for (long i = 0; i < lines; ++i) {
    double f = 1.0 + (i % 1000) / 10000.0;
    std::snprintf(row, sizeof row, "%04d-%02d-%02d,%.4f,%.2f,%.4f,%.4f,\n", y, m, d, 1.1 * f,
                  160.0 * f, 0.85 * f, 0.93 * f);
    csv += row;
    if (--d == 0) {
      if (--m == 0) {
        m = 12;
        if (--y == 0) y = 9999;  // wraps; the parser may refuse such days: either is fine
      }
      bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
      d = kDays[m - 1] + (m == 2 && leap);
    }
  }
  return csv;
}

int rates_command(long lines, int runs) {
  const std::string csv = rates_csv(lines);
  const double mb = csv.size() / double(1 << 20);
  std::vector<double> runs_mbps;
  std::string outcome;
  for (int r = 0; r < runs; ++r) {
    auto t0 = Clock::now();
    try {
      tx::RateTable table = tx::RateTable::parse(csv);
      outcome = "ok: " + table.oldest_date() + " .. " + table.newest_date();
    } catch (const tx::InputError& e) {
      outcome = std::string("error: ") + e.what();
    }
    runs_mbps.push_back(mb / seconds_since(t0));
  }
  json result = {{"lines", lines},
                 {"bytes", csv.size()},
                 {"parse_mbps", median(runs_mbps)},
                 {"parse_runs_mbps", runs_mbps},
                 {"outcome", outcome},
                 {"maxrss_kb", maxrss_kb()}};
  std::cout << result.dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string command = argc > 1 ? argv[1] : "";
  int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  try {
    if (command == "analyze" && argc > 2) return analyze_command(argv[2], runs);
    if (command == "rates" && argc > 2) return rates_command(std::atol(argv[2]), runs);
  } catch (const std::exception& e) {
    std::cerr << "tx_bench: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: tx_bench analyze CORPUS [RUNS] | tx_bench rates LINES [RUNS]\n";
  return 2;
}
