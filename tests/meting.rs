//! The pipeline benchmark in WebAssembly, in headless Chromium: the same
//! measurement as `cargo bench -p jeugdmonitor-core` (see
//! `jeugdmonitor_core::meting`), with the browser's clock. It reports and
//! asserts nothing about speed; run it through `scripts/bench.sh`. It runs in
//! a dedicated worker, so the long synchronous measurement does not block the
//! page the test runner talks to.
#![cfg(target_arch = "wasm32")]

use jeugdmonitor_core::meting::{meet, standaardsets};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
fn pijplijn_in_de_browser() {
    // `performance.now()` of the worker's global scope, in seconds.
    let prestatie = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).expect("performance clock");
    let nu: js_sys::Function = js_sys::Reflect::get(&prestatie, &"now".into()).expect("now").into();
    let klok = move || nu.call0(&prestatie).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) / 1000.0;
    let sets = standaardsets();
    for (naam, opties) in sets {
        let meting = meet(&opties, &klok, 7).expect("measurement runs");
        console_log!("== wasm (Chromium, worker): {naam}\n{}", meting.rapport());
        let pagina_bytes = core::arch::wasm32::memory_size(0) as f64 * 65536.0;
        console_log!("wasm-geheugen (lineair, groeit alleen): {:.0} MB", pagina_bytes / 1e6);
    }
}
