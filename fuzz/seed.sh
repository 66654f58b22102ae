#!/usr/bin/env bash
# Builds the seed corpora in fuzz/corpus/<target>/ (not committed): the grammar
# cases, and the SQL corpora in ../corpora, cut into
# chunks of at most 4 KiB at line ends so that the fuzzer mutates small inputs.
set -euo pipefail
cd "$(dirname "$0")"

shared=${PGSHIFT_CORPORA:-../corpora}
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT

n=0
for f in ../grammar-tests/cases/*/*.sql ../grammar-tests/migrations/app/*.sql; do
    [ -f "$f" ] || continue
    split -C 4096 -d -a 4 "$f" "$seeds/case$n-"
    n=$((n + 1))
done
if [ -d "$shared" ]; then
    while IFS= read -r -d '' f; do
        split -C 4096 -d -a 5 "$f" "$seeds/corpus$n-"
        n=$((n + 1))
    done < <(find "$shared" -name '*.sql' -print0)
else
    echo "fuzz/seed.sh: $shared not found: seeding from grammar-tests only" >&2
fi

for target in translate_bytes translate_utf8 scanner; do
    mkdir -p "corpus/$target"
    cp -n "$seeds"/* "corpus/$target/" 2>/dev/null || true
done
# The structured target reads its input as a generator's choices, not as SQL.
mkdir -p corpus/structured
echo "fuzz/seed.sh: $(ls "$seeds" | wc -l) seed files from $n sources"
