#!/usr/bin/env bash
# Assembles dist/: the page, the single-file module, the bundled articles.
# Everything dist/ needs is inside it, so it opens from disk (file://).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=${TX_DIST:-$root/dist}
mkdir -p "$dist"
cp "${TX_WASM_BUILD:-$root/build/wasm}/wasm/text-explorer.js" "$dist/text-explorer.js"
cp "$root/web/index.html" "$root/web/app.js" "$root/web/style.css" "$dist/"
node "$root/web/bundle-articles.js" "$root/data/articles" >"$dist/articles.js.tmp"
mv "$dist/articles.js.tmp" "$dist/articles.js"
