#!/usr/bin/env bash
# Builds the release app into dist/ without any download, then reports the
# size of the .wasm (raw and gzip), the number quoted in the README.
#
# The region is a build setting: REGIO=<content folder> (default
# public/content, Noord-Veluwe; for example REGIO=regios/noordoostpolder).
# Its content is checked first with `jeugdmonitor valideer-inhoud`; a
# problem stops the build with file:line: reason. DIST=<folder> builds
# somewhere else than dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
regio=${REGIO:-public/content}
dist=${DIST:-dist}
cargo build --quiet --locked -p jeugdmonitor
if ! target/debug/jeugdmonitor valideer-inhoud "$regio"; then
  echo "build gestopt: de inhoud in $regio klopt niet (zie hierboven)" >&2
  exit 1
fi
trunk build --offline --release --dist "$dist"
if [ "$regio" != "public/content" ]; then
  rm -rf "$dist/content"
  cp -r "$regio" "$dist/content"
  echo "regio: inhoud uit $regio"
fi
wasm=$(ls "$dist"/*.wasm)
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
printf 'release .wasm: %s bytes raw, %s bytes gzip -9 (%s)\n' "$raw" "$gz" "$wasm"
