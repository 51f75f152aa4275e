#!/usr/bin/env bash
# Reproduces the figures in docs/performance.md (not run by CI), the hours chart's
# 97 points among the engine's figures in the browser:
#
#   ./scripts/measure.sh            release bundle sizes, time to interactive in headless
#                                   Chromium, the engine's speed inside the browser
#   ./scripts/measure.sh --profiles also rebuilds the app with each release-profile
#                                   setting and wasm-opt, and prints the sizes of each
#                                   (about 2 minutes a setting on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tools.sh

BB_BINARYEN_VERSION="132.0.0"

bb_ensure_app_tools
bb_ensure_browser_tools
bb_ensure_debian_packages brotli

# Prints raw, gzip -9 and brotli -q 11 sizes (bytes) of the built wasm, js and css.
sizes() {
    local label="$1" file raw gz br
    for file in dist/*.wasm dist/benefit-bridge.js dist/*.css; do
        [ -f "$file" ] || continue
        raw=$(stat -c %s "$file")
        gz=$(gzip -9 -c "$file" | wc -c)
        br=$(brotli -q 11 -c "$file" | wc -c)
        printf '%-58s %-24s raw %7d  gzip %7d  brotli %7d\n' \
            "$label" "$(basename "$file")" "$raw" "$gz" "$br"
    done
}

# Builds with Cargo's release profile overridden by the environment ($@ = VAR=value).
build_with() {
    env "$@" trunk build --release >/dev/null 2>&1 || {
        echo "trunk build failed with: $*" >&2
        env "$@" trunk build --release
    }
}

# wasm-opt at level $1 on dist/'s wasm, in place, as Trunk would run it (binaryen from
# npm, into .tools/).
wasm_opt_dist() {
    bb_ensure_npm_package binaryen "$BB_BINARYEN_VERSION" >/dev/null
    local wasm
    wasm=$(ls dist/*.wasm)
    wasm-opt "-O$1" "$wasm" --output="$wasm.opt"
    mv "$wasm.opt" "$wasm"
}

# Builds with one release-profile setting (given in full, whatever Cargo.toml says) and
# prints the sizes; a 6th argument runs wasm-opt at that level on the result.
variant() {
    local opt="$1" lto="$2" cgu="$3" panic="$4" strip="$5" wasm_opt="${6:-}"
    local label="$opt, lto $lto, cgu $cgu, $panic, strip $strip"
    build_with CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt" CARGO_PROFILE_RELEASE_LTO="$lto" \
        CARGO_PROFILE_RELEASE_CODEGEN_UNITS="$cgu" CARGO_PROFILE_RELEASE_PANIC="$panic" \
        CARGO_PROFILE_RELEASE_STRIP="$strip"
    if [ -n "$wasm_opt" ]; then
        wasm_opt_dist "$wasm_opt"
        label="$label, wasm-opt -O$wasm_opt"
    fi
    sizes "$label"
}

if [ "${1:-}" = "--profiles" ]; then
    bb_say "bundle sizes for each release-profile setting"
    variant s true 1 abort false
    variant s true 1 abort true
    variant s true 1 abort false s
    variant s true 1 abort false z
    variant z true 1 abort false
    variant z true 1 abort true
    variant z true 1 abort false z
    variant z true 1 abort false s
    variant z false 1 abort true
    variant z true 16 abort true
    variant z true 1 unwind true
    variant 3 true 1 abort true
fi

bb_say "release bundle sizes (bytes), as built by trunk build --release"
build_with
sizes "release"

bb_say "time to interactive in headless Chromium (tests/browser/timing.rs)"
cargo test --test browser timing -- --nocapture 2>&1 | grep -E "^bb-timing|^test result"

bb_say "the engine inside headless Chromium (tests/wasm_timing.rs, opt-level as released)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --release --target wasm32-unknown-unknown --test wasm_timing -- --nocapture 2>&1 |
    grep -E "^bb-engine|^test result"
