#!/usr/bin/env bash
# Load time of the whole panel into a Deedle frame: first call in a fresh process (JIT, embedded resources, parsing,
# validation, frame) and warm (the same work repeated in-process). Target: warm at most 30 ms (data/README.md);
# the comparison with pandas is bench/data.sh (docs/performance.md).
#   bench/load.sh [processes] [warm runs per process]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
processes=${1:-5}
runs=${2:-50}
dotnet build "$here/bench/EGov.Benchmarks" -c Release -v quiet -nologo >/dev/null
for _ in $(seq "$processes"); do
  dotnet "$here/bench/EGov.Benchmarks/bin/Release/net10.0/EGov.Benchmarks.dll" load "$runs"
done
