// Peer 2: Papa Parse rows + a plain JavaScript reducer.
//
// kpisUitRijen(trajecten, declaraties, venster) takes the row objects Papa Parse
// returns with PAPA_OPTIES (all values strings) and returns
//   { jeugdigen, instroom_trajecten, uitstroom_trajecten, duur_gemiddeld,
//     jeugdigen_per_gemeente, kosten, kosten_per_segment }
// Definitions: see kpi-sql.mjs (same rules). Dates are ISO strings, so they
// compare correctly as strings; day differences are computed in UTC.

export const PAPA_OPTIES = { header: true, skipEmptyLines: true };

const DAG_MS = 24 * 60 * 60 * 1000;

function dagnummer(iso) {
  const [j, m, d] = iso.split('-').map(Number);
  return Date.UTC(j, m - 1, d) / DAG_MS;
}

// `catalogus` (productcode -> segment) fills an empty segment column, as
// the app does with the region's producten.toml.
export function kpisUitRijen(trajecten, declaraties, venster, catalogus = {}) {
  const { van, tot } = venster;
  const vanMaand = van.slice(0, 7);
  const totMaand = tot.slice(0, 7);

  const clienten = new Set();
  const clientenPerGemeente = new Map();
  const segmentVan = new Map(); // toewijzing -> segment
  let instroom = 0;
  let uitstroom = 0;
  let duurSom = 0;

  for (const t of trajecten) {
    if (segmentVan.has(t.toewijzing)) continue; // duplicate toewijzing: first row wins
    segmentVan.set(t.toewijzing, t.segment || catalogus[t.productcode] || 'geen');

    const begin = t.begindatum;
    const eind = t.einddatum || '';

    if (begin <= tot && (eind === '' || eind >= van)) {
      clienten.add(t.client);
      let set = clientenPerGemeente.get(t.gemeente);
      if (!set) clientenPerGemeente.set(t.gemeente, (set = new Set()));
      set.add(t.client);
    }
    if (begin >= van && begin <= tot) instroom++;
    if (eind !== '' && eind >= van && eind <= tot) {
      uitstroom++;
      duurSom += dagnummer(eind) - dagnummer(begin) + 1;
    }
  }

  // Money in whole cents (integers) so the sum is exact.
  let kostenCent = 0;
  const segmentCent = new Map();
  for (const d of declaraties) {
    const maand = d.maand.slice(0, 7);
    if (maand < vanMaand || maand > totMaand) continue;
    const cent = Math.round(parseFloat(d.bedrag) * 100);
    kostenCent += cent;
    const segment = segmentVan.get(d.toewijzing);
    if (segment !== undefined) segmentCent.set(segment, (segmentCent.get(segment) || 0) + cent);
  }

  const jeugdigen_per_gemeente = {};
  const opSleutel = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  for (const [gemeente, set] of [...clientenPerGemeente].sort(opSleutel)) jeugdigen_per_gemeente[gemeente] = set.size;
  const kosten_per_segment = {};
  for (const [segment, cent] of [...segmentCent].sort(opSleutel)) kosten_per_segment[segment] = cent / 100;

  return {
    jeugdigen: clienten.size,
    instroom_trajecten: instroom,
    uitstroom_trajecten: uitstroom,
    duur_gemiddeld: uitstroom > 0 ? duurSom / uitstroom : null,
    jeugdigen_per_gemeente,
    kosten: kostenCent / 100,
    kosten_per_segment,
  };
}
