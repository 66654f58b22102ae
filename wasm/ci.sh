#!/usr/bin/env bash
# The WASM step of CI (.ci/run calls it after the gate): builds wasm/pkg and
# checks its size budget (build.sh), then runs the package's Node tests and the
# example Worker's end-to-end test in workerd. The end-to-end comparison with
# PostgreSQL needs PGSHIFT_TEST_PG_URL; without it that part is skipped, aloud.
set -euo pipefail
cd "$(dirname "$0")"

echo "wasm/ci.sh: build"
./build.sh

echo "wasm/ci.sh: Node tests"
npm ci --no-audit --no-fund
node --test test/*.test.mjs

echo "wasm/ci.sh: the example Worker in workerd"
cd example-worker
npm ci --no-audit --no-fund
node --test test/*.test.mjs
