#!/usr/bin/env bash
# Builds the fuzz targets and runs each for SECONDS (default 60), then fails if
# any target found a crash, a panic, a timeout or an out-of-memory input. The
# findings are left in fuzz/artifacts/<target>/. See fuzz/README.md.
#
#   fuzz/run.sh          # 60 s per target, as .ci/run does
#   fuzz/run.sh 600      # 10 minutes per target
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:-60}
# PGSHIFT_FUZZ_RUNS=N runs each target for N inputs from a fixed seed instead of
# for SECONDS: the same inputs on every machine, so that CI is not flaky.
runs=${PGSHIFT_FUZZ_RUNS:-}
if [ -n "$runs" ]; then
    budget=(-runs="$runs" -seed=1)
else
    budget=(-max_total_time="$seconds")
fi
targets=(translate_bytes translate_utf8 structured scanner)

# cargo-fuzz passes nightly -Z flags to rustc; RUSTC_BOOTSTRAP lets the stable
# toolchain accept them. Without a nightly std, AddressSanitizer is not used:
# safe Rust has no memory errors for it to find, and panics, aborts, stack
# overflows, timeouts and memory blow-ups are all still findings.
export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
    root="$PWD/.tools"
    if [ ! -x "$root/bin/cargo-fuzz" ]; then
        echo "fuzz/run.sh: installing cargo-fuzz into $root"
        cargo install --locked cargo-fuzz --version 0.13.2 --root "$root"
    fi
    export PATH="$root/bin:$PATH"
fi

./seed.sh
cargo fuzz build --sanitizer none -O

status=0
summary=""
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "artifacts/$target"
    log=$(mktemp)
    echo "fuzz/run.sh: $target (${budget[*]})"
    if cargo fuzz run --sanitizer none -O "$target" "corpus/$target" -- \
        "${budget[@]}" -max_len=4096 -timeout=30 -rss_limit_mb=4096 \
        -print_final_stats=1 >"$log" 2>&1; then
        executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        summary+="  $target: ${executed:-?} executions (${budget[*]}), no finding"$'\n'
    else
        status=1
        tail -n 60 "$log"
        summary+="  $target: FINDING (see above and fuzz/artifacts/$target/)"$'\n'
    fi
    rm -f "$log"
done
echo "fuzz/run.sh: summary"
printf '%s' "$summary"
exit "$status"
