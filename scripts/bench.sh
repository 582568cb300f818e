#!/usr/bin/env bash
# Benchmarks of the whole pipeline (read → join → index → all KPIs), natively
# and as WebAssembly in headless Chromium, on the demo region and the
# national-scale set. Reports numbers; asserts nothing. See docs/prestaties.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_app_tools
ensure_chromium

stap "Natief (cargo bench, release)"
cargo bench --locked -p jeugdmonitor-core --bench pijplijn

stap "WebAssembly in headless Chromium (wasm-bindgen-test, release)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
WASM_BINDGEN_TEST_TIMEOUT=1200 \
  cargo test --locked --release --target wasm32-unknown-unknown -p jeugdmonitor-web --test meting -- --nocapture

stap "CLI op de landelijke set: tijd en piekgeheugen van jeugdmonitor kpi"
cargo build --locked --release -p jeugdmonitor
map=target/bench/landelijk
if [ ! -f "$map/trajecten.csv" ]; then
  ./target/release/jeugdmonitor demo --schaal landelijk --jaren 2025 --uit "$map"
fi
du -sh "$map"
python3 - "$map" <<'PY'
import resource, subprocess, sys, time, glob
files = sorted(glob.glob(sys.argv[1] + "/*.csv"))
start = time.time()
subprocess.run(["./target/release/jeugdmonitor", "kpi", "--jaar", "2025", *files],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(f"jeugdmonitor kpi --jaar 2025 (landelijk): {time.time() - start:.1f} s, "
      f"piekgeheugen {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
PY
