#!/usr/bin/env bash
# Assembles dist/: the page, the single-file module with the explorer UI
# appended (web/build-ui.js), the bundled articles. Everything dist/ needs is
# inside it, so it opens from disk (file://).
#   TX_WASM_BUILD  the wasm build folder (default build/wasm)
#   TX_DIST        where to assemble (default dist/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=${TX_DIST:-$root/dist}
mkdir -p "$dist"
module="${TX_WASM_BUILD:-$root/build/wasm}/wasm/text-explorer.js"
{ cat "$module"; node "$root/web/build-ui.js"; } >"$dist/text-explorer.js.tmp"
mv "$dist/text-explorer.js.tmp" "$dist/text-explorer.js"
cp "$root/web/index.html" "$root/web/app.js" "$root/web/style.css" "$root/web/favicon.svg" "$dist/"
node "$root/web/bundle-articles.js" "$root/data/articles" >"$dist/articles.js.tmp"
mv "$dist/articles.js.tmp" "$dist/articles.js"
