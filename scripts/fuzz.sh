#!/usr/bin/env bash
# Fuzzes the streaming CSV reader for a bounded time (default 60 s):
# arbitrary bytes in arbitrary chunks must never panic and must equal the
# one-chunk result. Seeds are the test fixtures. Needs nightly (cargo-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
seconden=${1:-60}
corpus=target/fuzz-corpus/lezer
mkdir -p "$corpus"
# Each seed: a zero byte (no extra chunk cuts) followed by a fixture file.
for f in crates/core/tests/data/*.csv crates/cli/tests/data/*.csv tests/e2e/data/*.csv; do
  { printf '\000'; cat "$f"; } > "$corpus/$(basename "$f").seed"
done
cd fuzz
cargo +nightly fuzz run lezer "../$corpus" -- -max_total_time="$seconden" -max_len=65536 2>&1 | tail -n 5
