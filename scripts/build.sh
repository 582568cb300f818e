#!/usr/bin/env bash
# Builds the release app into dist/ without any download, then reports the
# size of the .wasm (raw and gzip), the number quoted in the README.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --offline --release
wasm=$(ls dist/*.wasm)
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
printf 'release .wasm: %s bytes raw, %s bytes gzip -9 (%s)\n' "$raw" "$gz" "$wasm"
