#!/usr/bin/env bash
# Opens every CSV export in LibreOffice Calc, as a user would open a
# download, with formula evaluation switched on, and checks that no cell
# became a formula and that negative amounts are numbers.
#
# The exports are made from a data set whose provider names, codes, goal
# titles and amounts are formulas (crates/core/tests/formules.rs and the
# CLI's csv test write them to target/tmp/: the KPI table, every breakdown,
# the CBS comparison, rejected rows, the goals, and the CLI's kpi, kpi --per,
# verloop and doelen tables). Each CSV is converted to .xlsx and that
# .xlsx back to flat OpenDocument XML (.fods), where a formula cell carries
# a table:formula attribute. A control file with one bare =1+1 must come out
# as a formula, so the check is shown able to fail.
set -uo pipefail
cd "$(dirname "$0")/.."

command -v soffice >/dev/null || { echo "soffice ontbreekt: installeer libreoffice-calc (scripts/test.sh doet dat)" >&2; exit 1; }

doel=${CARGO_TARGET_DIR:-target}
werk=$doel/spreadsheet-controle
rm -rf "$werk"
mkdir -p "$werk"
# The tests that write the exports run in layer 1 too; their output is kept
# out of this layer's count and shown only when they fail.
for t in "-p jeugdmonitor-core --test formules" "-p jeugdmonitor --test cli csv::no_cell_starts_a_formula"; do
  # shellcheck disable=SC2086
  cargo test --quiet --locked $t >"$werk/cargo.log" 2>&1 || { cat "$werk/cargo.log"; exit 1; }
done

mkdir -p "$werk/csv" "$werk/xlsx" "$werk/fods"
cp "$doel"/tmp/formule-exports/*.csv "$werk/csv/"
for f in "$doel"/tmp/cli-formules/uit/*.csv; do cp "$f" "$werk/csv/cli-$(basename "$f")"; done
printf '\xef\xbb\xbfnaam;bedrag\r\n=1+1;5\r\n' >"$werk/csv/controle.csv"

# CSV import options: ';' separator, '"' quotes, UTF-8, from line 1, Dutch
# number format (1043), quoted fields not forced to text, special numbers
# detected, and the last token: evaluate formulas (the riskiest setting).
filter='CSV:59,34,76,1,,1043,false,true,false,false,false,-1,true'
# A profile of its own, so a desktop LibreOffice of the user is not touched.
profiel="-env:UserInstallation=file://$(realpath "$werk")/profiel"
soffice "$profiel" --headless --norestore --infilter="$filter" --convert-to xlsx --outdir "$werk/xlsx" "$werk"/csv/*.csv >/dev/null 2>&1
soffice "$profiel" --headless --norestore --convert-to fods --outdir "$werk/fods" "$werk"/xlsx/*.xlsx >/dev/null 2>&1

pass=0
fail=0
for csv in "$werk"/csv/*.csv; do
  naam=$(basename "$csv" .csv)
  fods="$werk/fods/$naam.fods"
  if [ ! -s "$fods" ]; then
    echo "not ok - $naam: LibreOffice maakte er geen werkblad van"; fail=$((fail + 1)); continue
  fi
  formules=$(grep -o 'table:formula="[^"]*"' "$fods" | wc -l)
  if [ "$naam" = controle ]; then
    if [ "$formules" -ge 1 ]; then
      echo "ok - controle: de kale =1+1 werd een formule, de controle kan dus falen"; pass=$((pass + 1))
    else
      echo "not ok - controle: LibreOffice rekende de kale =1+1 niet uit; de controle bewijst zo niets"; fail=$((fail + 1))
    fi
  elif [ "$formules" -eq 0 ]; then
    echo "ok - $naam: geen formulecel"; pass=$((pass + 1))
  else
    echo "not ok - $naam: $formules formulecel(len):"; grep -o 'table:formula="[^"]*"' "$fods" | head -3
    fail=$((fail + 1))
  fi
done
# The CLI table's kosten (-1 134,50) must be a number, not text.
if grep -q 'office:value-type="float" office:value="-1134.5"' "$werk/fods/cli-kpi.fods"; then
  echo "ok - cli-kpi: het negatieve bedrag -1134,50 is een getal"; pass=$((pass + 1))
else
  echo "not ok - cli-kpi: het negatieve bedrag -1134,50 is geen getal"; fail=$((fail + 1))
fi
echo "# pass $pass"
echo "# fail $fail"
[ "$fail" -eq 0 ]
