#!/usr/bin/env bash
# Checks that every chart of an `egov run` report draws in headless Chromium with the network blocked.
#   scripts/check-report.sh artifacts/report/index.html
set -euo pipefail
report=$(realpath "${1:-artifacts/report/index.html}")
chromium=${EGOV_CHROMIUM:-$(command -v chromium || true)}
[ -n "$chromium" ] || { echo "check-report: chromium not found (apt-get install chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
dom=$(timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --disable-quic --user-data-dir="$profile" --proxy-server=127.0.0.1:9 \
  --host-resolver-rules="MAP * ~NOTFOUND" --virtual-time-budget=60000 --dump-dom "file://$report" 2>/dev/null)
# Charts in the report: each Plotly.NET or XPlot output calls Plotly.newPlot once (after the inlined plotly.js in <head>).
expected=$(sed -n '/<\/head>/,$p' "$report" | { grep -o 'Plotly\.newPlot(' || true; } | wc -l)
drawn=$({ grep -o 'class="[^"]*js-plotly-plot[^"]*"' || true; } <<<"$dom" | wc -l)
svgs=$({ grep -o 'class="main-svg"' || true; } <<<"$dom" | wc -l)
maps=$(sed -n '/<\/head>/,$p' "$report" | { grep -o '"locationmode":"ISO-3"' || true; } | wc -l)
countries=$({ grep -o 'choroplethlocation' || true; } <<<"$dom" | wc -l)
echo "check-report: $drawn of $expected charts drew ($svgs plot layers); $maps map(s), $countries countries drawn"
[ "$expected" -gt 0 ] && [ "$drawn" -eq "$expected" ] && [ "$svgs" -ge "$expected" ] || { echo "check-report: charts did not all draw" >&2; exit 1; }
[ "$maps" -eq 0 ] || [ "$countries" -ge $((maps * 150)) ] || { echo "check-report: a world map drew without its countries" >&2; exit 1; }
