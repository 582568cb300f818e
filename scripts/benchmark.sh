#!/usr/bin/env bash
# The benchmark of docs/benchmarks.md in one command: our app, DuckDB-Wasm
# and Papa Parse + JavaScript on the reference job, in the same headless
# Chromium, one run; plus our CLI natively. Installs what is missing first.
#
#   bash scripts/benchmark.sh                                # 10 k, 100 k, 700 k and 2 M trajecten
#   bash scripts/benchmark.sh --groottes 700000              # only the reference job
#
# The data are generated once per size into target/bench/referentie-N by
# `jeugdmonitor demo --schaal referentie --trajecten N` (deterministic).
# Results: target/bench/resultaat.json and a Markdown table on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

stap "Benodigdheden controleren"
ensure_app_tools
ensure_chromium

stap "Bouwen: de CLI (release) en de app"
cargo build --quiet --release --locked -p jeugdmonitor
DEMO=1 bash scripts/build.sh

stap "De pagina's van DuckDB-Wasm en Papa Parse bundelen (esbuild, alles lokaal)"
peers=target/bench/peers
mkdir -p "$peers"
for pagina in duckdb-pagina papa-pagina; do
  npx --no-install esbuild "bench/peers/$pagina.mjs" --bundle --format=esm --platform=browser \
    --outfile="$peers/$pagina.js" --log-level=warning
done
cp bench/peers/duckdb.html bench/peers/papa.html "$peers/"
cp node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm \
   node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js "$peers/"

stap "Meten (elke grootte: native, wij, DuckDB-Wasm, Papa Parse)"
node bench/vergelijk.mjs "$@"
