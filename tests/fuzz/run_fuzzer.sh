#!/usr/bin/env bash
# Runs one libFuzzer target for a while on its seeds; prints the run count and a closing line for CI.
# usage: run_fuzzer.sh NAME SECONDS SEED_DIR...
set -u
name=$1 seconds=$2
shift 2
mkdir -p "build/fuzz/corpus-$name"
log="build/fuzz/$name.log"
if "build/fuzz/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1 \
        "build/fuzz/corpus-$name" "$@" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    echo "fuzz-$name: $runs runs in $seconds s, no finding"
    echo "fuzz-$name: 1 passed, 0 failed"
else
    tail -60 "$log"
    echo "fuzz-$name: a finding: the input is in ./crash-* or ./leak-* (keep it as a regression test)"
    echo "fuzz-$name: 0 passed, 1 failed"
fi
