// Peer 1: the KPI set as SQL for DuckDB-Wasm.
//
// laadSql(trajecten, declaraties) -> SQL statements that load the two registered
// CSV files into tables `trajecten` and `declaraties` (explicit column types,
// no type sniffing).
// kpisDuckdb(query, venster) -> the KPI object (see kpi-js.mjs for the shape),
// where query(sql) resolves to an array of plain row objects.
//
// Definitions (docs: /work/shared/spec/data-and-kpis.md, section 4; the CLI
// `jeugdmonitor kpi` is the reference):
//   Overlaps(t, W)  begindatum <= W.tot and (einddatum empty or einddatum >= W.van)
//   month m in W    first day of m >= first day of W.van's month and <= W.tot,
//                   i.e. 'YYYY-MM' between month(W.van) and month(W.tot)
//   segment         the trajectory's own segment column, else the product
//                   catalogue's segment (when one is given); else 'geen'

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function sqlTekst(s) {
  return "'" + String(s).replaceAll("'", "''") + "'";
}

export function laadSql(trajectenBestand, declaratiesBestand) {
  // Column order as in the extracts written by `jeugdmonitor demo`.
  return [
    `CREATE OR REPLACE TABLE trajecten AS SELECT * FROM read_csv(${sqlTekst(trajectenBestand)},
      header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
      dateformat = '%Y-%m-%d',
      columns = {
        'client': 'VARCHAR', 'toewijzing': 'VARCHAR', 'gemeente': 'VARCHAR',
        'aanbieder': 'VARCHAR', 'productcategorie': 'VARCHAR', 'productcode': 'VARCHAR',
        'segment': 'VARCHAR', 'verwijzer': 'VARCHAR', 'geboortejaar': 'INTEGER',
        'begindatum': 'DATE', 'einddatum': 'DATE', 'reden_beeindiging': 'VARCHAR',
        'verklarende_analyse': 'VARCHAR', 'familiegroepsplan': 'VARCHAR',
        'perspectiefplan': 'VARCHAR'
      })`,
    `CREATE OR REPLACE TABLE declaraties AS SELECT * FROM read_csv(${sqlTekst(declaratiesBestand)},
      header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
      columns = {'toewijzing': 'VARCHAR', 'maand': 'VARCHAR', 'bedrag': 'DECIMAL(18,2)'})`,
  ];
}

const centen = (x) => (x === null || x === undefined ? 0 : Math.round(Number(x) * 100) / 100);

// `catalogus` (productcode -> segment, from the region's producten.toml)
// fills an empty segment column, as the app does with its catalogue.
export async function kpisDuckdb(query, venster, catalogus = {}) {
  const { van, tot } = venster;
  if (!DATUM.test(van) || !DATUM.test(tot)) throw new Error('venster: van/tot moeten JJJJ-MM-DD zijn');
  const vanD = `DATE '${van}'`;
  const totD = `DATE '${tot}'`;
  const vanM = `'${van.slice(0, 7)}'`;
  const totM = `'${tot.slice(0, 7)}'`;
  const overlapt = `begindatum <= ${totD} AND (einddatum IS NULL OR einddatum >= ${vanD})`;

  // 1. The scalar KPIs in one pass over trajecten (+ one over declaraties).
  const [s] = await query(`
    SELECT
      CAST(count(DISTINCT client) FILTER (WHERE ${overlapt}) AS INTEGER)             AS jeugdigen,
      CAST(count(*) FILTER (WHERE begindatum BETWEEN ${vanD} AND ${totD}) AS INTEGER) AS instroom_trajecten,
      CAST(count(*) FILTER (WHERE einddatum BETWEEN ${vanD} AND ${totD}) AS INTEGER)  AS uitstroom_trajecten,
      avg(einddatum - begindatum + 1) FILTER (WHERE einddatum BETWEEN ${vanD} AND ${totD}) AS duur_gemiddeld,
      (SELECT CAST(sum(bedrag) AS DOUBLE) FROM declaraties
        WHERE maand BETWEEN ${vanM} AND ${totM})                                     AS kosten
    FROM trajecten`);

  // 2. Distinct clients per gemeente.
  const gem = await query(`
    SELECT gemeente, CAST(count(DISTINCT client) AS INTEGER) AS n
    FROM trajecten WHERE ${overlapt}
    GROUP BY gemeente ORDER BY gemeente`);

  // 3. Costs per segment of the matched declarations.
  const paren = Object.entries(catalogus).map(([code, segment]) => `(${sqlTekst(code)}, ${sqlTekst(segment)})`);
  const seg = await query(`
    WITH catalogus(productcode, segment) AS (VALUES ${paren.length ? paren.join(', ') : '(CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR))'})
    SELECT coalesce(t.segment, c.segment, 'geen') AS segment, CAST(sum(d.bedrag) AS DOUBLE) AS kosten
    FROM declaraties d JOIN trajecten t ON t.toewijzing = d.toewijzing
    LEFT JOIN catalogus c ON c.productcode = t.productcode
    WHERE d.maand BETWEEN ${vanM} AND ${totM}
    GROUP BY 1 ORDER BY 1`);

  const jeugdigen_per_gemeente = {};
  for (const r of gem) if (Number(r.n) > 0) jeugdigen_per_gemeente[r.gemeente] = Number(r.n);
  const kosten_per_segment = {};
  for (const r of seg) kosten_per_segment[r.segment] = centen(r.kosten);

  return {
    jeugdigen: Number(s.jeugdigen),
    instroom_trajecten: Number(s.instroom_trajecten),
    uitstroom_trajecten: Number(s.uitstroom_trajecten),
    duur_gemiddeld: s.duur_gemiddeld === null || s.duur_gemiddeld === undefined ? null : Number(s.duur_gemiddeld),
    jeugdigen_per_gemeente,
    kosten: centen(s.kosten),
    kosten_per_segment,
  };
}
