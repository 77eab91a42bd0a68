// textexplorer: the analysis of one document as JSON on stdout.
// Bad input: one line on stderr naming the problem, exit 1, nothing on stdout.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "analysis.h"
#include "error.h"
#include "rates.h"

namespace {

const char kUsage[] =
    "usage: textexplorer analyze FILE|- [--lang auto|fr|en] [--to CUR] [--date YYYY-MM-DD]\n"
    "                                   [--rates FILE] [--locale LOCALE]\n"
    "\n"
    "Prints the analysis of FILE (- for standard input) as one JSON object\n"
    "(shared/spec/ANALYSIS.md): language, sentences, entities, figures, and the\n"
    "money figures converted into CUR (default EUR) at the ECB reference rate of\n"
    "--date (default: the publication date the text states, else the newest rate).\n"
    "  --lang    language of the text; auto detects French or English\n"
    "  --rates   an ECB rates file (history CSV, daily CSV or daily XML) merged over\n"
    "            the built-in table (1999-01-04 to 2025-05-09); its days win\n"
    "  --locale  locale of the display strings of conversions (default: the text's)\n";

std::string read_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0)
    throw tx::InputError("cannot read '" + path + "': " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw tx::InputError("cannot read '" + path + "': is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw tx::InputError("cannot read '" + path + "': " + std::strerror(errno));
  return std::string(std::istreambuf_iterator<char>(in), {});
}

int analyze_command(const std::vector<std::string>& args) {
  tx::Options options;
  std::string file, rates_path;
  bool have_file = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) throw tx::InputError("option " + a + " needs a value");
      return args[++i];
    };
    if (a == "--lang") options.lang = value();
    else if (a == "--to") options.to = value();
    else if (a == "--date") options.date = value();
    else if (a == "--rates") rates_path = value();
    else if (a == "--locale") options.locale = value();
    else if (a.size() > 1 && a[0] == '-') throw tx::InputError("unknown option '" + a + "'");
    else if (have_file) throw tx::InputError("more than one FILE given: '" + a + "'");
    else { file = a; have_file = true; }
  }
  if (!have_file) throw tx::InputError("no FILE given (use - for standard input)");
  tx::RateTable rates;
  if (!rates_path.empty()) {
    std::string contents = read_file(rates_path);
    try {
      // A daily file adds its day to the built-in history rather than
      // replacing it; the file wins where both have a day.
      rates = tx::RateTable::merge(tx::RateTable::builtin(), tx::RateTable::parse(contents));
    } catch (const tx::InputError& e) {
      throw tx::InputError(rates_path + ": " + e.what());
    }
    options.rates = &rates;
  }
  tx::validate_options(options);
  std::string text = read_file(file);
  std::string json;
  try {
    json = tx::to_json(tx::analyze(text, options));
  } catch (const tx::InputError& e) {
    throw tx::InputError((file == "-" ? std::string("<stdin>") : file) + ": " + e.what());
  }
  std::cout << json << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 2 : 0;
  }
  try {
    if (args[0] != "analyze") throw tx::InputError("unknown command '" + args[0] + "' (try --help)");
    return analyze_command({args.begin() + 1, args.end()});
  } catch (const tx::InputError& e) {
    std::cerr << "textexplorer: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "textexplorer: internal error: " << e.what() << '\n';
    return 3;
  }
}
