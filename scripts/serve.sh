#!/usr/bin/env bash
# Builds the app (release) and serves it on http://127.0.0.1:8080, installing trunk,
# wasm-bindgen and the wasm32 target first if they are missing. The first run on a
# fresh machine takes about 15 minutes (tool installs); later runs start in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tools.sh

bb_ensure_app_tools

bb_say "serving Benefit Bridge on http://127.0.0.1:8080 (Ctrl+C stops it)"
# --no-autoreload: the live-reload script is inline and the page's CSP forbids it.
exec trunk serve --release --no-autoreload
