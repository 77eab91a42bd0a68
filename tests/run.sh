#!/usr/bin/env bash
# Runs every test of TextExplorer on a bare Debian machine: installs what is
# missing and builds (./serve.sh --build-only), then
#   1. the doctest unit tests and the CLI's bad-input tests, natively (ctest)
#   2. the same doctest suite built for wasm, in Node (ctest)
#   3. parity: native CLI and wasm module give the same JSON
#   4. robustness of the wasm module in Node: bad and extreme input, heap bounds
#   5. the browser tests in Debian's headless Chromium (playwright-core)
#   6. a bounded fuzzing smoke run (libFuzzer, ASan + UBSan, 60 s per target)
# Every suite runs even when one fails; the exit code says whether all passed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./serve.sh --build-only || { echo "set-up or build failed"; exit 1; }
export NODE_PATH=/usr/share/nodejs

passed=0 failed=0 failures=()
suite() {
  local name=$1; shift
  printf '\n\033[1m=== %s\033[0m\n' "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}
suite "unit and CLI tests (native)" ctest --preset native
suite "unit tests (wasm, Node)" ctest --preset wasm
suite "parity (CLI vs wasm)" node tests/parity/parity.js
suite "robustness (wasm, Node)" node tests/robustness/run.js
suite "browser (headless Chromium)" node tests/browser/run.js
suite "fuzz smoke (libFuzzer)" tests/fuzz/smoke.sh 60

echo
((failed)) && echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
((failed == 0))
