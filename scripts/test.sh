#!/usr/bin/env bash
# Runs every test: formatting, lints, the engine's tests, then the app in headless
# Chromium. Installs what it needs (see scripts/tools.sh), skipping what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tools.sh

echo "== formatting and lints"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings

echo "== engine tests (native)"
cargo test --lib --test engine

echo "== lints for the app (wasm32)"
bb_ensure_wasm_target
cargo clippy --target wasm32-unknown-unknown -- -D warnings

echo "== tools for the app and the browser tests"
bb_ensure_app_tools
bb_ensure_browser_tools

echo "== building the app (release)"
trunk build --release

# The whole first download, compressed as a server would send it, within its budget
# (docs/performance.md): a phone on a weak connection must still get it quickly.
echo "== the download's size (brotli)"
bb_ensure_debian_packages brotli
BB_DOWNLOAD_BUDGET=200000
download=0
for file in dist/index.html dist/*.js dist/*.wasm dist/*.css; do
    download=$((download + $(brotli -q 11 -c "$file" | wc -c)))
done
echo "the download is $download bytes, brotli (the budget is $BB_DOWNLOAD_BUDGET)"
if [ "$download" -gt "$BB_DOWNLOAD_BUDGET" ]; then
    echo "the download is over its budget: see docs/performance.md for what to cut" >&2
    exit 1
fi

# Last, so the script's final line is this test run's result.
echo "== browser tests (headless Chromium)"
cargo test --test browser
