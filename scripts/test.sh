#!/usr/bin/env bash
# Runs the whole test suite: unit, integration and grammar tests, then doctests.
# This is the command CI runs (.ci/run) and the one the README gives.
#
# Set PGSHIFT_TEST_PG_URL and PGSHIFT_TEST_MYSQL_URL to compare against real
# engines, e.g.:
#   PGSHIFT_TEST_PG_URL='host=127.0.0.1 user=postgres dbname=test' \
#   PGSHIFT_TEST_MYSQL_URL='mysql://root@127.0.0.1:3306/test' scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

for var in PGSHIFT_TEST_PG_URL PGSHIFT_TEST_MYSQL_URL; do
    if [ -z "${!var:-}" ]; then
        echo "scripts/test.sh: WARNING: $var is not set: that engine's grammar checks are SKIPPED" >&2
    fi
done

status=0
if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --no-fail-fast "$@" || status=$?
else
    echo "scripts/test.sh: cargo-nextest is not installed; falling back to cargo test" >&2
    cargo test --workspace --no-fail-fast "$@" || status=$?
fi
# nextest does not run doctests; run them even when the tests above failed.
cargo test --doc --workspace || status=$?
exit "$status"
