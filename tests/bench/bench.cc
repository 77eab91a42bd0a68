// Native benchmark of TextExplorer, in process (tests/bench/run.sh drives it).
//
//   tx_bench analyze CORPUS [RUNS [WARM_UP_MB]]
//                                    end-to-end analysis (UTF-8 in, JSON out)
//                                    and ICU's sentence + word segmentation of
//                                    the same text (the floor), RUNS times each,
//                                    after untimed runs of WARM_UP_MB (default
//                                    16) of text, at least one
//   tx_bench stages CORPUS [RUNS]    time of each step of analyze() on CORPUS
//                                    (the steps of core/analysis.cc, called
//                                    one by one), to see where time goes
//   tx_bench rates LINES [RUNS]      RateTable::parse of an ECB-history-shaped
//                                    CSV of LINES rows, built in memory
//
// Prints one JSON object on stdout: the median rates in MB/s (MB = 2^20
// bytes of UTF-8 input), every run, and the peak resident memory of the
// process (getrusage ru_maxrss), so run one corpus per process. Each rate is
// given by wall-clock time and by the process's CPU time: on a machine
// shared with other work the CPU-time rate is the steadier one.
#include <sys/resource.h>
#include <time.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "analysis.h"
#include "conversions.h"
#include "dates.h"
#include "entities.h"
#include "error.h"
#include "figures.h"
#include "language.h"
#include "rates.h"
#include "sentences.h"
#include "text.h"

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The process's CPU time; where there is no such clock (wasm in Node reads
// 0 from it), wall-clock time instead.
double cpu_seconds() {
  timespec ts{};
  static const bool has_cpu_clock = clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0 &&
                                    (ts.tv_sec != 0 || ts.tv_nsec != 0);
  clock_gettime(has_cpu_clock ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Wall-clock and CPU seconds since construction or the last lap().
struct Stopwatch {
  Clock::time_point wall = Clock::now();
  double cpu = cpu_seconds();
  std::pair<double, double> lap() {
    std::pair<double, double> out(seconds_since(wall), cpu_seconds() - cpu);
    wall = Clock::now();
    cpu = cpu_seconds();
    return out;
  }
};

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

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The untimed runs before a timed series: whole runs of the corpus until
// warm_up_megabytes of text have been analysed (at least one run). V8 moves
// hot wasm functions to its optimising tier only after they have run for a
// while: at 1 MB the first eight runs measured 10-25% slower than the later
// ones, at 4 and 16 MB only the first run was. Native runs warm up alike.
double warm_up_megabytes = 16;

int warm_up_runs(size_t bytes) {
  return std::max(1, static_cast<int>(std::ceil(warm_up_megabytes * (1 << 20) / std::max<size_t>(bytes, 1))));
}

void warm_up(const std::string& text, const tx::Options& options) {
  for (int r = warm_up_runs(text.size()); r > 0; --r) tx::to_json(tx::analyze(text, options));
}

int analyze_command(const std::string& path, int runs) {
  const std::string text = read_file(path);
  const double mb = text.size() / double(1 << 20);

  tx::Options options;
  // Warm-up, untimed, on the corpus itself: lexicons, the rate table and
  // ICU's data load once per process. As much text as the wasm
  // measurements warm up on (bench.js), so both are timed in steady state.
  warm_up(text, options);
  segment(text);

  std::vector<double> analysis_runs, floor_runs, analysis_cpu, floor_cpu;
  size_t json_bytes = 0, sentences = 0, entities = 0, figures = 0;
  int64_t breaks = 0;
  for (int r = 0; r < runs; ++r) {
    Stopwatch watch;
    {
      tx::Analysis a = tx::analyze(text, options);
      std::string out = tx::to_json(a);
      json_bytes = out.size();
      sentences = a.doc.sentences.size();
      entities = a.entities.size();
      figures = a.figures.size();
    }  // freed inside the timing, as a caller would
    auto [wall, cpu] = watch.lap();
    analysis_runs.push_back(mb / wall);
    analysis_cpu.push_back(mb / cpu);

    breaks = segment(text);
    std::tie(wall, cpu) = watch.lap();
    floor_runs.push_back(mb / wall);
    floor_cpu.push_back(mb / cpu);
  }
  json result = {{"corpus", path},
                 {"bytes", text.size()},
                 {"runs", runs},
                 {"analysis_mbps", median(analysis_runs)},
                 {"analysis_runs_mbps", analysis_runs},
                 {"analysis_cpu_mbps", median(analysis_cpu)},
                 {"analysis_cpu_runs_mbps", analysis_cpu},
                 {"floor_mbps", median(floor_runs)},
                 {"floor_runs_mbps", floor_runs},
                 {"floor_cpu_mbps", median(floor_cpu)},
                 {"floor_cpu_runs_mbps", floor_cpu},
                 {"json_bytes", json_bytes},
                 {"sentences", sentences},
                 {"entities", entities},
                 {"figures", figures},
                 {"floor_breaks", breaks},
                 {"maxrss_kb", maxrss_kb()}};
  std::cout << result.dump() << "\n";
  return 0;
}

// The steps of analyze() (core/analysis.cc) one by one, each timed; the
// median CPU seconds per step over `runs`. Mirrors analyze() as of writing: if
// that changes, "sum of steps" stops matching "analyze + to_json".
int stages_command(const std::string& path, int runs) {
  const std::string text = read_file(path);
  const double mb = text.size() / double(1 << 20);
  tx::Options options;
  warm_up(text, options);  // untimed (see analyze_command)
  const char* names[] = {"decode UTF-8", "detect language", "sentences", "entities", "figures",
                         "publication date", "conversions", "to_json"};
  const size_t n = sizeof names / sizeof names[0];
  std::vector<std::vector<double>> times(n);
  std::vector<double> whole;
  for (int r = 0; r < runs; ++r) {
    size_t step = 0;
    Stopwatch watch;
    auto lap = [&] { times[step++].push_back(watch.lap().second); };
    tx::Analysis a;
    a.doc.text = tx::utf8_to_utf16(text);
    lap();
    a.doc.lang = tx::detect_language(a.doc.text);
    lap();
    a.doc.sentences = tx::split_sentences(a.doc.text, a.doc.lang);
    lap();
    a.entities = tx::find_entities(a.doc);
    lap();
    a.figures = tx::find_figures(a.doc);
    lap();
    std::vector<tx::Figure> dates;
    for (const tx::Figure& f : a.figures)
      if (f.kind == tx::FigureKind::kDate) dates.push_back(f);
    a.publication_date = tx::find_publication_date(a.doc, dates);
    lap();
    tx::ConversionOptions conv;
    conv.publication_date = a.publication_date;
    conv.locale = a.doc.lang;
    a.conversions = tx::convert(a.doc, a.figures, tx::RateTable::builtin(), conv);
    lap();
    std::string out = tx::to_json(a);
    lap();
    watch.lap();
    tx::to_json(tx::analyze(text, options));
    whole.push_back(watch.lap().second);
  }
  json steps = json::array();
  double sum = 0;
  for (size_t i = 0; i < n; ++i) {
    double s = median(times[i]);
    sum += s;
    steps.push_back({{"step", names[i]}, {"seconds", s}, {"mbps", mb / s}});
  }
  json result = {{"corpus", path},          {"bytes", text.size()},
                 {"runs", runs},            {"steps", steps},
                 {"sum_of_steps_seconds", sum}, {"analyze_seconds", median(whole)}};
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
  std::vector<double> runs_mbps, cpu_mbps;
  std::string outcome;
  for (int r = 0; r < runs; ++r) {
    Stopwatch watch;
    try {
      tx::RateTable table = tx::RateTable::parse(csv);
      outcome = "ok: " + table.oldest_date() + " .. " + table.newest_date();
    } catch (const tx::InputError& e) {
      outcome = std::string("error: ") + e.what();
    }
    auto [wall, cpu] = watch.lap();
    runs_mbps.push_back(mb / wall);
    cpu_mbps.push_back(mb / cpu);
  }
  json result = {{"lines", lines},
                 {"bytes", csv.size()},
                 {"parse_mbps", median(runs_mbps)},
                 {"parse_runs_mbps", runs_mbps},
                 {"parse_cpu_mbps", median(cpu_mbps)},
                 {"outcome", outcome},
                 {"maxrss_kb", maxrss_kb()}};
  std::cout << result.dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string command = argc > 1 ? argv[1] : "";
  int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  if (argc > 4) warm_up_megabytes = std::atof(argv[4]);
  try {
    if (command == "analyze" && argc > 2) return analyze_command(argv[2], runs);
    if (command == "stages" && argc > 2) return stages_command(argv[2], runs);
    if (command == "rates" && argc > 2) return rates_command(std::atol(argv[2]), runs);
  } catch (const std::exception& e) {
    std::cerr << "tx_bench: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: tx_bench analyze|stages CORPUS [RUNS [WARM_UP_MB]] | tx_bench rates LINES [RUNS]\n";
  return 2;
}
