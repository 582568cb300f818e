#!/usr/bin/env bash
# Installs what the tests need, then runs every test layer and ends with one
# summary line. Exit status 0 only when every layer passed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

LOGS=target/test-logs
mkdir -p "$LOGS"
rm -f target/e2e-requests.log target/e2e-csp.log

stap "Benodigdheden controleren"
ensure_app_tools || exit 1
ensure_chromium || exit 1
ensure_nginx || exit 1
ensure_libreoffice || exit 1
ensure_fuzz_tools || exit 1
ensure_duckdb || exit 1

results=()
total_passed=0
total_failed=0

# Runs one layer, keeps its log, and counts the tests its runner reported.
layer() {
  local name=$1; shift
  stap "$name"
  local log="$LOGS/${name// /-}.log"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local passed failed
  passed=$(grep -hoE '(test result: [a-zA-Z]+\. [0-9]+ passed|^# pass [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
  failed=$(grep -hoE '([0-9]+ failed;|^# fail [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
  passed=${passed:-0}; failed=${failed:-0}
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  # A layer without a test runner of its own (build, fuzz) counts as one check.
  if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then passed=1; fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  local verdict=GESLAAGD
  [ "$status" -eq 0 ] || verdict=MISLUKT
  results+=("$(printf '%-34s %-9s %4d passed, %d failed  (%ds)' "$name" "$verdict" "$passed" "$failed" $((SECONDS - start)))")
}

layer "1 kern, CLI, publiceren (cargo test)" cargo test --locked -p jeugdmonitor-core -p jeugdmonitor -p jeugdmonitor-publiceren
layer "1b exports in LibreOffice" bash scripts/spreadsheet-controle.sh
layer "1c KPI-SQL in DuckDB (Parquet)" bash -c 'cargo build --quiet --locked -p jeugdmonitor && python3 tests/duckdb/kpi_sql.py target/debug/jeugdmonitor target/duckdb'
layer "2 lint (fmt en clippy)" bash -c 'cargo fmt --all --check && cargo clippy --locked -p jeugdmonitor-core -p jeugdmonitor -p jeugdmonitor-publiceren --all-targets -- -D warnings && cargo clippy --locked --target wasm32-unknown-unknown -p jeugdmonitor-web --all-targets -- -D warnings'
layer "3 componenten (wasm-bindgen-test)" env CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown -p jeugdmonitor-web --test web
layer "4 release-build (trunk, 2 regio's, submap)" bash -c 'export DEMO=1; bash scripts/build.sh && REGIO=regios/noordoostpolder DIST=target/dist-noordoostpolder bash scripts/build.sh && PAD=/jeugdhulp/ DIST=target/dist-subpad bash scripts/build.sh'
layer "5 fuzzer (cargo fuzz, 60 s)" bash scripts/fuzz.sh 60
layer "6 end-to-end (Playwright, axe)" node --test --test-concurrency=1 \
  tests/e2e/routes.test.mjs tests/e2e/keyboard.test.mjs tests/e2e/gegevens.test.mjs tests/e2e/dashboard.test.mjs tests/e2e/doelen.test.mjs tests/e2e/doelen-bewerken.test.mjs tests/e2e/cbs.test.mjs tests/e2e/portaal.test.mjs tests/e2e/regio2.test.mjs tests/e2e/engels.test.mjs tests/e2e/axe.test.mjs \
  tests/e2e/bouwen.test.mjs tests/e2e/csp.test.mjs tests/e2e/offline.test.mjs tests/e2e/subpad.test.mjs tests/e2e/nginx.test.mjs tests/e2e/geheugen.test.mjs tests/e2e/formules.test.mjs tests/e2e/cli.test.mjs \
  tests/e2e/overzicht.test.mjs tests/e2e/telefoon.test.mjs tests/e2e/zoekmachines.test.mjs tests/e2e/origins.test.mjs

stap "Samenvatting"
printf '%s\n' "${results[@]}"
echo
echo "summary: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
