#!/usr/bin/env bash
# Builds ICU 72.1 (Debian's source package, the release of the native
# libicu-dev) for wasm with emscripten, and its data cut to what
# TextExplorer uses (keep.txt) as a C file to link into the module.
# Result cached in $TEXTEXPLORER_CACHE (default ~/.cache/textexplorer),
# keyed by a hash of this script and keep.txt; a warm run prints nothing.
#   prints the cache folder on stdout with --print-dir
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=72.1
key=$(cat "$here/build-icu.sh" "$here/keep.txt" | sha256sum | cut -c1-12)
cache=${TEXTEXPLORER_CACHE:-$HOME/.cache/textexplorer}
out=$cache/icu-$version-wasm-$key
if [ "${1:-}" = --print-dir ]; then echo "$out"; exit 0; fi
[ -f "$out/done" ] && exit 0

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
mkdir -p "$cache"

# 1. Source: Debian's icu source package (same release as libicu-dev).
tarball=$cache/icu_$version.orig.tar.gz
if [ ! -f "$tarball" ]; then
  say "fetching ICU $version source from Debian's source package"
  if ! grep -rqs "^Types: deb-src" /etc/apt/sources.list.d/ && ! grep -qs "^deb-src" /etc/apt/sources.list; then
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $sudo tee /etc/apt/sources.list.d/textexplorer-deb-src.sources >/dev/null
    $sudo apt-get update -qq
  fi
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only -qq "icu=$(dpkg-query -W -f='${Version}' libicu-dev)" >/dev/null 2>&1 \
     || apt-get source --download-only -qq icu >/dev/null)
  mv "$tmp"/icu_$version.orig.tar.gz "$tarball"
  rm -rf "$tmp"
fi

# 2. Build the static libraries.
say "building ICU $version for wasm (about 7 minutes, once)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
src=$work/icu/source
export NODE_PATH=/usr/share/nodejs NODE_OPTIONS=--no-experimental-fetch
mkdir -p "$work/build"
(
  cd "$work/build"
  CFLAGS="-O2" CXXFLAGS="-O2" emconfigure "$src/configure" --enable-static --disable-shared \
    --disable-tools --disable-tests --disable-samples --disable-extras \
    --disable-icuio --disable-layoutex >"$work/configure.log" 2>&1 \
    || { tail -30 "$work/configure.log" >&2; exit 1; }
  emmake make -j"$(nproc)" >"$work/make.log" 2>&1 || { tail -40 "$work/make.log" >&2; exit 1; }
)

# 3. Cut the data to the items in keep.txt and turn it into C.
mkdir -p "$work/data/in" "$work/data/out"
cp "$src/data/in/icudt72l.dat" "$work/data/in/"
grep -v '^#' "$here/keep.txt" | sed '/^$/d' | sort -u >"$work/keep.lst"
icupkg -l "$work/data/in/icudt72l.dat" | sort -u >"$work/all.lst"
comm -23 "$work/all.lst" "$work/keep.lst" >"$work/remove.lst"
missing=$(comm -13 "$work/all.lst" "$work/keep.lst")
[ -z "$missing" ] || { echo "build-icu.sh: keep.txt names items ICU does not have: $missing" >&2; exit 1; }
icupkg --ignore-deps -r "$work/remove.lst" "$work/data/in/icudt72l.dat" "$work/data/out/icudt72l.dat"
# The entry point named as ICU expects it, so this replaces stubdata at link time.
genccode -e icudt72 -d "$work/data/out" "$work/data/out/icudt72l.dat" >/dev/null

rm -rf "$out.tmp"; mkdir -p "$out.tmp/lib" "$out.tmp/include"
cp "$work"/build/lib/libicuuc.a "$work"/build/lib/libicui18n.a "$out.tmp/lib/"
cp -r "$src/common/unicode" "$out.tmp/include/"
cp -r "$src/i18n/unicode/." "$out.tmp/include/unicode/"
cp "$work/data/out/icudt72l.dat" "$out.tmp/"
cp "$work/data/out/"*.c "$out.tmp/icudt72_dat.c"
touch "$out.tmp/done"
rm -rf "$out"; mv "$out.tmp" "$out"
say "ICU for wasm cached in $out"
