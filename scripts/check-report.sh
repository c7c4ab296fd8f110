#!/usr/bin/env bash
# Checks that every chart of an `egov run` report draws in headless Chromium with the network blocked: every notebook
# page and print.html (the one-page version the PDF is printed from).
#   scripts/check-report.sh artifacts/report        (the folder, or its index.html)
set -euo pipefail
target=$(realpath "${1:-artifacts/report}")
[ -d "$target" ] && folder=$target || folder=$(dirname "$target")
[ -f "$folder/index.html" ] || { echo "check-report: no index.html in $folder" >&2; exit 2; }
chromium=${EGOV_CHROMIUM:-$(command -v chromium || true)}
[ -n "$chromium" ] || { echo "check-report: chromium not found (apt-get install chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# What a page would load (scripts, images, style sheets); links the reader may follow are fine.
loads='(<script[^>]* src|<img[^>]* src|<link[^>]* href|<iframe[^>]* src)="https?://'
if grep -l -E "$loads" "$folder"/*.html >/dev/null; then
  echo "check-report: a page loads something from the network:" >&2; grep -o -E "$loads"'[^"]*' "$folder"/*.html | head >&2; exit 1
fi
failed=0; pages=0; total=0
for page in "$folder"/*.html; do
  [ "$(basename "$page")" = index.html ] && continue
  pages=$((pages + 1))
  dom=$(timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --disable-quic --user-data-dir="$profile" --proxy-server=127.0.0.1:9 \
    --host-resolver-rules="MAP * ~NOTFOUND" --allow-file-access-from-files --virtual-time-budget=60000 --dump-dom "file://$page" 2>/dev/null)
  # Each chart output calls Plotly.newPlot once; plotly.js marks each drawn chart's div js-plotly-plot.
  expected=$({ grep -o 'Plotly\.newPlot(' "$page" || true; } | wc -l)
  drawn=$({ grep -o 'class="[^"]*js-plotly-plot[^"]*"' || true; } <<<"$dom" | wc -l)
  maps=$({ grep -o -E '"locationmode":"(ISO-3|geojson-id)"' "$page" || true; } | wc -l)
  countries=$({ grep -o 'choroplethlocation' || true; } <<<"$dom" | wc -l)
  total=$((total + expected))
  status=ok
  if [ "$drawn" -ne "$expected" ]; then status="charts did not all draw"; fi
  if [ "$maps" -gt 0 ] && [ "$countries" -lt $((maps * 150)) ]; then status="a world map drew without its countries"; fi
  echo "check-report: $(basename "$page"): $drawn of $expected charts drew; $maps map(s), $countries countries drawn: $status"
  [ "$status" = ok ] || failed=1
done
echo "check-report: $pages pages, $total charts"
[ "$total" -gt 0 ] || { echo "check-report: no charts at all" >&2; exit 1; }
exit $failed
