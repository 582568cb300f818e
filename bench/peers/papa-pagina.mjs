// Papa Parse with a plain JavaScript reducer in the benchmark page
// (bundled by scripts/benchmark.sh with esbuild).
//   start: the page's script ran (window.__klaar, ms);
//   load:  both chosen files parsed into row objects (Papa.parse on the
//          File, which reads it in chunks);
//   kpis:  the job's KPIs by the reducer (kpi-js.mjs).
import Papa from 'papaparse';
import { kpisUitRijen, PAPA_OPTIES } from './kpi-js.mjs';

const VENSTER = { van: '2023-01-01', tot: '2023-12-31' };
const uitvoer = document.querySelector('#uitvoer');

function parse(bestand) {
  return new Promise((ok, fout) => {
    Papa.parse(bestand, { ...PAPA_OPTIES, complete: (r) => ok(r.data), error: fout });
  });
}

window.__klaar = performance.now();
document.querySelector('#bestanden').addEventListener('change', async (event) => {
  try {
    const t0 = performance.now();
    const bestanden = Object.fromEntries([...event.target.files].map((b) => [b.name, b]));
    const trajecten = await parse(bestanden['trajecten.csv']);
    const declaraties = await parse(bestanden['declaraties.csv']);
    const t1 = performance.now();
    const kpis = kpisUitRijen(trajecten, declaraties, VENSTER, window.__catalogus ?? {});
    const t2 = performance.now();
    window.__resultaat = { times: { load: t1 - t0, kpis: t2 - t1 }, kpis };
    uitvoer.textContent = JSON.stringify(window.__resultaat, null, 2);
  } catch (fout) {
    window.__fout = String(fout);
  }
});
