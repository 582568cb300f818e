// DuckDB-Wasm in the benchmark page (bundled by scripts/benchmark.sh with
// esbuild; the worker and the wasm are served next to it, never fetched
// from a CDN). The eh ("exception handling") build, as in the issue.
//   start: worker made and database instantiated (window.__klaar, ms);
//   load:  the chosen files registered as file handles, CREATE TABLE … AS
//          SELECT * FROM read_csv(…) for both;
//   kpis:  the job's KPIs in SQL (kpi-sql.mjs).
import * as duckdb from '@duckdb/duckdb-wasm';
import { laadSql, kpisDuckdb } from './kpi-sql.mjs';

const VENSTER = { van: '2023-01-01', tot: '2023-12-31' };
const uitvoer = document.querySelector('#uitvoer');

try {
  const begin = performance.now();
  const worker = new Worker(new URL('duckdb-browser-eh.worker.js', location.href));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL('duckdb-eh.wasm', location.href).href);
  const conn = await db.connect();
  // From navigation start, as ours is measured.
  window.__klaar = performance.now();
  uitvoer.textContent = `klaar na ${Math.round(performance.now() - begin)} ms`;

  document.querySelector('#bestanden').addEventListener('change', async (event) => {
    try {
      const t0 = performance.now();
      const bestanden = [...event.target.files];
      for (const bestand of bestanden) {
        await db.registerFileHandle(bestand.name, bestand, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
      }
      for (const sql of laadSql('trajecten.csv', 'declaraties.csv')) await conn.query(sql);
      const t1 = performance.now();
      const query = async (sql) => (await conn.query(sql)).toArray().map((rij) => rij.toJSON());
      const kpis = await kpisDuckdb(query, VENSTER, window.__catalogus ?? {});
      const t2 = performance.now();
      window.__resultaat = { times: { load: t1 - t0, kpis: t2 - t1 }, kpis };
      uitvoer.textContent = JSON.stringify(window.__resultaat, (k, v) => (typeof v === 'bigint' ? Number(v) : v), 2);
    } catch (fout) {
      window.__fout = String(fout);
    }
  });
} catch (fout) {
  window.__fout = String(fout);
  window.__klaar = -1;
}
