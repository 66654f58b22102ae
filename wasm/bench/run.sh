#!/usr/bin/env bash
# The WASM budgets that are timings, measured (not asserted: timings belong in
# benchmarks, not tests): instantiation in Node, and single-statement
# throughput in WASM as a ratio to native on the same statements.
# Run wasm/build.sh first (and `npm ci` in wasm/; for the figure in workerd,
# Cloudflare's runtime, also in wasm/example-worker/, whose wrangler runs it).
#
#   wasm/bench/run.sh [rounds] [repeats]
#
# The machine's speed drifts (native rates on one machine have varied by a
# third within minutes), so each ratio is taken from runs made one right after
# the other: every repeat (3 by default) runs Node, workerd and native in turn
# with `rounds` rounds each, prints its ratios, and the last lines give the
# median ratio over the repeats.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2000}
repeats=${2:-3}

node bench/instantiate.mjs
(cd .. && cargo build --quiet --release -p pgshift-wasm --example native_throughput)
native_bin=../target/release/examples/native_throughput
have_workerd=0
if [ -d example-worker/node_modules/wrangler ]; then
    have_workerd=1
else
    echo "workerd: skipped (run npm ci in wasm/example-worker)"
fi
rate() { sed -n 's/.*: \([0-9]*\) statements\/s/\1/p' <<<"$1"; }
ratio() { awk -v w="$1" -v n="$2" 'BEGIN { printf "%.2f", w / n }'; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
node_ratios=""
workerd_ratios=""
for i in $(seq "$repeats"); do
    wasm=$(node bench/throughput.mjs "$rounds")
    workerd=""
    if [ "$have_workerd" = 1 ]; then
        workerd=$(node bench/workerd.mjs "$rounds")
    fi
    native=$("$native_bin" "$rounds")
    echo "repeat $i: $wasm"
    [ -n "$workerd" ] && echo "repeat $i: $workerd"
    echo "repeat $i: $native"
    r=$(ratio "$(rate "$wasm")" "$(rate "$native")")
    node_ratios="$node_ratios $r"
    line="repeat $i: ratio WASM/native: Node $r"
    if [ -n "$workerd" ]; then
        r=$(ratio "$(rate "$workerd")" "$(rate "$native")")
        workerd_ratios="$workerd_ratios $r"
        line="$line, workerd $r"
    fi
    echo "$line"
done
echo "ratio WASM/native (Node), median of $repeats:$node_ratios -> $(echo "$node_ratios" | median)"
if [ -n "$workerd_ratios" ]; then
    echo "ratio WASM/native (workerd), median of $repeats:$workerd_ratios -> $(echo "$workerd_ratios" | median)"
fi
