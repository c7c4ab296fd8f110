#!/usr/bin/env bash
# Where a warm worker's time goes: `egov run --force --parallel 1` over the collection (static images off) with the
# worker traced by dotnet-trace (EventPipe, the dotnet-sampled-thread-time profile: thread stacks about 100 times a
# second), then the top frames, exclusive and inclusive (`dotnet-trace report topN`). Installs dotnet-trace into
# .tools/dotnet-trace when missing. The worker is attached as soon as it appears (its first ~0.1-0.5 s are not traced).
#   bench/trace.sh [TOP]        (TOP frames, default 25; NO_BUILD=1 skips the build; the trace is kept as bench-trace.nettrace in the current folder)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
top=${1:-25}
keep=$PWD/bench-trace.nettrace
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
trace=$here/.tools/dotnet-trace/dotnet-trace
[ -x "$trace" ] || dotnet tool install dotnet-trace --version 10.0.750501 --tool-path "$here/.tools/dotnet-trace" >/dev/null
[ "${NO_BUILD:-0}" = 1 ] || dotnet build "$here/lib/EGov.Cli" -c Release -v quiet -nologo >/dev/null
cd "$here"
EGOV_CHROMIUM=/nonexistent dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll run --force --parallel 1 \
  --cache-dir "$out/cache" --out "$out/run" > "$out/run.log" 2>&1 &
run=$!
worker=""
for _ in $(seq 400); do
  worker=$(pgrep -f "run-notebooks --out $out/run" | head -1 || true)
  [ -n "$worker" ] && break
  sleep 0.05
done
[ -n "$worker" ] || { echo "trace: no worker appeared" >&2; cat "$out/run.log" >&2; exit 1; }
"$trace" collect -p "$worker" --profile dotnet-sampled-thread-time -o "$keep" > "$out/trace.log" 2>&1 || true
wait "$run"
echo "Worker trace: $(grep -c passed "$out/run.log" || true) notebooks passed; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "Top $top frames, exclusive:"
"$trace" report "$keep" topN -n "$top"
echo; echo "Top $top frames, inclusive:"
"$trace" report "$keep" topN -n "$top" --inclusive
