#!/usr/bin/env bash
# Runs every test: formatting, lints, the engine's tests. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== formatting and lints"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings

echo "== engine tests (native)"
cargo test --lib --tests
