#!/usr/bin/env bash
# Checks that notebooks executed by Jupyter with the project's kernel draw their charts with no network: no output
# refers to a CDN, and nbconvert's HTML of each notebook draws every chart in headless Chromium with the network blocked.
#   scripts/check-jupyter-offline.sh artifacts/jupyter/03-regional-disparities.ipynb [more.ipynb ...]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 EXECUTED.ipynb..." >&2; exit 2; }
chromium=${EGOV_CHROMIUM:-$(command -v chromium || true)}
[ -n "$chromium" ] || { echo "check-jupyter-offline: chromium not found (apt-get install chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for nb in "$@"; do
  # Every URL in the outputs (not in the code or the prose): none may point at a CDN or any other server.
  urls=$(python3 - "$nb" <<'PY'
import json, re, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
text = json.dumps([c.get("outputs", []) for c in nb["cells"] if c["cell_type"] == "code"])
# What a page would load: script and image sources, and require.js paths (how Plotly.NET.Interactive loaded plotly.js).
# The inlined plotly.js mentions URLs in its own code (attributions, a default topojson URL it never uses when the
# geometry is supplied); those are text, not requests.
loads = re.findall(r"src=\\*[\"'](https?://[^\"' \\<>]+)", text) + re.findall(r"paths\s*:\s*\{[^}]*?(https?://[^\"' \\<>]+)", text)
print("\n".join(sorted(set(loads))))
PY
)
  charts=$(python3 -c 'import json,sys; nb=json.load(open(sys.argv[1])); print(sum(1 for c in nb["cells"] for o in c.get("outputs",[]) if "application/vnd.plotly.v1+json" in o.get("data",{})))' "$nb")
  jupyter nbconvert --to html "$nb" --output-dir "$work" >/dev/null 2>&1
  html="$work/$(basename "${nb%.ipynb}").html"
  dom=$(timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --user-data-dir="$work/profile" --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND" \
    --virtual-time-budget=60000 --dump-dom "file://$html" 2>/dev/null)
  drawn=$({ grep -o 'class="[^"]*js-plotly-plot[^"]*"' || true; } <<<"$dom" | wc -l)
  countries=$({ grep -o 'choroplethlocation' || true; } <<<"$dom" | wc -l)
  echo "check-jupyter-offline: $(basename "$nb"): $charts chart outputs, $drawn drawn offline ($countries map countries); network URLs in outputs: ${urls:-none}"
  if [ -n "$urls" ] || [ "$charts" -eq 0 ] || [ "$drawn" -ne "$charts" ]; then failed=1; fi
done
exit $failed
