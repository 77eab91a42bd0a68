#!/usr/bin/env bash
# libFuzzer runs of fuzz_analyze and fuzz_rates (clang, ASan + UBSan).
#   tests/fuzz/smoke.sh            the bounded smoke run: 60 s per target
#   tests/fuzz/smoke.sh 3600       a long run: an hour per target
#   FUZZ_TARGETS=rates tests/fuzz/smoke.sh 600
# Builds build/fuzz (Clang, -DTX_FUZZ=ON), writes the seeds (make-seeds.py)
# to build/fuzz/seeds, and keeps what the fuzzer finds in build/fuzz/corpus
# (it grows from run to run; never committed). A crash, hang (> 25 s on one
# input), leak or sanitizer report fails the target; the input is saved in
# build/fuzz/artifacts/TARGET/ and the log's tail printed. Reproduce with
#   build/fuzz/tests/fuzz/fuzz_TARGET build/fuzz/artifacts/TARGET/crash-...
# Last line: "fuzz: N passed, N failed"; the exit code is non-zero on failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
targets=${FUZZ_TARGETS:-analyze rates}
build=$root/build/fuzz
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

say "building the fuzzers (build/fuzz, clang, ASan + UBSan)"
if ! cmake -S "$root" -B "$build" -G Ninja -DTX_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
       -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang >"$build.configure.log" 2>&1 ||
   ! cmake --build "$build" --target $(printf 'fuzz_%s ' $targets); then
  cat "$build.configure.log" 2>/dev/null | tail -20
  echo "fuzz: 0 passed, 1 failed (build)"
  exit 1
fi
python3 "$root/tests/fuzz/make-seeds.py" "$build/seeds" >&2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
passed=0 failed=0
for target in $targets; do
  corpus=$build/corpus/$target artifacts=$build/artifacts/$target log=$build/fuzz_$target.log
  mkdir -p "$corpus" "$artifacts"
  dict=$root/tests/fuzz/$target.dict
  say "fuzz_$target for ${seconds} s"
  "$build/tests/fuzz/fuzz_$target" $([ -f "$dict" ] && echo "-dict=$dict") -max_total_time="$seconds" -timeout=25 -rss_limit_mb=3072 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$corpus" "$build/seeds/$target" >"$log" 2>&1
  status=$?
  stats=$(grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | tr '\n' ' ')
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  if ((status == 0)); then
    echo "ok: fuzz_$target ($cov; $stats)"
    passed=$((passed + 1))
  else
    echo "FAIL: fuzz_$target (exit $status), log: $log"
    grep -E 'ERROR|SUMMARY|fuzz_(analyze|rates):|runtime error|Test unit written' "$log" | head -20
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
