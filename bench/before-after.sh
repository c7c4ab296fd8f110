#!/usr/bin/env bash
# Issue 22, before and after in one run of one script: a clone of BEFORE (default a0f1d22) and this checkout, built side
# by side and measured alternately, so both see the same load (the load average is printed beside each figure):
#   1. per-chart display time: every chart the library makes (bench/EGov.Benchmarks `charts`, the same program source
#      built against each side's library), formatted as a notebook displays it; wall median and process CPU per chart;
#   2. worker memory per notebook: `egov run --parallel 1` with EGOV_RUN_PHASES=1 (each notebook's garbage collected,
#      compacting) over the collection, then the same collection again in the same worker (the notebooks listed twice);
#   3. executed notebook sizes (bytes of each .ipynb that egov run wrote);
#   4. bench/run.sh's egov rows: the collection warm (`--force`) serial and with --parallel 2, wall and CPU time
#      (user + sys of the whole tree), peak memory; median of RUNS (default 3) after one cold run; outputs compared.
#   bench/before-after.sh [BEFORE]        (RUNS=3; SKIP_RUNS=1 skips part 4)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
before=${1:-a0f1d22}
runs=${RUNS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
quiet() { "$@" >"$out/log" 2>&1 || { tail -30 "$out/log" >&2; echo "failed: $*" >&2; exit 1; }; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== building $before in a clone, and this checkout (Release; the chart benchmark's source is this checkout's)" >&2
git clone -q --no-local "$here" "$out/before" && git -C "$out/before" checkout -q "$(git -C "$here" rev-parse "$before")"
cp "$here"/bench/EGov.Benchmarks/{Program.cs,ChartCatalog.cs,ChartDisplay.cs} "$out/before/bench/EGov.Benchmarks/"
for side in "$out/before" "$here"; do
  quiet dotnet build "$side/lib/EGov.Cli" -c Release -p:UseSharedCompilation=false
  quiet dotnet build "$side/bench/EGov.Benchmarks" -c Release -p:UseSharedCompilation=false
  # The precompiled worker copy, made now so that no measured run competes with its background build.
  (cd "$side" && quiet dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll run-notebooks --precompile)
done
declare -A root=([before]="$out/before" [after]="$here")
egov() { dotnet "${root[$1]}/lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll" "${@:2}"; }

echo
echo "Issue 22 before ($(git -C "$here" log -1 --format=%h "$before")) and after ($(git -C "$here" log -1 --format=%h)$(git -C "$here" diff --quiet || echo ', with uncommitted changes')); $(nproc) cores"

echo
echo "1. Chart display (every SurveyCharts chart, made anew for each display, formatted in every preferred MIME type)"
for side in before after; do
  dotnet "${root[$side]}/bench/EGov.Benchmarks/bin/Release/net10.0/EGov.Benchmarks.dll" charts 5 > "$out/charts-$side"
  echo "  $side: $(grep '^RESULT' "$out/charts-$side" | cut -d' ' -f2-) (load $(load))"
done
echo "  per chart: display wall ms (median) / CPU ms / figure JSON alone ms, before -> after:"
# Joined by the chart method's signature (a chart only one side has shows "-" on the other).
awk '/^[A-Z][A-Za-z]+\(/ { key = substr($0, 1, index($0, ")")); n = split($0, f, " +");
       if (!(key in seen)) { seen[key] = 1; order[++count] = key }
       value[FILENAME == ARGV[1] ? "b" : "a", key] = sprintf("%6s / %-6s / %-6s", f[n-3], f[n-2], f[n]) }
     END { for (i = 1; i <= count; i++) { k = order[i]; b = value["b", k]; a = value["a", k]
       printf "  %-58s %s -> %s\n", k, (b == "" ? "     -" : b), (a == "" ? "     -" : a) } }' "$out/charts-before" "$out/charts-after"

echo
echo "2. Worker memory per notebook (one worker, --parallel 1, the collection twice; managed heap after a compacting GC)"
collection=("$here"/notebooks/[0-9][0-9]-*.ipynb)
for side in before after; do
  mkdir -p "$out/twice-$side" && cp -r "${root[$side]}/notebooks" "$out/twice-$side/" && ln -s "${root[$side]}/lib" "$out/twice-$side/lib"
  for nb in "$out/twice-$side"/notebooks/[0-9][0-9]-*.ipynb; do cp "$nb" "${nb%/*}/again-${nb##*/}"; done
  (cd "$out/twice-$side/notebooks" && EGOV_RUN_PHASES=1 EGOV_CHROMIUM=/nonexistent egov "$side" run --force --parallel 1 \
    --cache-dir "$out/cache-$side" --out "$out/memory-$side" [0-9]*.ipynb again-*.ipynb > /dev/null 2> "$out/memory-$side.log") || true
  echo "  $side (load $(load)): managed MB after each notebook:" \
    "$(grep -o 'managed [0-9]* MB' "$out/memory-$side.log" | awk '{printf "%s ", $2}')"
  echo "    resident MB: $(grep -o 'resident [0-9]* MB' "$out/memory-$side.log" | awk '{printf "%s ", $2}')"
done

echo
echo "3. Executed notebook sizes (bytes, egov run, images off)"
for nb in "${collection[@]}"; do
  name=${nb##*/}
  printf '  %-36s %10s -> %10s\n' "$name" "$(stat -c %s "$out/memory-before/$name" 2>/dev/null || echo -)" "$(stat -c %s "$out/memory-after/$name" 2>/dev/null || echo -)"
done
printf '  %-36s %10s -> %10s\n' "total" "$(cat "$out"/memory-before/[0-9]*.ipynb | wc -c)" "$(cat "$out"/memory-after/[0-9]*.ipynb | wc -c)"

[ "${SKIP_RUNS:-0}" = 1 ] && exit 0
echo
echo "4. bench/run.sh's egov rows: the collection warm (--force, static images on), cold = first run, warm = median of $runs"
field() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A wall cpu peak loads
for mode in 1 2; do
  for i in $(seq 0 "$runs"); do
    for side in before after; do   # alternately, so both see the same load
      r=$(cd "${root[$side]}" && /usr/bin/python3 "$here/bench/measure.py" -- dotnet "${root[$side]}/lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll" \
        run --force --parallel "$mode" --cache-dir "$out/cache-$side" --out "$out/run-$side-$mode")
      [ "$(field "$r" exit)" = 0 ] || { echo "egov run ($side, --parallel $mode) failed: $r" >&2; exit 1; }
      [ "$i" = 0 ] && continue
      wall[$side-$mode]+="$(field "$r" seconds) "; cpu[$side-$mode]+="$(field "$r" cpu_s) "; peak[$side-$mode]+="$(field "$r" peak_mb) "
      loads[$mode]+="$(cut -d' ' -f1 /proc/loadavg) "
    done
  done
done
echo "  executed notebook sizes with static images, total bytes: before $(cat "$out"/run-before-1/[0-9]*.ipynb | wc -c), after $(cat "$out"/run-after-1/[0-9]*.ipynb | wc -c);" \
  "largest after: $(ls -S "$out"/run-after-1/[0-9]*.ipynb | head -1 | xargs stat -c '%n %s' | sed "s|$out/run-after-1/||")"
printf '  %-28s %8s %8s %9s\n' "egov run" wall_s cpu_s peak_MB
for mode in 1 2; do
  for side in before after; do
    # shellcheck disable=SC2086
    printf '  %-28s %8.2f %8.2f %9.0f\n' "$side, --parallel $mode" "$(median ${wall[$side-$mode]})" "$(median ${cpu[$side-$mode]})" \
      "$(printf '%s\n' ${peak[$side-$mode]} | sort -g | tail -1)"
  done
  # shellcheck disable=SC2086
  echo "    after/before --parallel $mode: wall $(awk -v a="$(median ${wall[after-$mode]})" -v b="$(median ${wall[before-$mode]})" 'BEGIN{printf "%.2f", a/b}')x," \
    "cpu $(awk -v a="$(median ${cpu[after-$mode]})" -v b="$(median ${cpu[before-$mode]})" 'BEGIN{printf "%.2f", a/b}')x; load at each run: ${loads[$mode]}"
done
echo
echo "Outputs, before against after (bench/compare-outputs.py --ignore-chart-html: a chart's image replaces its HTML after):"
/usr/bin/python3 "$here/bench/compare-outputs.py" "$out/run-before-1" "$out/run-after-1" --ignore-chart-html > "$out/compared" || true
grep -v '^equal ' "$out/compared" | head -20
