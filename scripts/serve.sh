#!/usr/bin/env bash
# Installs what is missing, builds the app with the demo region and serves it
# on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

stap "Benodigdheden controleren"
ensure_app_tools

# The same build as for publishing (strict CSP, offline worker), served the
# way docs/publiceren.md asks of a real host. REGIO, DIST and PAD work as in
# scripts/build.sh. It is a demo build (DEMO=1): values marked `voorbeeld` are
# allowed and the site says so on every page; DEMO=0 checks as for going live.
stap "App bouwen (scripts/build.sh)"
DEMO=${DEMO:-1} bash scripts/build.sh

stap "App starten (stoppen met Ctrl+C)"
exec node scripts/serveer.mjs "${DIST:-dist}" --pad "${PAD:-/}" --poort 8080
