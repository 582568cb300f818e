#!/usr/bin/env bash
# Builds the release app into dist/ without any download, then reports the
# size of the .wasm (raw and gzip), the number quoted in the README.
#
# The region is a build setting: REGIO=<content folder> (default
# public/content, Noord-Veluwe; for example REGIO=regios/noordoostpolder).
# Its content is checked first with `jeugdmonitor valideer-inhoud`; a
# problem stops the build with file:line: reason. Values still marked
# `voorbeeld` (invented contact details) stop it too, unless DEMO=1 says
# this is a demo build, as serve.sh and the tests do. DIST=<folder> builds
# somewhere else than dist/. PAD=/jeugdhulp/ builds for hosting under that
# sub-path (default /, the root of the host).
#
# Last, `publiceren` finishes the build: the strict Content-Security-Policy,
# the manifest and the offline service worker with every file of the build.
set -euo pipefail
cd "$(dirname "$0")/.."
regio=${REGIO:-public/content}
dist=${DIST:-dist}
pad=${PAD:-/}
case "$pad" in
  /*/ | /) ;;
  *) echo "build gestopt: PAD moet met een / beginnen en eindigen, zoals /jeugdhulp/ (nu: $pad)" >&2; exit 1 ;;
esac
case "${DEMO:-0}" in
  1) voorbeelden=--demo ;;
  0) voorbeelden=--geen-voorbeelden ;;
  *) echo "build gestopt: DEMO moet 1 (een demo met voorbeeldgegevens) of 0 zijn (nu: $DEMO)" >&2; exit 1 ;;
esac
cargo build --quiet --locked -p jeugdmonitor -p jeugdmonitor-publiceren
status=0
target/debug/jeugdmonitor valideer-inhoud "$voorbeelden" "$regio" || status=$?
case "$status" in
  0) ;;
  4)
    echo "build gestopt: in $regio staan nog voorbeeldgegevens (zie hierboven), zoals verzonnen" >&2
    echo "  adressen en telefoonnummers. Vervang ze door de echte gegevens en haal 'voorbeeld' weg" >&2
    echo "  (docs/publiceren.md, stap 2). Is dit een demo? Bouw dan met DEMO=1 bash scripts/build.sh" >&2
    exit 1 ;;
  *) echo "build gestopt: de inhoud in $regio klopt niet (zie hierboven)" >&2; exit 1 ;;
esac
trunk build --offline --release --dist "$dist" --public-url "$pad"
if [ "$regio" != "public/content" ]; then
  rm -rf "$dist/content"
  cp -r "$regio" "$dist/content"
  echo "regio: inhoud uit $regio"
fi
target/debug/publiceren "$dist"
wasm=$(ls "$dist"/*.wasm)
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
printf 'release .wasm: %s bytes raw, %s bytes gzip -9 (%s)\n' "$raw" "$gz" "$wasm"
