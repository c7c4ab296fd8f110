#!/usr/bin/env bash
# The cost of the static chart images and of the PDF in `egov run` (docs/performance.md, "Static images and PDF").
# Runs the collection N times with images and N times without (no Chromium: EGOV_CHROMIUM points nowhere), interleaved,
# then once with --pdf; prints the medians and the share of the run the images take. Needs a Release build and Chromium.
#   bench/images.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3}
egov() { dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll "$@"; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seconds() { python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); i=s.get("staticImages") or {}; print(s["seconds"], i.get("seconds",0), i.get("charts",0), i.get("images",0))' "$1/run-summary.json"; }
with=(); without=(); step=()
for i in $(seq "$n"); do
  start=$(date +%s.%N); egov run --force --out "$out/img" >/dev/null; end=$(date +%s.%N)
  read -r _ img charts images < <(seconds "$out/img")
  with+=("$(echo "$end - $start" | bc)"); step+=("$img")
  start=$(date +%s.%N); EGOV_CHROMIUM=/nonexistent/chromium egov run --force --out "$out/noimg" >/dev/null; end=$(date +%s.%N)
  without+=("$(echo "$end - $start" | bc)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
start=$(date +%s.%N); egov run --force --out "$out/pdf" --pdf > "$out/pdf.log"; end=$(date +%s.%N)
pdf=$(grep -o 'PDF: .*(\([0-9.]*\) s)' "$out/pdf.log" | grep -o '([0-9.]* s)' | tr -d '(s )')
mw=$(median "${with[@]}"); mo=$(median "${without[@]}"); ms=$(median "${step[@]}")
echo "charts: $charts, images: $images"
echo "full run with images:    median ${mw} s  (${with[*]})"
echo "full run without images: median ${mo} s  (${without[*]})"
echo "image step (in the run): median ${ms} s, $(echo "scale=3; $ms / $charts" | bc) s per chart  (${step[*]})"
echo "images' share of the run: $(echo "scale=1; 100 * $ms / ($mw - $ms)" | bc) % of the run without them (goal: at most 25 %)"
echo "PDF (print.html -> report.pdf): ${pdf} s, $(stat -c %s "$out/pdf/report.pdf") bytes"
echo "load: $(uptime | sed 's/.*load average: //')"
