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

# Last, so the script's final line is this test run's result.
echo "== browser tests (headless Chromium)"
cargo test --test browser
