#!/usr/bin/env bash
# The WASM budgets that are timings, measured (not asserted: timings belong in
# benchmarks, not tests): instantiation in Node, and single-statement
# throughput in WASM as a ratio to native on the same statements.
# Run wasm/build.sh first (and `npm ci` in wasm/).
#
#   wasm/bench/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2000}

node bench/instantiate.mjs
wasm=$(node bench/throughput.mjs "$rounds")
echo "$wasm"
native=$(cd .. && cargo run --quiet --release -p pgshift-wasm --example native_throughput -- "$rounds")
echo "$native"
rate() { sed -n 's/.*: \([0-9]*\) statements\/s/\1/p' <<<"$1"; }
awk -v w="$(rate "$wasm")" -v n="$(rate "$native")" 'BEGIN { printf "ratio WASM/native: %.2f\n", w / n }'
