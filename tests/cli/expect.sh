#!/bin/sh
# expect.sh EXIT STDERR-PATTERN -- COMMAND...
# Passes when COMMAND exits with EXIT, prints nothing on stdout, and prints
# exactly one line on stderr that contains STDERR-PATTERN (a fixed string).
want_exit=$1 pattern=$2
shift 3
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" >"$out" 2>"$err"
got=$?
fail() { echo "FAIL: $*"; echo "stderr: $(cat "$err")"; echo "stdout: $(head -c 300 "$out")"; exit 1; }
[ "$got" = "$want_exit" ] || fail "exit $got, expected $want_exit"
[ ! -s "$out" ] || fail "stdout is not empty"
[ "$(wc -l <"$err")" = 1 ] || fail "stderr is not one line"
grep -qF -- "$pattern" "$err" || fail "stderr lacks: $pattern"
echo "ok: $(cat "$err")"
