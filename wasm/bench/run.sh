#!/usr/bin/env bash
# The WASM budgets that are timings, measured (not asserted: timings belong in
# benchmarks, not tests): instantiation in Node, and single-statement
# throughput in WASM as a ratio to native on the same statements.
# Run wasm/build.sh first (and `npm ci` in wasm/; for the figure in workerd,
# Cloudflare's runtime, also in wasm/example-worker/, whose wrangler runs it).
#
#   wasm/bench/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2000}

node bench/instantiate.mjs
wasm=$(node bench/throughput.mjs "$rounds")
echo "$wasm"
workerd=""
if [ -d example-worker/node_modules/wrangler ]; then
    workerd=$(node bench/workerd.mjs "$rounds")
    echo "$workerd"
else
    echo "workerd: skipped (run npm ci in wasm/example-worker)"
fi
native=$(cd .. && cargo run --quiet --release -p pgshift-wasm --example native_throughput -- "$rounds")
echo "$native"
rate() { sed -n 's/.*: \([0-9]*\) statements\/s/\1/p' <<<"$1"; }
awk -v w="$(rate "$wasm")" -v n="$(rate "$native")" 'BEGIN { printf "ratio WASM/native (Node): %.2f\n", w / n }'
if [ -n "$workerd" ]; then
    awk -v w="$(rate "$workerd")" -v n="$(rate "$native")" 'BEGIN { printf "ratio WASM/native (workerd): %.2f\n", w / n }'
fi
