#!/usr/bin/env bash
# The benchmark (not a test; it takes a few minutes):
#   tests/bench/run.sh [--runs 5] [--sizes 1,4,16] [--no-browser]
# Builds its own Release binaries from the current sources (native tx_bench
# in build/bench-native, the wasm module in build/bench-wasm and a dist/ of
# it in build/bench/dist), then runs tests/bench/bench.js, which writes
# build/bench/results.md and build/bench/results.json and prints the table.
# Pass --dist DIR to measure another dist/ (e.g. --dist dist, the lead's).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
export NODE_PATH=/usr/share/nodejs

# Toolchain and playwright-core: serve.sh installs what is missing. ICU for
# wasm (cached; its data stage takes seconds) is built by its own script.
if ! command -v emcmake >/dev/null || [ ! -d tests/browser/node_modules/playwright-core ]; then
  ./serve.sh --build-only
fi
wasm/icu/build-icu.sh

say "native Release build (build/bench-native)"
cmake -S "$root" -B "$root/build/bench-native" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build/bench-native" --target tx_bench

say "wasm Release build (build/bench-wasm) and build/bench/dist"
# The toolchain file as the wasm preset uses it (not emcmake, whose emulator
# "node --experimental-wasm-threads" Node 20 refuses in the wasm/pack.js step).
NODE_OPTIONS=--no-experimental-fetch cmake -S "$root" -B "$root/build/bench-wasm" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake \
  -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)" -DCMAKE_BUILD_TYPE=Release >/dev/null
NODE_OPTIONS=--no-experimental-fetch cmake --build "$root/build/bench-wasm" --target text-explorer tx_bench
TX_DIST="$root/build/bench/dist" TX_WASM_BUILD="$root/build/bench-wasm" web/make-dist.sh

node tests/bench/bench.js "$@"
