# Shared helpers for the install, serve and test scripts. Sourced, not run.

# Pinned tool versions. wasm-bindgen is not pinned here: it must equal the
# version in Cargo.lock, which is read below.
TRUNK_VERSION="0.21.14"

stap() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
ok() { printf '    %s\n' "$*"; }

# Version of a crate as locked in Cargo.lock.
locked_version() {
  awk -v naam="$1" '$0 == "name = \"" naam "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    ok "wasm32-unknown-unknown: aanwezig"
  else
    stap "wasm32-unknown-unknown toevoegen"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if command -v trunk >/dev/null && [ "$(trunk --version | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
    ok "trunk $TRUNK_VERSION: aanwezig"
  else
    stap "trunk $TRUNK_VERSION installeren (eenmalig, ongeveer 11 minuten op 2 kernen)"
    cargo install trunk --version "=$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local wanted
  wanted=$(locked_version wasm-bindgen)
  if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$wanted" ] \
     && command -v wasm-bindgen-test-runner >/dev/null; then
    ok "wasm-bindgen-cli $wanted: aanwezig"
  else
    stap "wasm-bindgen-cli $wanted installeren (eenmalig, ongeveer 4 minuten)"
    # Not --locked: a dependency locked in its own lockfile is gone from the registry.
    cargo install wasm-bindgen-cli --version "=$wanted" --force
  fi
}

ensure_npm_packages() {
  local stamp=node_modules/.lock-sha256
  local want
  want=$(sha256sum package-lock.json | awk '{print $1}')
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    ok "npm-pakketten: aanwezig"
  else
    stap "npm-pakketten installeren uit package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
}

CARGO_FUZZ_VERSION="0.13.1"

# The fuzzer needs a nightly toolchain (sanitizer flags) and cargo-fuzz.
ensure_fuzz_tools() {
  if rustup toolchain list | grep -q '^nightly'; then
    ok "nightly-toolchain: aanwezig"
  else
    stap "nightly-toolchain installeren (voor de fuzzer)"
    rustup toolchain install nightly --profile minimal
  fi
  if command -v cargo-fuzz >/dev/null && [ "$(cargo fuzz --version | awk '{print $2}')" = "$CARGO_FUZZ_VERSION" ]; then
    ok "cargo-fuzz $CARGO_FUZZ_VERSION: aanwezig"
  else
    stap "cargo-fuzz $CARGO_FUZZ_VERSION installeren (eenmalig, ongeveer 1 minuut)"
    cargo install cargo-fuzz --version "=$CARGO_FUZZ_VERSION" --locked
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    ok "chromium en chromedriver: aanwezig"
  else
    stap "chromium en chromium-driver installeren (Debian-pakketten, ongeveer 1 minuut)"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  fi
}

# nginx runs the server settings of docs/publiceren.md in an e2e test.
ensure_nginx() {
  if [ -x /usr/sbin/nginx ]; then
    ok "nginx: aanwezig"
  else
    stap "nginx installeren (Debian-pakket nginx-light, voor de test van de serverinstellingen)"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light
  fi
}

# LibreOffice opens every CSV export with formula evaluation on, to show no
# cell becomes a formula (scripts/spreadsheet-controle.sh).
ensure_libreoffice() {
  # Calc itself, not just some LibreOffice: soffice alone cannot open a CSV.
  if dpkg -s libreoffice-calc >/dev/null 2>&1 && command -v soffice >/dev/null; then
    ok "LibreOffice Calc: aanwezig ($(soffice --version 2>/dev/null | awk '{print $2}'))"
  else
    stap "LibreOffice Calc installeren (Debian-pakket libreoffice-calc, voor de controle van de CSV-exports)"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-calc
  fi
}

# DuckDB (the Python package, pinned) runs the SQL of docs/schaal.md on the
# Parquet export (tests/duckdb/kpi_sql.py); installed only when missing.
DUCKDB_VERSIE=2.0.1
ensure_duckdb() {
  if python3 -c "import sys, duckdb; sys.exit(duckdb.__version__ != '$DUCKDB_VERSIE')" 2>/dev/null; then
    ok "DuckDB (Python): aanwezig ($DUCKDB_VERSIE)"
  else
    stap "DuckDB $DUCKDB_VERSIE installeren (pip, voor de SQL van docs/schaal.md)"
    python3 -m pip install --quiet "duckdb==$DUCKDB_VERSIE" \
      || python3 -m pip install --quiet --break-system-packages "duckdb==$DUCKDB_VERSIE"
  fi
}

ensure_app_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages
}
