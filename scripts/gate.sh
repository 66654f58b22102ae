#!/usr/bin/env bash
# The local gate, and what CI runs after starting the database servers:
# formatting, clippy with warnings as errors (native and wasm32), then the tests.
#
# Set PGSHIFT_TEST_PG_URL and PGSHIFT_TEST_MYSQL_URL to compare against real
# engines (see README.md); without them those comparisons are skipped, aloud.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "gate: cargo fmt"
cargo fmt --all --check
echo "gate: cargo clippy (native)"
cargo clippy --workspace --all-targets -- -D warnings
echo "gate: cargo clippy (wasm32)"
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target list --installed | grep -q wasm32-unknown-unknown
cargo clippy -p pgshift -p pgshift-wasm --target wasm32-unknown-unknown -- -D warnings
echo "gate: tests"
scripts/test.sh "$@"
