"""The SQL of docs/schaal.md, run with DuckDB on `jeugdmonitor exporteer
--parquet`, must give what `jeugdmonitor kpi` gives.

Usage: python3 tests/duckdb/kpi_sql.py JEUGDMONITOR WERKMAP
       python3 tests/duckdb/kpi_sql.py --meet PARQUETMAP VAN TOT   (timings only)

For the bundled demo data and for a small reference set (made with `demo
--schaal referentie`), and for several windows, every `-- kpi: ID` block of
docs/schaal.md must equal the KPI `ID` of `kpi --k 1`, and the
`-- per gemeente` block must equal `kpi --per gemeente --k 1` for every
municipality. Prints one line per check in TAP style (`ok N`, `not ok N`)
and `# pass N` / `# fail N`, which scripts/test.sh counts.
"""

import json
import re
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]

# (window option, van, tot)
VENSTERS_DEMO = [
    (["--jaar", "2023"], date(2023, 1, 1), date(2023, 12, 31)),
    (["--kwartaal", "2024-Q2"], date(2024, 4, 1), date(2024, 6, 30)),
    (["--maand", "2022-02"], date(2022, 2, 1), date(2022, 2, 28)),
    (["--van", "2021-03-15", "--tot", "2022-08-10"], date(2021, 3, 15), date(2022, 8, 10)),
]
VENSTERS_REFERENTIE = [
    (["--jaar", "2023"], date(2023, 1, 1), date(2023, 12, 31)),
    (["--halfjaar", "2022-H2"], date(2022, 7, 1), date(2022, 12, 31)),
]
PER_GEMEENTE = ["jeugdigen", "instroom_trajecten", "instroom_jeugdigen", "uitstroom_trajecten", "kosten"]

teller = {"pass": 0, "fail": 0}


def meld(goed, tekst):
    n = teller["pass"] + teller["fail"] + 1
    teller["pass" if goed else "fail"] += 1
    print(f"{'ok' if goed else 'not ok'} {n} - {tekst}", flush=True)


def blokken():
    """The sql blocks of docs/schaal.md by their first comment line."""
    tekst = (ROOT / "docs" / "schaal.md").read_text(encoding="utf-8")
    uit = {}
    for blok in re.findall(r"```sql\n(.*?)```", tekst, re.S):
        eerste = blok.splitlines()[0].strip()
        assert eerste.startswith("-- "), f"a sql block without a name: {eerste}"
        uit[eerste[3:].strip()] = blok
    return uit


def gelijk(sql, cli):
    """Numbers compare by value: exact for counts and money, and within
    rounding (half a unit of the last decimal) for 1-decimal figures, since
    the engines round binary doubles and the CLI rounds exact ratios."""
    if cli is None:
        return sql is None
    if sql is None:
        return False
    if isinstance(sql, Decimal) and isinstance(cli, (Decimal, int)):
        # Money: DECIMAL(18,2) in SQL and cents in the CLI's JSON, exact.
        return sql == cli
    if isinstance(cli, int) and isinstance(sql, (int, float)) and float(sql).is_integer():
        return int(sql) == cli
    return abs(float(sql) - float(cli)) <= 0.05 + 1e-9


def jm(binair, *args):
    r = subprocess.run([binair, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"jeugdmonitor {' '.join(args)} failed ({r.returncode}): {r.stderr}")
    return json.loads(r.stdout, parse_float=Decimal)


def controleer(binair, naam, bestanden, inhoud, vensters, werk):
    parquet = werk / f"parquet-{naam}"
    subprocess.run(
        [binair, "exporteer", "--parquet", str(parquet), *inhoud, "--stil", *map(str, bestanden)],
        check=True,
        capture_output=True,
    )
    sql = blokken()
    con = duckdb.connect()
    con.execute(sql["opzet"].replace("MAP", str(parquet)))
    for opties, van, tot in vensters:
        venster = sql["venster"]
        waarden = {
            "van": van,
            "tot": tot,
            "dag_na": tot + timedelta(days=1),
            "eerste_maand": van.replace(day=1),
        }
        for kolom, d in waarden.items():
            venster = re.sub(rf"DATE '[0-9-]+' AS {kolom}\b", f"DATE '{d.isoformat()}' AS {kolom}", venster)
        con.execute("DROP VIEW IF EXISTS venster")
        con.execute(venster)
        cli = jm(binair, "kpi", *opties, "--k", "1", *inhoud, *map(str, bestanden))
        for titel, blok in sql.items():
            if not titel.startswith("kpi: "):
                continue
            kpi = titel[5:]
            waarde = con.execute(blok).fetchone()[0]
            meld(gelijk(waarde, cli[kpi]), f"{naam} {' '.join(opties)} {kpi}: SQL {waarde}, CLI {cli[kpi]}")
        per = jm(binair, "kpi", "--per", "gemeente", *opties, "--k", "1", *inhoud, *map(str, bestanden))
        rijen = con.execute(sql["per gemeente"]).fetchall()
        kolommen = [d[0] for d in con.description]
        uit_sql = {r[0]: dict(zip(kolommen[1:], r[1:])) for r in rijen}
        fouten = []
        for groep in per["groepen"]:
            s = uit_sql.get(groep["groep"], {})
            for kpi in PER_GEMEENTE:
                w = s.get(kpi, 0)
                if not gelijk(w, groep["kpi"][kpi]):
                    fouten.append(f"{groep['groep']} {kpi}: SQL {w}, CLI {groep['kpi'][kpi]}")
        zonder_groep = set(uit_sql) - {g["groep"] for g in per["groepen"]}
        if zonder_groep:
            fouten.append(f"in SQL but not in kpi --per: {sorted(zonder_groep)}")
        meld(
            not fouten and len(per["groepen"]) > 1,
            f"{naam} {' '.join(opties)} per gemeente ({len(per['groepen'])} gemeenten): {'; '.join(fouten[:5])}",
        )


def meet(parquet, van, tot):
    """`--meet MAP VAN TOT`: runs every block once on an existing export and
    prints the seconds per block and in total (the timings of
    docs/schaal.md)."""
    import time

    sql = blokken()
    con = duckdb.connect()
    begin = time.perf_counter()
    con.execute(sql["opzet"].replace("MAP", str(parquet)))
    van, tot = date.fromisoformat(van), date.fromisoformat(tot)
    venster = sql["venster"]
    for kolom, d in {"van": van, "tot": tot, "dag_na": tot + timedelta(days=1), "eerste_maand": van.replace(day=1)}.items():
        venster = re.sub(rf"DATE '[0-9-]+' AS {kolom}\b", f"DATE '{d.isoformat()}' AS {kolom}", venster)
    con.execute(venster)
    for titel, blok in sql.items():
        if titel in ("opzet", "venster"):
            continue
        t = time.perf_counter()
        rijen = con.execute(blok).fetchall()
        waarde = rijen[0][0] if len(rijen) == 1 else f"{len(rijen)} rijen"
        print(f"{time.perf_counter() - t:8.3f} s  {titel}: {waarde}")
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    print(f"{time.perf_counter() - begin:8.3f} s  totaal (DuckDB {duckdb.__version__}, {threads} threads)")


def main():
    if sys.argv[1] == "--meet":
        meet(*sys.argv[2:5])
        return
    binair, werk = sys.argv[1], Path(sys.argv[2])
    werk.mkdir(parents=True, exist_ok=True)
    demo = sorted((ROOT / "public" / "demo").glob("*.csv"))
    controleer(binair, "demo", demo, ["--inhoud", str(ROOT / "public" / "content")], VENSTERS_DEMO, werk)
    referentie = werk / "referentie"
    subprocess.run(
        [binair, "demo", "--schaal", "referentie", "--trajecten", "20000", "--uit", str(referentie)],
        check=True,
        capture_output=True,
    )
    bestanden = [referentie / f"{n}.csv" for n in ("trajecten", "declaraties", "bevolking")]
    controleer(binair, "referentie", bestanden, [], VENSTERS_REFERENTIE, werk)
    print(f"# pass {teller['pass']}")
    print(f"# fail {teller['fail']}")
    sys.exit(1 if teller["fail"] else 0)


if __name__ == "__main__":
    main()
