#!/usr/bin/env bash
# Installs what is missing, then serves the app on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

stap "Benodigdheden controleren"
ensure_app_tools

stap "App bouwen en starten op http://127.0.0.1:8080 (stoppen met Ctrl+C)"
exec trunk serve --offline --release
