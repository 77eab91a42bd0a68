#!/usr/bin/env bash
# Builds ICU 72.1 (Debian's source package, the release of the native
# libicu-dev) for wasm with emscripten, and its data cut to what
# TextExplorer uses (keep.txt) as a C file to link into the module.
# Two cached stages under $TEXTEXPLORER_CACHE (default ~/.cache/textexplorer):
#   libs  keyed by the configure flags below (about 7 minutes, once)
#   data  keyed by keep.txt and this script (seconds)
# A warm run prints nothing. --print-dir prints the folder CMake links from.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=72.1
configure_flags="--enable-static --disable-shared --disable-tools --disable-tests --disable-samples
  --disable-extras --disable-icuio --disable-layoutex"
# Size-optimised with link-time optimisation, except the objects that run
# in the analysis' hot loops: the break iterator that splits sentences
# (core/sentences.cc), UText, character properties and case folding, at
# -O2. Measured against all of ICU at -O2 without LTO: the module is about
# 31 KB smaller gzipped and runs 3-4% faster in Node. All of ICU at -O2
# with LTO was barely faster still but 87 KB bigger; all at -Os with LTO,
# 55 KB smaller but no faster.
cflags="-Os -flto"
hot_cflags="-O2 -flto"
hot_objects="common/rbbi.ao common/rbbi_cache.ao common/brkiter.ao common/filteredbrk.ao
  common/utext.ao common/ucharstrie.ao common/uchar.ao common/ucptrie.ao common/utrie2.ao
  common/ucase.ao common/cmemory.ao common/umutex.ao common/uobject.ao common/unistr.ao
  common/ustring.ao"
# Parts of ICU that TextExplorer never calls but that would still be linked
# (RBNF's lenient parsing pulls in all of collation: about 145 KB of code).
# Written into the installed uconfig.h, so that whatever is compiled against
# these headers agrees with the libraries on the classes' layout.
uconfig_off="UCONFIG_NO_COLLATION"
cache=${TEXTEXPLORER_CACHE:-$HOME/.cache/textexplorer}
libs_key=$(printf '%s %s %s %s %s %s' "$version" "$configure_flags" "$cflags" "$hot_cflags" "$hot_objects" "$uconfig_off" |
  sha256sum | cut -c1-12)
data_key=$(cat "$here/keep.txt" "$here/build-icu.sh" | sha256sum | cut -c1-12)
libs=$cache/icu-$version-wasm-libs-$libs_key
out=$cache/icu-$version-wasm-$libs_key-$data_key
if [ "${1:-}" = --print-dir ]; then echo "$out"; exit 0; fi
[ -f "$out/done" ] && exit 0

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Source: Debian's icu source package (same release as libicu-dev).
tarball=$cache/icu_$version.orig.tar.gz
if [ ! -f "$tarball" ]; then
  say "fetching ICU $version source from Debian's source package"
  if ! grep -rqs "^Types: deb-src" /etc/apt/sources.list.d/ && ! grep -qs "^deb-src" /etc/apt/sources.list; then
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $sudo tee /etc/apt/sources.list.d/textexplorer-deb-src.sources >/dev/null
    $sudo apt-get update -qq
  fi
  mkdir -p "$work/src-download"
  # apt downloads as its own user where it can write; say nothing otherwise.
  [ "$(id -u)" != 0 ] || chown _apt "$work" "$work/src-download" 2>/dev/null || true
  (cd "$work/src-download" && apt-get source --download-only -qq icu >/dev/null)
  mv "$work"/src-download/icu_$version.orig.tar.gz "$tarball"
fi
tar -xzf "$tarball" -C "$work"
src=$work/icu/source
for macro in $uconfig_off; do
  sed -i "0,/^#define __UCONFIG_H__/s//&\\n#define $macro 1/" "$src/common/unicode/uconfig.h"
done

# 2. Static libraries.
if [ ! -f "$libs/done" ]; then
  say "building ICU $version for wasm (about 7 minutes, once)"
  export NODE_PATH=/usr/share/nodejs NODE_OPTIONS=--no-experimental-fetch
  mkdir -p "$work/build"
  (
    cd "$work/build"
    # shellcheck disable=SC2086
    CFLAGS="$cflags" CXXFLAGS="$cflags" emconfigure "$src/configure" $configure_flags \
      >"$work/configure.log" 2>&1 || { tail -30 "$work/configure.log" >&2; exit 1; }
    emmake make -j"$(nproc)" >"$work/make.log" 2>&1 || { tail -40 "$work/make.log" >&2; exit 1; }
    # The hot objects again, with configure's flags but hot_cflags for
    # cflags, then the libraries archived again.
    hot_cxxflags=$(sed -n 's/^CXXFLAGS *= *//p' icudefs.mk)
    hot_cxxflags=${hot_cxxflags/$cflags/$hot_cflags}
    hot_cflags_c=$(sed -n 's/^CFLAGS *= *//p' icudefs.mk)
    hot_cflags_c=${hot_cflags_c/$cflags/$hot_cflags}
    case "$hot_cxxflags" in *"$hot_cflags"*) ;; *) echo "build-icu.sh: ICU's CXXFLAGS lack $cflags: $hot_cxxflags" >&2; exit 1 ;; esac
    # shellcheck disable=SC2086
    rm -f $hot_objects
    for dir in common i18n; do
      objects=$(printf '%s\n' $hot_objects | sed -n "s|^$dir/||p")
      [ -z "$objects" ] && continue
      # shellcheck disable=SC2086
      emmake make -C "$dir" CFLAGS="$hot_cflags_c" CXXFLAGS="$hot_cxxflags" $objects >>"$work/make.log" 2>&1 ||
        { tail -40 "$work/make.log" >&2; exit 1; }
    done
    emmake make -j"$(nproc)" >>"$work/make.log" 2>&1 || { tail -40 "$work/make.log" >&2; exit 1; }
  )
  rm -rf "$libs.tmp"; mkdir -p "$libs.tmp/lib" "$libs.tmp/include"
  cp "$work"/build/lib/libicuuc.a "$work"/build/lib/libicui18n.a "$libs.tmp/lib/"
  cp -r "$src/common/unicode" "$libs.tmp/include/"
  cp -r "$src/i18n/unicode/." "$libs.tmp/include/unicode/"
  touch "$libs.tmp/done"
  rm -rf "$libs"; mv "$libs.tmp" "$libs"
fi

# 3. Data cut to the items in keep.txt, as C with ICU's own entry point name
#    (icudt72_dat), so it replaces ICU's stubdata at link time.
mkdir -p "$work/data/in" "$work/data/out"
cp "$src/data/in/icudt72l.dat" "$work/data/in/"
grep -v '^#' "$here/keep.txt" | sed '/^$/d' | sort -u >"$work/keep.lst"
icupkg -l "$work/data/in/icudt72l.dat" | sort -u >"$work/all.lst"
missing=$(comm -13 "$work/all.lst" "$work/keep.lst")
[ -z "$missing" ] || { echo "build-icu.sh: keep.txt names items ICU does not have: $missing" >&2; exit 1; }
comm -23 "$work/all.lst" "$work/keep.lst" >"$work/remove.lst"
icupkg --ignore-deps -r "$work/remove.lst" "$work/data/in/icudt72l.dat" "$work/data/out/icudt72l.dat"
genccode -d "$work/data/out" "$work/data/out/icudt72l.dat" >/dev/null
sed -i 's/\bicudt72l_dat\b/icudt72_dat/' "$work/data/out/"*.c

rm -rf "$out.tmp"; mkdir -p "$out.tmp"
cp -r "$libs/lib" "$libs/include" "$out.tmp/"
cp "$work/data/out/icudt72l.dat" "$out.tmp/"
cp "$work/data/out/"*.c "$out.tmp/icudt72_dat.c"
touch "$out.tmp/done"
rm -rf "$out"; mv "$out.tmp" "$out"
say "ICU for wasm cached in $out"
