#!/usr/bin/env bash
# Fuzzes the streaming CSV reader for a bounded time (default 60 s):
# arbitrary bytes in arbitrary chunks must never panic and must equal the
# one-chunk result. Seeds are the test fixtures. Needs nightly (cargo-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
seconden=${1:-60}
corpus=target/fuzz-corpus/lezer
mkdir -p "$corpus"
# Each seed: a zero byte (no extra chunk cuts) followed by a fixture file.
for f in crates/core/tests/data/*.csv crates/cli/tests/data/*.csv tests/e2e/data/*.csv; do
  { printf '\000'; cat "$f"; } > "$corpus/$(basename "$f").seed"
done
# The hostile files of issue 16 (the small ones are fixtures above:
# utf16_met_bom, excel_als_csv, alleen_kop, open_aanhalingsteken). The large
# ones are written here, not committed, and in reduced form with the same
# shape: libFuzzer cuts every input to -max_len (64 KiB), so a 60 MB seed
# would only be its first 64 KiB anyway.
kop='client;toewijzing;gemeente;aanbieder;productcategorie;begindatum'
{ printf '\000%s\nK0;T0;GM0243;"Zorg open;45;01-02-2023\n' "$kop"
  awk 'BEGIN { for (i = 1; i <= 1500; i++) printf "K%d;T%d;GM0243;Zorg A;45;01-02-2023\n", i, i }'; } > "$corpus/vijandig_open_aanhalingsteken_groot.seed"
{ printf '\000%s\nK1;T1;GM0243;' "$kop"; head -c 60000 /dev/zero | tr '\0' x
  printf ';45;01-02-2023\n'; } > "$corpus/vijandig_lange_regel.seed"
{ printf '\000%s' "$kop"; seq -f ';k%g' 1 7000 | tr -d '\n'
  printf '\nK1;T1;GM0243;Zorg A;45;01-02-2023\n'; } > "$corpus/vijandig_veel_kolommen.seed"
{ printf '\000%s\nK1;T1\000\000;GM0243;Zorg A;45;01-02-2023\n\000\000\n' "$kop"; } > "$corpus/vijandig_nul.seed"
# UTF-16 LE without a BOM (the fixture has one); perl-base is in every Debian.
{ printf '\000'; perl -0777 -pe 's/(.)/$1\x00/gs' crates/cli/tests/data/voorbeeld_spec.csv; } \
  > "$corpus/vijandig_utf16_zonder_bom.seed"
printf '\000' > "$corpus/vijandig_leeg.seed"
printf '\000\357\273\277 \r\n\t\n' > "$corpus/vijandig_bom_en_witruimte.seed"
cd fuzz
cargo +nightly fuzz run lezer "../$corpus" -- -max_total_time="$seconden" -max_len=65536 2>&1 | tail -n 5
