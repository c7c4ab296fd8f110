#!/usr/bin/env bash
# Rebuilds data/ from the UN exports in ../shared/data/raw with the project's own importer.
#   scripts/rebuild-data.sh          rebuild data/ in place
#   scripts/rebuild-data.sh --check  rebuild into a temporary folder and fail unless it is byte-identical to data/
#   (EGOV_CONFIGURATION=Debug uses the Debug build; EGOV_RAW=<folder> reads the raw exports from elsewhere)
# The inputs and their order are the derivation recorded in data/README.md: the first UN export of an edition is taken,
# every other file holding that edition is cross-checked value by value, and the other files contribute name spellings.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
raw=${EGOV_RAW:-$here/../shared/data/raw}
[ -d "$raw" ] || { echo "rebuild-data: $raw not found (set EGOV_RAW)" >&2; exit 2; }

inputs=(
  "$raw"/sevenchrisk-text-mining-week1/EGOV_DATA_20*.csv        # primary: UN exports 2003-2022
  "$raw"/lazarodamasceno-dissertacao/eda-egdi/EGOV_DATA_20*.csv # second download 2003-2022 (checked) and 2024 (primary)
  "$raw"/pluralitybook-plurality/EGOV_DATA_2022.csv             # 2022 again, CRLF (checked)
  "$raw"/sevenchrisk-text-mining-week1/EGOV_WITH_REGIONS_DATA_2022.csv # 2022, 4 decimals, hand-made Region ignored (checked)
  "$raw"/egovspace-un-egov-ranking/EGOV_DATA_2018.csv           # 2018, 4 decimals, edited names (checked, names linked)
  "$raw"/unu-egov-datasets/egdi/egdi-20*.csv                    # UNU-EGOV 2010-2018 with ISO3 (checked, names)
  "$raw"/unu-egov-datasets/countries/countries-data.csv         # the countries table (2018 classification)
  "$raw"/unu-egov-datasets/countries/countries-data_EN.csv      # common and official names
  "$raw"/lazarodamasceno-dissertacao/UN_EGDI/UN_EGDI_*_WIDEF.csv # Data360 names with ISO3
  "$raw"/unsd-m49/UNSD-en.csv                                   # UN M49: codes, LDC/LLDC/SIDS flags (English names)
  "$raw"/unsd-m49/UNSD-cn.csv                                   # UN M49: the Chinese names of regions and sub-regions
)

config=${EGOV_CONFIGURATION:-Release} # EGOV_CONFIGURATION=Debug skips the Release build's ReadyToRun publish
dotnet build "$here/lib/EGov.Cli" -c "$config" -v quiet -nologo >/dev/null
egov=(dotnet "$here/lib/EGov.Cli/bin/$config/net10.0/EGov.Cli.dll")

if [ "${1:-}" = "--check" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  "${egov[@]}" import --from-scratch "${inputs[@]}" --out "$out" >"$out/import.log" 2>&1 || { cat "$out/import.log" >&2; exit 1; }
  status=0
  for f in egdi.csv countries.csv country-aliases.csv quality-flags.csv datapackage.json; do
    if cmp -s "$out/$f" "$here/data/$f"; then echo "identical: data/$f"
    else echo "DIFFERS:   data/$f (rebuilt from $raw)" >&2; diff <(head -c 200000 "$here/data/$f") <(head -c 200000 "$out/$f") | head -20 >&2; status=1; fi
  done
  exit $status
fi
"${egov[@]}" import --from-scratch "${inputs[@]}" --out "$here/data"
