#!/usr/bin/env bash
# TextExplorer: install what is missing, build, serve dist/.
#   ./serve.sh               set up, build, serve on http://localhost:${PORT:-8000}
#   ./serve.sh --build-only  set up and build, then exit (tests/run.sh uses this)
# Every step is idempotent and silent when there is nothing to do.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
port=${PORT:-8000}
build_only=false
case "${1:-}" in
  --build-only) build_only=true ;;
  --port) port=${2:?--port needs a number} ;;
  "") ;;
  -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "serve.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# --- 1. Debian packages -------------------------------------------------------
packages=(cmake g++ make ninja-build python3 emscripten libicu-dev icu-devtools
          nlohmann-json3-dev doctest-dev chromium dpkg-dev wfrench wamerican
          clang libclang-rt-14-dev gzip)
# Node may come from outside Debian (nodesource): any working node and npm do.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. ICU 72.1 for wasm (cached outside the work tree) ----------------------
"$root/wasm/icu/build-icu.sh"

# --- 3. npm packages for the browser tests -----------------------------------
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  say "installing playwright-core (npm)"
  (cd tests/browser && npm ci --silent --no-audit --no-fund >/dev/null)
fi

# --- 4. build -----------------------------------------------------------------
export NODE_PATH=/usr/share/nodejs
cmake --preset native >/dev/null
cmake --build --preset native
cmake --preset wasm >/dev/null
cmake --build --preset wasm
"$root/web/make-dist.sh"

$build_only && exit 0

# --- 5. serve -----------------------------------------------------------------
exec python3 "$root/web/serve.py" --port "$port" --dir "$root/dist"
