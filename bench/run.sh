#!/usr/bin/env bash
# pgshift's benchmark table (issue 8): throughput to each target against the
# sqlparser ceiling and sqlglot, the COPY path, peak memory, the CLI on one and
# two cores, and single-query latency natively and in WASM under Node.
#
#   bench/run.sh
#
# Runs from a clean clone: it builds what it needs in release, installs sqlglot
# and sqlglot[c] from PyPI into bench/.venv, generates its inputs into a
# temporary folder (removed at the end) and prints one markdown table.
# Environment: BENCH_DUMP_SIZE (default 1GB), BENCH_SECS (seconds per
# throughput figure, default 3), CARGO_TARGET_DIR (default target/).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target_dir=${CARGO_TARGET_DIR:-$root/target}
dump_size=${BENCH_DUMP_SIZE:-1GB}
export PGSHIFT_BENCH_SECS=${BENCH_SECS:-3}
say() { echo "bench/run.sh: $*" >&2; }

say "building (release)"
cargo build --quiet --release -p pgshift-cli -p pgshift-gen
cargo build --quiet --release -p pgshift --example throughput
cli=$target_dir/release/pgshift
gen=$target_dir/release/pgshift-gen
driver=$target_dir/release/examples/throughput

venv=$root/bench/.venv
if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv with sqlglot and sqlglot[c]"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet sqlglot 'sqlglot[c]'
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=$work/results.jsonl
say "generating inputs in $work (dump: $dump_size)"
"$gen" mixed --seed 1 --size 1MB -o "$work/mixed_1mb.sql"
"$gen" mixed --seed 1 --size 10MB -o "$work/mixed_10mb.sql"
"$gen" dump --seed 1 --size 10MB -o "$work/dump_10mb.sql"
"$gen" dump --seed 1 --size "$dump_size" -o "$work/dump_big.sql"
"$gen" copy --seed 1 --size 64MB -o "$work/copy_64mb.sql"
corpora=()
for name in chinook northwind; do
    f=$root/corpora/$name/$name.pg_dump.sql
    if [ -f "$f" ]; then cp "$f" "$work/$name.sql"; corpora+=("$work/$name.sql"); else say "SKIPPED: $f is absent"; fi
done

say "pgshift and the sqlparser ceiling (one process, one core)"
taskset -c 0 "$driver" translate "$work/mixed_1mb.sql" "$work/mixed_10mb.sql" "${corpora[@]}" >>"$results"
taskset -c 0 "$driver" copy "$work/copy_64mb.sql" >>"$results"
"$driver" latency 20000 >>"$results"

say "sqlglot on the same statements"
for size in 1mb 10mb; do
    "$driver" statements "$work/mixed_$size.sql" >"$work/mixed_$size.json"
done
taskset -c 0 "$venv/bin/python" bench/sqlglot_bench.py "$work/mixed_1mb.json" \
    "$(stat -c %s "$work/mixed_1mb.sql")" mixed_1mb.sql >>"$results"

# Peak RSS (kB) and wall time (s) of a command; its stdout goes to $work/stdout.
measure() {
    local label=$1
    shift
    local start end rss
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$@" >"$work/stdout" 2>"$work/time.txt" || true
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    else
        # No /usr/bin/time: poll the process's VmHWM (its high-water mark) until it exits.
        "$@" >"$work/stdout" 2>/dev/null &
        local pid=$! hwm=0 now
        while kill -0 "$pid" 2>/dev/null; do
            now=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$now" ] && [ "$now" -gt "$hwm" ] && hwm=$now
            sleep 0.05
        done
        wait "$pid" || true
        rss=$hwm
    fi
    end=$(date +%s.%N)
    printf '{"what": "rss", "label": "%s", "rss_kb": %s, "secs": %s}\n' \
        "$label" "${rss:-0}" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')" >>"$results"
}

say "peak memory"
# The CLI renders every diagnostic against the whole source (a copy of the
# file per diagnostic), which makes the warning-rich mixed script slow through
# the CLI; the mixed script's memory is taken through the library instead
# (the driver's `once`), and the CLI's cost is shown on 1 MB.
measure "library mixed_10mb" taskset -c 0 "$driver" once sqlite "$work/mixed_10mb.sql"
measure "library mixed_1mb" taskset -c 0 "$driver" once sqlite "$work/mixed_1mb.sql"
measure "pgshift mixed_1mb" taskset -c 0 "$cli" convert --to sqlite "$work/mixed_1mb.sql"
measure "pgshift dump_10mb" taskset -c 0 "$cli" convert --to sqlite "$work/dump_10mb.sql"
measure "pgshift dump_big" taskset -c 0 "$cli" convert --to sqlite "$work/dump_big.sql"
measure "sqlglot mixed_10mb" taskset -c 0 "$venv/bin/python" bench/sqlglot_bench.py "$work/mixed_10mb.json" \
    "$(stat -c %s "$work/mixed_10mb.sql")" mixed_10mb.sql
cat "$work/stdout" >>"$results"

say "CLI on two cores against one"
if "$cli" convert --help 2>/dev/null | grep -q -- '--jobs'; then
    # Each pair is run three times, alternating; the table keeps the fastest
    # run of each (wall times on a shared machine vary from run to run).
    for _ in 1 2 3; do
        measure "cli jobs1" taskset -c 0 "$cli" convert --jobs 1 --to sqlite "$work/dump_big.sql"
        measure "cli jobs2" taskset -c 0,1 "$cli" convert --jobs 2 --to sqlite "$work/dump_big.sql"
        for to in sqlite mysql; do
            measure "cli mixed jobs1 $to" taskset -c 0 "$cli" convert --jobs 1 --to "$to" "$work/mixed_10mb.sql"
            measure "cli mixed jobs2 $to" taskset -c 0,1 "$cli" convert --jobs 2 --to "$to" "$work/mixed_10mb.sql"
        done
    done
else
    say "the CLI has no --jobs option: that row is n/a"
fi

say "latency in WASM under Node"
if [ -f wasm/pkg/node.js ] && command -v node >/dev/null; then
    node bench/wasm_latency.mjs "$root/wasm/pkg" 20000 >>"$results"
else
    say "wasm/pkg is not built (wasm/build.sh): that row is n/a"
fi

python3 bench/table.py "$results" "$(stat -c %s "$work/dump_big.sql")"
