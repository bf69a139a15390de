#!/usr/bin/env bash
# Runs every fuzz harness of a CERTDESK_FUZZ=ON build for a bounded time under ASan+UBSan (leaks detected).
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_EACH [HARNESS...]
# Each harness starts from a temporary corpus seeded with tests/fuzz/seeds/<harness>, its regression inputs
# (tests/data/fuzz-regressions/<harness>) and a larger corpus make-seeds.sh builds into BUILD_DIR/fuzz-seeds.
# CERTDESK_FUZZ_JOBS harnesses run at a time (default 1). One summary line per harness goes to stdout and
# BUILD_DIR/fuzz-summary.txt. Exits 1 when any harness found a crash, leak, timeout or out-of-memory: the input is
# kept in BUILD_DIR/fuzz-artifacts/<harness>/ and its path printed; make it a regression input (see README.md).
set -uo pipefail

build_dir=$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR SECONDS_EACH [HARNESS...]}" && pwd)
seconds=${2:?usage: run-fuzzers.sh BUILD_DIR SECONDS_EACH [HARNESS...]}
shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
jobs=${CERTDESK_FUZZ_JOBS:-1}
bin_dir=$build_dir/tests/fuzz

harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    for binary in "$bin_dir"/fuzz_*; do
        [ -f "$binary" ] && [ -x "$binary" ] && harnesses+=("$(basename "$binary")")
    done
fi
if [ ${#harnesses[@]} -eq 0 ]; then
    echo "run-fuzzers: no harnesses in $bin_dir (configure with CXX=clang++-14 -DCERTDESK_FUZZ=ON, build target fuzzers)" >&2
    exit 2
fi

if [ ! -d "$build_dir/fuzz-seeds" ]; then
    "$here/make-seeds.sh" "$build_dir/fuzz-seeds.tmp" >/dev/null && mv "$build_dir/fuzz-seeds.tmp" "$build_dir/fuzz-seeds"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# run_one HARNESS: fuzzes, writes $work/HARNESS.line (the summary line) and $work/HARNESS.log.
run_one() {
    local harness=$1
    local corpus=$work/$harness.corpus
    local artifacts=$build_dir/fuzz-artifacts/$harness
    local seeds=()
    mkdir -p "$corpus" "$artifacts"
    for dir in "$here/seeds/$harness" "$source_dir/tests/data/fuzz-regressions/$harness" "$build_dir/fuzz-seeds/$harness"; do
        [ -d "$dir" ] && seeds+=("$dir")
    done
    # -timeout: one input taking longer is a finding (a file that hangs the import). -rss_limit_mb: likewise memory.
    "$bin_dir/$harness" -max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=2560 \
        -max_len=65536 -detect_leaks=1 -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" >"$work/$harness.log" 2>&1
    local status=$?
    local executions rate coverage features corpus_size result
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$harness.log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$harness.log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$work/$harness.log" | tail -1 | cut -d' ' -f2)
    features=$(grep -o 'ft: [0-9]*' "$work/$harness.log" | tail -1 | cut -d' ' -f2)
    # libFuzzer's own count: seeds that add coverage plus what it found (the temporary folder holds only the latter).
    corpus_size=$(grep -o 'corp: [0-9]*' "$work/$harness.log" | tail -1 | cut -d' ' -f2)
    if [ $status -eq 0 ]; then
        result=ok
    else
        local artifact
        artifact=$(grep -o "Test unit written to [^ ]*" "$work/$harness.log" | tail -1 | sed 's/^Test unit written to //')
        local kind
        kind=$(grep -o -m1 'ERROR: libFuzzer: [a-z-]*\|ERROR: AddressSanitizer: [a-z-]*\|ERROR: LeakSanitizer: [a-z-]*\|runtime error' \
            "$work/$harness.log" | head -1)
        result="FAILED (${kind:-exit $status}) input: ${artifact:-none written} log: $artifacts/fuzz.log"
        cp "$work/$harness.log" "$artifacts/fuzz.log"
    fi
    printf '%-26s executions %10s  exec/s %7s  corpus %6s  cov %6s  ft %7s  %s\n' "$harness" "${executions:-?}" \
        "${rate:-?}" "${corpus_size:-?}" "${coverage:-?}" "${features:-?}" "$result" >"$work/$harness.line"
    cat "$work/$harness.line"
}

echo "run-fuzzers: ${#harnesses[@]} harnesses, ${seconds}s each, $jobs at a time"
running=0
for harness in "${harnesses[@]}"; do
    if [ ! -f "$bin_dir/$harness" ] || [ ! -x "$bin_dir/$harness" ]; then
        echo "run-fuzzers: no harness $bin_dir/$harness" >&2
        exit 2
    fi
    run_one "$harness" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

summary=$build_dir/fuzz-summary.txt
failed=0
: >"$summary"
for harness in "${harnesses[@]}"; do
    cat "$work/$harness.line" >>"$summary"
    grep -q ' FAILED ' "$work/$harness.line" && failed=1
done
echo "run-fuzzers: summary in $summary"
if [ $failed -ne 0 ]; then
    echo "run-fuzzers: a harness failed:" >&2
    grep ' FAILED ' "$summary" >&2
    exit 1
fi
