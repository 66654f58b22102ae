#!/usr/bin/env bash
# Builds the WASM package in wasm/pkg (generated, not committed) and checks its
# size budget. Installs what it needs: the wasm32 target through rustup, and the
# wasm-bindgen CLI of the exact version wasm/Cargo.toml pins, into wasm/.tools
# (skipped when that version is already there or on PATH).
#
#   wasm/build.sh            build wasm/pkg
#
# Environment: CARGO_TARGET_DIR as usual; PGSHIFT_WASM_OPT=1 runs `wasm-opt -Oz`
# (from PATH or wasm/node_modules/.bin). It is off by default: measured with
# binaryen 132, it makes the .wasm smaller but its gzip larger (729 KB against
# 702 KB with SIMD; -Os, -O3 and --converge likewise). Its function order
# matters: the pass --reorder-functions alone adds 26 KB to the gzip.
set -euo pipefail
cd "$(dirname "$0")"
wasm_dir=$(pwd)
root=$(cd .. && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}

# The gzip size limit of the .wasm, in bytes. Issue 6 asks for 600 KB; the
# module measures about 704 KB (sqlparser alone, built the same way, is 402 KB:
# see README.md, WASM, for where the rest goes). Until the library shrinks,
# this limit guards against growth, with room for the rules in flight.
# Workers' free plan allows 3 MB compressed.
budget=725000
target_budget=600000

say() { echo "wasm/build.sh: $*"; }

if command -v rustup >/dev/null 2>&1; then
    rustup target list --installed | grep -qx wasm32-unknown-unknown ||
        rustup target add wasm32-unknown-unknown
fi

# The CLI must be the version of the crate: the glue and the module's custom
# section must agree.
version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
if [ -z "$version" ]; then
    say "cannot read the pinned wasm-bindgen version from wasm/Cargo.toml" >&2
    exit 1
fi
bindgen=""
for candidate in "$wasm_dir/.tools/bin/wasm-bindgen" "$(command -v wasm-bindgen || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] &&
        [ "$("$candidate" --version | awk '{print $2}')" = "$version" ]; then
        bindgen=$candidate
        break
    fi
done
if [ -z "$bindgen" ]; then
    say "installing wasm-bindgen-cli $version into wasm/.tools (once; a few minutes)"
    cargo install wasm-bindgen-cli --version "$version" --root "$wasm_dir/.tools"
    bindgen=$wasm_dir/.tools/bin/wasm-bindgen
fi

say "cargo build (profile wasm-release)"
(cd "$root" && cargo build -p pgshift-wasm --target wasm32-unknown-unknown --profile wasm-release)

rm -rf pkg
"$bindgen" --target web --out-dir pkg --out-name pgshift_wasm \
    --remove-name-section --remove-producers-section \
    "$target_dir/wasm32-unknown-unknown/wasm-release/pgshift_wasm.wasm"

wasm_opt=""
if [ "${PGSHIFT_WASM_OPT:-0}" = 1 ]; then
    for candidate in "$wasm_dir/node_modules/.bin/wasm-opt" "$(command -v wasm-opt || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            wasm_opt=$candidate
            break
        fi
    done
fi
if [ -n "$wasm_opt" ]; then
    say "wasm-opt -Oz ($wasm_opt)"
    "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
        --enable-sign-ext --enable-reference-types --enable-multivalue \
        pkg/pgshift_wasm_bg.wasm -o pkg/pgshift_wasm_bg.wasm
elif [ "${PGSHIFT_WASM_OPT:-0}" = 1 ]; then
    say "wasm-opt not found (npm's binaryen package carries it)" >&2
    exit 1
fi

cp js/api.js js/node.js js/workerd.js js/browser.js js/index.d.ts js/package.json pkg/

raw=$(wc -c <pkg/pgshift_wasm_bg.wasm)
gz=$(gzip -9 -c pkg/pgshift_wasm_bg.wasm | wc -c)
say "pkg/pgshift_wasm_bg.wasm: $raw bytes, $gz bytes gzip -9 (limit $budget; issue 6's target $target_budget)"
if [ "$gz" -gt "$budget" ]; then
    say "over the size budget: $gz > $budget bytes gzip" >&2
    exit 1
fi
if [ "$gz" -gt "$target_budget" ]; then
    say "WARNING: above issue 6's size target of $target_budget bytes gzip" >&2
fi
