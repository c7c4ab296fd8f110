#!/usr/bin/env bash
# Data benchmark of issue 7 (docs/performance.md, "Data loading"): the whole panel into a Deedle frame plus a regional
# group-by (mean EGDI per region, 2024) in the library, against pandas read_csv + merge + groupby on the same data/ files.
#   (a) warm, in-process: BenchmarkDotNet median (C#) vs timeit-style median (pandas);
#   (b) cold process: whole process start to exit, median of N runs (hyperfine).
# Prints one small table; ratios are ours / pandas from this run (absolute times on a shared machine are noise).
#   bench/data.sh [--quick] [--phases]
# Environment: COLD_RUNS (default 10), PANDAS_REPEATS (default 200). Needs Debian's python3-pandas and hyperfine (both
# installed with apt-get when missing and running as root).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
quick=""; phases=""
for arg in "$@"; do
  case "$arg" in
    --quick) quick="--quick" ;;
    --phases) phases=1 ;;
    *) echo "usage: bench/data.sh [--quick] [--phases]" >&2; exit 2 ;;
  esac
done
cold_runs=${COLD_RUNS:-10}
pandas_repeats=${PANDAS_REPEATS:-200}
python=/usr/bin/python3   # Debian's python3 with python3-pandas (a pyenv python3 earlier on PATH has no pandas)

need=()
"$python" -c "import pandas" 2>/dev/null || need+=(python3-pandas)
command -v hyperfine >/dev/null || need+=(hyperfine)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q "${need[@]}" >&2; else echo "bench/data.sh: install ${need[*]}" >&2; exit 1; fi
fi

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
dotnet build "$here/bench/EGov.Benchmarks" -c Release -v quiet -nologo >"$log/build.txt" 2>&1 || { cat "$log/build.txt" >&2; exit 1; }
app="$here/bench/EGov.Benchmarks/bin/Release/net10.0/EGov.Benchmarks.dll"

# The same answer on both sides, and the faster frame builder gives the same frames as the previous one.
ours=$(dotnet "$app" check)
theirs=$("$python" "$here/bench/pandas_load.py" cold)
if [ "$ours" != "$theirs" ]; then echo "bench/data.sh: different results: ours '$ours', pandas '$theirs'" >&2; exit 1; fi
dotnet "$app" verify >"$log/verify.txt" || { cat "$log/verify.txt" >&2; exit 1; }

# (a) warm, in-process.
(cd "$log" && dotnet "$app" warm $quick) >"$log/bdn.txt" 2>&1 || { tail -50 "$log/bdn.txt" >&2; exit 1; }
"$python" "$here/bench/pandas_load.py" warm "$pandas_repeats" >"$log/pandas.txt"
result() { sed -n "s/^RESULT $1 median_ms=\([0-9.]*\).*/\1/p" "$2"; }
cs_warm=$(result LoadValidateFrameGroupBy "$log/bdn.txt")
cs_frame=$(result LoadValidateFrame "$log/bdn.txt")
cs_disp=$(result LoadValidateDisparities "$log/bdn.txt")
frame_now=$(result PanelFrameCurrent "$log/bdn.txt")
frame_before=$(result PanelFramePrevious "$log/bdn.txt")
py_warm=$(result pandas_read_merge_groupby "$log/pandas.txt")

# (b) cold process, start to exit.
(cd "$here" && hyperfine -N --style none --warmup 2 --runs "$cold_runs" --export-json "$log/cold.json" \
  -n dotnet "dotnet $app cold" -n pandas "$python $here/bench/pandas_load.py cold") >"$log/hyperfine.txt" 2>&1 \
  || { cat "$log/hyperfine.txt" >&2; exit 1; }
read -r cs_cold py_cold < <("$python" -c "
import json, sys
r = {x['command']: x['median'] * 1e3 for x in json.load(open(sys.argv[1]))['results']}
print(f\"{r['dotnet']:.1f} {r['pandas']:.1f}\")" "$log/cold.json")

pandas_version=$("$python" -c "import pandas, platform; print(f'pandas {pandas.__version__}, Python {platform.python_version()}')")
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
ratio() { "$python" -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
echo "Data loading: whole panel ($(($(wc -l <"$here/data/egdi.csv") - 1)) rows) + mean EGDI per region (2024). $(nproc) cores, $cpu; .NET $(dotnet --version), $pandas_version"
printf '%-34s %12s %12s %16s\n' "" "ours (ms)" "pandas (ms)" "ours / pandas"
printf '%-34s %12s %12s %16s\n' "warm, in-process (median)" "$cs_warm" "$py_warm" "$(ratio "$cs_warm" "$py_warm")"
printf '%-34s %12s %12s %16s\n' "cold process (median of $cold_runs)" "$cs_cold" "$py_cold" "$(ratio "$cs_cold" "$py_cold")"
echo "ours warm = parse + validate (rules, sha256) + panel frame + Deedle group-by; pandas = read_csv x2 + merge + groupby, no validation"
echo "also warm: load+validate+frame $cs_frame ms; load+validate+Disparities $cs_disp ms; frame alone $frame_now ms (builder before issue 7: $frame_before ms)"
if [ -n "$phases" ]; then
  dotnet "$app" phases 200 | sed -n 's/^PHASE //p'
fi
