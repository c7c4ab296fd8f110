#!/usr/bin/env bash
# Per-notebook start-up cost of `egov run`, before and after: the collection run one notebook at a time (--parallel 1,
# every notebook executed) RUNS times by a clone of BEFORE (default 299a6f6: one process per notebook, ReadyToRun copy
# made by the build) and by this checkout (warm worker, a new kernel per notebook; also with --isolate), then
# bench/startup.py on each (the start-up of a notebook = its wall time minus the time of its cells) and
# bench/compare-outputs.py on the executed notebooks (every output equal, up to chart ids and SVG clip ids).
#   bench/startup.sh [BEFORE]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
before=${1:-299a6f6}
runs=${RUNS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
quiet() { "$@" >"$out/log" 2>&1 || { cat "$out/log" >&2; echo "failed: $*" >&2; exit 1; }; }

echo "== building $before in a clone, and this checkout (Release)" >&2
git clone -q --no-local "$here" "$out/before" && git -C "$out/before" checkout -q "$(git -C "$here" rev-parse "$before")"
quiet dotnet build "$out/before/lib/EGov.Cli" -c Release
quiet dotnet build "$here/lib/EGov.Cli" -c Release
after=(dotnet "$here/lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll")
# This checkout's precompiled worker copy (made after a first run otherwise), so both sides start precompiled workers.
quiet "${after[@]}" run-notebooks --precompile

for i in $(seq "$runs"); do
  echo "== run $i of $runs (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  (cd "$out/before" && quiet dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll run --parallel 1 --out "$out/before-$i")
  (cd "$here" && quiet "${after[@]}" run --force --parallel 1 --cache-dir "$out/cache" --out "$out/after-$i")
  (cd "$here" && quiet "${after[@]}" run --force --parallel 1 --isolate --cache-dir "$out/cache" --out "$out/isolated-$i")
done

echo
echo "Start-up per notebook, one notebook at a time, $(nproc) cores, load after $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "Before ($(git -C "$here" log -1 --format='%h' "$before"): a new process per notebook)"
/usr/bin/python3 "$here/bench/startup.py" "$out"/before-*
echo; echo "After ($(git -C "$here" log -1 --format='%h'): a warm worker, a new kernel per notebook)"
/usr/bin/python3 "$here/bench/startup.py" "$out"/after-*
echo; echo "After, --isolate (a new process per notebook)"
/usr/bin/python3 "$here/bench/startup.py" "$out"/isolated-*
echo
compare() { echo "Outputs, $1:"; /usr/bin/python3 "$here/bench/compare-outputs.py" "$2" "$3" > "$out/compared" || true; grep -v '^equal ' "$out/compared"; }
compare "warm worker against before" "$out/after-1" "$out/before-1"
compare "warm worker against --isolate" "$out/after-1" "$out/isolated-1"
compare "warm worker, run 1 against run 2" "$out/after-1" "$out/after-2"
