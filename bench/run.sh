#!/usr/bin/env bash
# The benchmark, in one run: the notebook collection executed by `egov run`, by dotnet-repl and by Jupyter's nbconvert
# with the real kernel (wall time cold and warm, peak memory of the whole process tree), then data loading against pandas
# (bench/data.sh). Prints one table; docs/performance.md holds a run of it.
#   bench/run.sh            (RUNS=3 warm runs per client; needs Jupyter: `egov kernel install` explains)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
runs=${RUNS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== setting up (Release build, the real kernel, dotnet-repl with the same FSharp.Core fix)" >&2
dotnet build lib/EGov.Cli -c Release -v quiet -nologo >/dev/null
egov=(dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll)
"${egov[@]}" kernel install >/dev/null
if [ ! -x .tools/dotnet-repl/dotnet-repl ]; then
  dotnet tool install dotnet-repl --version 0.3.259 --tool-path .tools/dotnet-repl >/dev/null
fi
repl_fsharp=$(find .tools/dotnet-repl/.store -path '*tools/net10.0/any/FSharp.Core.dll' | head -1)
cmp -s lib/EGov.Cli/bin/Release/net10.0/FSharp.Core.dll "$repl_fsharp" || cp lib/EGov.Cli/bin/Release/net10.0/FSharp.Core.dll "$repl_fsharp"

notebooks=(notebooks/[0-9][0-9]-*.ipynb)
names=("${notebooks[@]##*/}")
cat > "$out/egov.sh" <<SH
cd "$here" && ${egov[*]} run --out "$out/egov" >/dev/null
SH
cat > "$out/egov-serial.sh" <<SH
cd "$here" && ${egov[*]} run --parallel 1 --out "$out/egov1" >/dev/null
SH
cat > "$out/repl.sh" <<SH
cd "$here/notebooks" && mkdir -p "$out/repl" && for nb in ${names[*]}; do "$here/.tools/dotnet-repl/dotnet-repl" --run "\$nb" --exit-after-run --output-path "$out/repl/\$nb" >/dev/null; done
SH
cat > "$out/jupyter.sh" <<SH
cd "$here/notebooks" && jupyter nbconvert --to notebook --execute ${names[*]} --output-dir "$out/jupyter" --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=600 >/dev/null 2>&1
SH

measure() { /usr/bin/python3 bench/measure.py -- bash "$out/$1.sh"; }
field() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A cold warm peak
for client in egov egov-serial repl jupyter; do
  echo "== $client: 1 cold run + $runs warm runs" >&2
  first=$(measure "$client")
  [ "$(field "$first" exit)" = 0 ] || { echo "$client failed: $first" >&2; exit 1; }
  cold[$client]=$(field "$first" seconds)
  times=(); peaks=("$(field "$first" peak_mb)")
  for _ in $(seq "$runs"); do
    r=$(measure "$client"); times+=("$(field "$r" seconds)"); peaks+=("$(field "$r" peak_mb)")
  done
  warm[$client]=$(median "${times[@]}")
  peak[$client]=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
done

echo
echo "Notebook collection: ${#notebooks[@]} notebooks ($(nproc) cores; cold = first run of this benchmark, warm = median of $runs)"
printf '%-34s %8s %8s %9s %14s\n' client cold_s warm_s peak_MB "warm vs egov"
label() { case $1 in egov) echo "egov run (parallel $(nproc))";; egov-serial) echo "egov run --parallel 1";; repl) echo "dotnet-repl 0.3.259";; jupyter) echo "jupyter nbconvert (.net-csharp)";; esac; }
for client in egov egov-serial repl jupyter; do
  ratio=$(awk -v a="${warm[$client]}" -v b="${warm[egov]}" 'BEGIN {printf "%.2fx", a / b}')
  printf '%-34s %8.1f %8.1f %9.0f %14s\n' "$(label $client)" "${cold[$client]}" "${warm[$client]}" "${peak[$client]}" "$ratio"
done
awk -v j="${warm[jupyter]}" -v r="${warm[repl]}" -v e="${warm[egov]}" 'BEGIN {
  printf "goal: at least 2x faster than nbconvert: %.2fx (%s); at least 1.5x faster than dotnet-repl: %.2fx (%s)\n",
    j / e, (j / e >= 2 ? "met" : "MISSED"), r / e, (r / e >= 1.5 ? "met" : "MISSED") }'

if [ -x bench/data.sh ]; then
  echo
  bench/data.sh
fi
