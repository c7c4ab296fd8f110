#!/usr/bin/env bash
# Checks every chart of an `egov run` (its executed notebooks' application/vnd.plotly.v1+json outputs) the way VS Code's
# renderer draws it: plotly.js's Plotly.newPlot(data, layout, config) in headless Chromium with the network blocked, fed
# the figure JSON alone (no geometry, no page script), and then the drawn chart's legibility (scripts/check-charts.js:
# no two labels overlapping or closer than 2 px on one line, none outside the image or below 8 px, index axes within 0-1,
# no rank 0, no data label on another point's marker). Prints one line per chart with its size; exits 1 on any problem.
#   scripts/check-charts.sh artifacts/report            (a folder of executed .ipynb, or of figure .json files)
#   PLOTLY_JS=path/plotly.min.js                       (default: plotly.js-dist-min 2.35.3 from npm, as VS Code ships a
#                                                       plotly.js of its own; cached in artifacts/plotly-js)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
folder=$(realpath "${1:-artifacts/report}")
[ -d "$folder" ] || { echo "check-charts: $folder is not a folder" >&2; exit 2; }
chromium=${EGOV_CHROMIUM:-$(command -v chromium || true)}
[ -n "$chromium" ] || { echo "check-charts: chromium not found (apt-get install chromium)" >&2; exit 2; }
plotly=${PLOTLY_JS:-}
if [ -z "$plotly" ]; then
  cache="$here/artifacts/plotly-js"
  plotly="$cache/package/plotly.min.js"
  if [ ! -f "$plotly" ]; then
    command -v npm >/dev/null || { echo "check-charts: set PLOTLY_JS or install npm (npm pack plotly.js-dist-min@2.35.3)" >&2; exit 2; }
    mkdir -p "$cache" && (cd "$cache" && npm pack --silent plotly.js-dist-min@2.35.3 >/dev/null && tar xzf plotly.js-dist-min-2.35.3.tgz)
  fi
fi
[ -f "$plotly" ] || { echo "check-charts: no plotly.js at $plotly" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$plotly" "$work/plotly.min.js"
cp "$here/scripts/check-charts.js" "$work/check-charts.js"
python3 - "$folder" "$work/figures.js" <<'PY'
import glob, json, os, sys
folder, out = sys.argv[1], sys.argv[2]
figures = []
for path in sorted(glob.glob(os.path.join(folder, "*.ipynb"))):
    nb = json.load(open(path, encoding="utf-8"))
    code = 0
    for cell in nb["cells"]:
        if cell["cell_type"] != "code": continue
        code += 1
        n = 0
        for o in cell.get("outputs", []):
            value = o.get("data", {}).get("application/vnd.plotly.v1+json")
            if value is None: continue
            n += 1
            figure = json.loads(value) if isinstance(value, str) else value
            figures.append({"name": f"{os.path.basename(path)[:-6]}-{code:02d}-{n}", "figure": figure})
for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
    figure = json.load(open(path, encoding="utf-8"))
    if isinstance(figure, dict) and isinstance(figure.get("data"), list):
        figures.append({"name": os.path.basename(path)[:-5], "figure": figure})
# Only the figure: VS Code's renderer gets the output's JSON and nothing else from the notebook.
with open(out, "w", encoding="utf-8") as f:
    f.write("window.EGOV_FIGURES = " + json.dumps(figures, ensure_ascii=False).replace("</", "<\\/") + ";\n")
print(len(figures))
PY
cat > "$work/index.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><script src="plotly.min.js"></script><script src="figures.js"></script>
<script src="check-charts.js"></script></head><body><pre id="results"></pre></body></html>
HTML
dom=$(timeout 600 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --disable-quic --user-data-dir="$work/profile" --proxy-server=127.0.0.1:9 \
  --host-resolver-rules="MAP * ~NOTFOUND" --allow-file-access-from-files --window-size=1400,1000 \
  --virtual-time-budget=300000 --dump-dom "file://$work/index.html" 2>/dev/null || true)
python3 - "$dom" <<'PY'
import html, json, re, sys
m = re.search(r'<pre id="results">(.*?)</pre>', sys.argv[1], re.S)
text = html.unescape(m.group(1)) if m else ""
lines = [l for l in text.splitlines() if l.strip()]
if "DONE" not in lines:
    print("check-charts: the check did not finish: " + (lines[-1] if lines else "no output"), file=sys.stderr); sys.exit(1)
failed = 0; charts = 0
for line in lines:
    if not line.startswith("{"): continue
    r = json.loads(line); charts += 1
    extra = f", {r['countries']} countries" if "countries" in r else ""
    status = "ok" if not r["problems"] else f"{len(r['problems'])} problem(s)"
    print(f"check-charts: {r['name']}: {r['bytes'] / 1024:.0f} KB{extra}: {status}")
    for p in r["problems"][:12]:
        print(f"    {p['rule']}: {p['detail']}")
    failed += bool(r["problems"])
print(f"check-charts: {charts} charts drawn from their JSON alone with the network blocked, {failed} with problems")
sys.exit(1 if failed or charts == 0 else 0)
PY
