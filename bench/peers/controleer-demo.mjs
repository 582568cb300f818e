// Checks both benchmark peers (kpi-js.mjs via Papa Parse, kpi-sql.mjs via
// DuckDB-Wasm's blocking Node build) against the reference CLI on the demo files.
//
//   node bench/peers/controleer-demo.mjs [--modules DIR]
//
// DIR (or env PEERS_MODULES) is the folder whose node_modules holds
// @duckdb/duckdb-wasm and papaparse (default: the repository). Other env vars:
//   JEUGDMONITOR  the CLI binary   (default target/debug/jeugdmonitor)
//   DEMO_MAP      the demo folder  (default public/demo)
// Exit status: 0 all equal, 1 a difference, 2 setup error.

import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { kpisUitRijen, PAPA_OPTIES } from './kpi-js.mjs';
import { laadSql, kpisDuckdb } from './kpi-sql.mjs';

const REPO = path.resolve(new URL('../../', import.meta.url).pathname);
const arg = process.argv.indexOf('--modules');
const modulesRoot = path.resolve(
  arg > 0 ? process.argv[arg + 1] : process.env.PEERS_MODULES || REPO,
);
const cli = process.env.JEUGDMONITOR || path.join(REPO, 'target/debug/jeugdmonitor');
const demo = process.env.DEMO_MAP || path.join(REPO, 'public/demo');
const trajectenPad = path.join(demo, 'trajecten.csv');
const declaratiesPad = path.join(demo, 'declaraties.csv');
const venster = { van: '2023-01-01', tot: '2023-12-31' };

const require = createRequire(path.join(modulesRoot, 'noop.js'));
let Papa, duckdb, duckdbPad, ehWasm, mvpWasm;
try {
  Papa = require('papaparse');
  duckdbPad = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  duckdb = require(duckdbPad);
  ehWasm = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
  mvpWasm = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm');
} catch (e) {
  console.error(`kan papaparse/@duckdb/duckdb-wasm niet vinden vanuit ${modulesRoot}: ${e.message}`);
  process.exit(2);
}
// (the duckdb-wasm package does not export ./package.json, so read it from disk)
const versie = (hoofdbestand) => {
  let map = path.dirname(hoofdbestand);
  while (!existsSync(path.join(map, 'package.json'))) map = path.dirname(map);
  return JSON.parse(readFileSync(path.join(map, 'package.json'), 'utf8')).version;
};

// ---------- reference: the CLI ----------
function cliKpi(...extra) {
  const uit = execFileSync(
    cli,
    ['kpi', '--jaar', '2023', '--k', '1', ...extra, trajectenPad, declaratiesPad],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 },
  );
  return JSON.parse(uit);
}

// ---------- peer (a): Papa Parse + JS ----------
const trajectenTekst = readFileSync(trajectenPad, 'utf8');
const declaratiesTekst = readFileSync(declaratiesPad, 'utf8');
let t0 = performance.now();
const pt = Papa.parse(trajectenTekst, PAPA_OPTIES);
const pd = Papa.parse(declaratiesTekst, PAPA_OPTIES);
for (const [naam, r] of [['trajecten', pt], ['declaraties', pd]]) {
  if (r.errors.length) console.warn(`papaparse ${naam}: ${r.errors.length} fouten, eerste:`, r.errors[0]);
}
const js = kpisUitRijen(pt.data, pd.data, venster);
const jsMs = performance.now() - t0;

// ---------- peer (b): DuckDB-Wasm (blocking Node build, eh wasm) ----------
t0 = performance.now();
const db = await duckdb.createDuckDB(
  { mvp: { mainModule: mvpWasm, mainWorker: '' }, eh: { mainModule: ehWasm, mainWorker: '' } },
  new duckdb.VoidLogger(),
  duckdb.NODE_RUNTIME,
);
await db.instantiate(() => {});
db.open({});
const conn = db.connect();
db.registerFileBuffer('trajecten.csv', readFileSync(trajectenPad));
db.registerFileBuffer('declaraties.csv', readFileSync(declaratiesPad));
const query = async (sql) =>
  conn.query(sql).toArray().map((rij) => {
    const o = rij.toJSON();
    for (const k in o) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
    return o;
  });
const initMs = performance.now() - t0;
t0 = performance.now();
for (const sql of laadSql('trajecten.csv', 'declaraties.csv')) await query(sql);
const sql = await kpisDuckdb(query, venster);
const sqlMs = performance.now() - t0;
const [{ v: duckdbVersie }] = await query('SELECT version() AS v');
conn.close();

// ---------- reference values ----------
const basis = cliKpi();
const ref = {
  jeugdigen: basis.jeugdigen,
  instroom_trajecten: basis.instroom_trajecten,
  uitstroom_trajecten: basis.uitstroom_trajecten,
  duur_gemiddeld: basis.duur_gemiddeld,
  kosten: basis.kosten,
  jeugdigen_per_gemeente: {},
  kosten_per_segment: {},
};
const gemeenten = [...new Set([...Object.keys(js.jeugdigen_per_gemeente), ...Object.keys(sql.jeugdigen_per_gemeente)])].sort();
let gekoppeld = 0; // matched kosten in W = sum over gemeenten (every trajectory has one)
for (const g of gemeenten) {
  const r = cliKpi('--gemeente', g);
  if (r.jeugdigen > 0) ref.jeugdigen_per_gemeente[g] = r.jeugdigen;
  gekoppeld += Math.round(r.kosten * 100);
}
let segmentenSom = 0;
for (const s of ['1', '2', '3', '4', '5']) {
  const r = cliKpi('--segment', s);
  if (r.kosten !== null && r.kosten !== 0) ref.kosten_per_segment[s] = r.kosten;
  segmentenSom += Math.round(r.kosten * 100);
}
// The CLI cannot select "no segment"; derive it: matched total minus segments 1-5.
if (gekoppeld - segmentenSom !== 0) ref.kosten_per_segment.geen = (gekoppeld - segmentenSom) / 100;

// ---------- compare ----------
const rond1 = (x) => (x === null ? null : (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10);
const cent = (x) => (x === null || x === undefined ? null : Math.round(x * 100));
let verschillen = 0;
const regels = [];
function vergelijk(kpi, refWaarde, a, b, norm = (x) => x, toon = (x) => x) {
  const r = norm(refWaarde);
  const okA = norm(a) === r;
  const okB = norm(b) === r;
  if (!okA) verschillen++;
  if (!okB) verschillen++;
  regels.push([kpi, toon(refWaarde), `${toon(a)} ${okA ? 'gelijk' : 'ANDERS'}`, `${toon(b)} ${okB ? 'gelijk' : 'ANDERS'}`]);
}
for (const k of ['jeugdigen', 'instroom_trajecten', 'uitstroom_trajecten']) vergelijk(k, ref[k], js[k], sql[k]);
vergelijk('duur_gemiddeld', ref.duur_gemiddeld, js.duur_gemiddeld, sql.duur_gemiddeld, rond1,
  (x) => (x === null ? 'null' : String(Math.round(x * 1e6) / 1e6)));
const euro = (x) => (x === undefined ? '(ontbreekt)' : x === null ? 'null' : x.toFixed(2));
vergelijk('kosten', ref.kosten, js.kosten, sql.kosten, cent, euro);
const alleG = [...new Set([...gemeenten, ...Object.keys(ref.jeugdigen_per_gemeente)])].sort();
for (const g of alleG)
  vergelijk(`jeugdigen_per_gemeente.${g}`, ref.jeugdigen_per_gemeente[g], js.jeugdigen_per_gemeente[g], sql.jeugdigen_per_gemeente[g]);
const alleS = [...new Set([...Object.keys(ref.kosten_per_segment), ...Object.keys(js.kosten_per_segment), ...Object.keys(sql.kosten_per_segment)])].sort();
for (const s of alleS)
  vergelijk(`kosten_per_segment.${s}${s === 'geen' ? ' (afgeleid)' : ''}`, ref.kosten_per_segment[s], js.kosten_per_segment[s], sql.kosten_per_segment[s], cent, euro);

const breedte = [0, 1, 2, 3].map((i) => Math.max(...[['kpi', 'cli', 'papaparse+js', 'duckdb-wasm'], ...regels].map((r) => String(r[i]).length)));
const regel = (r) => r.map((c, i) => String(c).padEnd(breedte[i])).join('  ');
console.log(`papaparse ${versie(require.resolve('papaparse'))}, @duckdb/duckdb-wasm ${versie(duckdbPad)} (DuckDB ${duckdbVersie}), modules uit ${modulesRoot}`);
console.log(`venster ${venster.van} .. ${venster.tot}; ${pt.data.length} trajecten, ${pd.data.length} declaraties`);
console.log(`tijd (Node, indicatief): papaparse+js ${jsMs.toFixed(0)} ms; duckdb init ${initMs.toFixed(0)} ms, laden+kpi ${sqlMs.toFixed(0)} ms\n`);
console.log(regel(['kpi', 'cli', 'papaparse+js', 'duckdb-wasm']));
for (const r of regels) console.log(regel(r));
console.log(`\nduur_gemiddeld vergeleken na afronden op 1 decimaal (zoals de CLI); kosten op de cent.`);
console.log(verschillen === 0 ? 'ALLES GELIJK' : `${verschillen} VERSCHIL(LEN)`);
process.exit(verschillen === 0 ? 0 : 1);
