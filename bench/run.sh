#!/usr/bin/env bash
# The benchmark, in one run: the notebook collection executed by `egov run`, by dotnet-repl and by Jupyter's nbconvert
# with the project's own kernel (.net-csharp = `egov kernel serve`), compared like with like:
#   default  - what each client does when simply asked to run the collection: egov run with its default --parallel
#              (the number of processors) against nbconvert (one command for all notebooks) and dotnet-repl (one notebook
#              after the other), both of which run one notebook at a time;
#   serial   - one notebook at a time for all three (egov run --parallel 1);
#   parallel - N notebooks at a time for all three (N = processors): egov run --parallel N, and nbconvert and dotnet-repl
#              started N at a time by `xargs -P N` over the same notebooks.
# Also: egov run without its precompiled worker copy (EGOV_PRECOMPILE=0), with one process per notebook (--isolate), and
# one at a time without static images (no Chromium: the same work as the other two clients, which draw none).
# Every egov run here executes every notebook (--force: its execution cache would otherwise serve them); the cache is
# measured apart (a second run with nothing changed, and after one code cell of notebook 03 changed).
# Wall time cold (first run) and warm (median of RUNS), peak memory of the whole process tree; then bench/data.sh.
#   bench/run.sh            (RUNS=3 warm runs per client; NOTEBOOKS_ONLY=1 skips bench/data.sh; CLIENTS="egov-serial
#                            jupyter" measures only those, without the cache part; needs Jupyter)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
runs=${RUNS:-3}
n=$(nproc)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== setting up (Release build, the precompiled worker copy, the kernel, dotnet-repl with the same FSharp.Core fix)" >&2
dotnet build lib/EGov.Cli -c Release -v quiet -nologo >/dev/null
egov=(dotnet "$here/lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll")
# The copy `egov run` otherwise makes in the background after its first run: made here, so no run competes with it.
"${egov[@]}" run-notebooks --precompile
# The kernelspec goes into a Jupyter data folder of this run (as .ci/run does): the user's own .net-csharp is left alone.
export JUPYTER_DATA_DIR="$out/jupyter-data"
"${egov[@]}" kernel install >/dev/null
if [ ! -x .tools/dotnet-repl/dotnet-repl ]; then
  dotnet tool install dotnet-repl --version 0.3.259 --tool-path .tools/dotnet-repl >/dev/null
fi
repl_fsharp=$(find .tools/dotnet-repl/.store -path '*tools/net10.0/any/FSharp.Core.dll' | head -1)
cmp -s lib/EGov.Cli/bin/Release/net10.0/FSharp.Core.dll "$repl_fsharp" || cp lib/EGov.Cli/bin/Release/net10.0/FSharp.Core.dll "$repl_fsharp"

notebooks=(notebooks/[0-9][0-9]-*.ipynb)
names=("${notebooks[@]##*/}")
egov_run() { echo "cd \"$here\" && ${egov[*]} run --force --cache-dir \"$out/cache\" --out \"$out/$1\" $2 >/dev/null"; }
egov_run egov "" > "$out/egov.sh"
egov_run egov1 "--parallel 1" > "$out/egov-serial.sh"
egov_run egovN "--parallel $n" > "$out/egov-parallel.sh"
egov_run egov-isolated "--parallel 1 --isolate" > "$out/egov-isolated.sh"
# The same default run with workers started from the program itself instead of its precompiled (ReadyToRun) copy.
egov_run egov-plain "" | sed 's/ && / \&\& EGOV_PRECOMPILE=0 /' > "$out/egov-plain.sh"
# One notebook at a time without static images (no Chromium found): the same work as nbconvert and dotnet-repl do.
egov_run egov-noimages "--parallel 1" | sed 's/ && / \&\& EGOV_CHROMIUM=\/nonexistent /' > "$out/egov-noimages.sh"
cat > "$out/repl.sh" <<SH
cd "$here/notebooks" && mkdir -p "$out/repl" && for nb in ${names[*]}; do "$here/.tools/dotnet-repl/dotnet-repl" --run "\$nb" --exit-after-run --output-path "$out/repl/\$nb" >/dev/null; done
SH
cat > "$out/repl-parallel.sh" <<SH
cd "$here/notebooks" && mkdir -p "$out/replN" && printf '%s\n' ${names[*]} | xargs -P $n -I{} "$here/.tools/dotnet-repl/dotnet-repl" --run {} --exit-after-run --output-path "$out/replN/{}" >/dev/null
SH
jupyter_args="--to notebook --execute --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=600"
cat > "$out/jupyter.sh" <<SH
cd "$here/notebooks" && jupyter nbconvert $jupyter_args ${names[*]} --output-dir "$out/jupyter" >/dev/null 2>&1
SH
cat > "$out/jupyter-parallel.sh" <<SH
cd "$here/notebooks" && printf '%s\n' ${names[*]} | xargs -P $n -I{} jupyter nbconvert $jupyter_args {} --output-dir "$out/jupyterN" >/dev/null 2>&1
SH

measure() { /usr/bin/python3 bench/measure.py -- bash "$out/$1.sh"; }
field() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

all_clients=(egov egov-plain egov-serial egov-noimages egov-parallel egov-isolated jupyter jupyter-parallel repl repl-parallel)
# CLIENTS="egov-serial jupyter" measures only those (and skips the execution cache part): for a quick look, not the doc.
read -r -a clients <<< "${CLIENTS:-${all_clients[*]}}"
declare -A cold warm peak
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for client in "${clients[@]}"; do
  echo "== $client: 1 cold run + $runs warm runs (load $(cut -d' ' -f1 /proc/loadavg))" >&2
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

if [ -z "${CLIENTS:-}" ]; then
# The execution cache: a full run into a fresh cache, then the same run again (nothing changed), then one code cell of
# notebook 03 changed in a copy of the collection (only 03 may execute).
echo "== execution cache (load $(cut -d' ' -f1 /proc/loadavg))" >&2
cache_run() { /usr/bin/python3 bench/measure.py -- bash -c "cd \"$1\" && ${egov[*]} run --cache-dir \"$out/cache2\" --out \"$out/cached\" >/dev/null"; }
rm -rf "$out/cache2"
full=$(field "$(cache_run "$here")" seconds)
cached=(); for _ in $(seq "$runs"); do cached+=("$(field "$(cache_run "$here")" seconds)"); done
cached_s=$(median "${cached[@]}")
all_cached=$(/usr/bin/python3 -c "import json,sys; print(all(n['cached'] for n in json.load(open(sys.argv[1]))['notebooks']))" "$out/cached/run-summary.json")
mkdir -p "$out/edited" && cp -r notebooks "$out/edited/" && ln -s "$here/lib" "$out/edited/lib"
/usr/bin/python3 - "$out/edited/notebooks/03-regional-disparities.ipynb" <<'PY'
import json, sys
path = sys.argv[1]
nb = json.load(open(path, encoding="utf-8"))
nb["cells"].append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": ["1 + 1"]})
json.dump(nb, open(path, "w", encoding="utf-8"), indent=1, ensure_ascii=False)
PY
edited_json=$(cache_run "$out/edited")
edited_s=$(field "$edited_json" seconds)
executed_after_edit=$(/usr/bin/python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print(' '.join(n['notebook'].split('/')[-1] for n in s['notebooks'] if not n['cached']))" "$out/cached/run-summary.json")
fi

label() {
  case $1 in
    egov) echo "egov run (default: --parallel $n)";;
    egov-serial) echo "egov run --parallel 1";;
    egov-parallel) echo "egov run --parallel $n";;
    egov-isolated) echo "egov run --parallel 1 --isolate";;
    egov-plain) echo "egov run, EGOV_PRECOMPILE=0";;
    egov-noimages) echo "egov run --parallel 1, no images";;
    jupyter) echo "jupyter nbconvert (one command)";;
    jupyter-parallel) echo "jupyter nbconvert, xargs -P $n";;
    repl) echo "dotnet-repl 0.3.259 (a loop)";;
    repl-parallel) echo "dotnet-repl 0.3.259, xargs -P $n";;
  esac
}
row() { [ -n "${warm[$1]:-}" ] && [ -n "${warm[$2]:-}" ] || return 0; printf '%-36s %8.1f %8.1f %9.0f %12s\n' "$(label "$1")" "${cold[$1]}" "${warm[$1]}" "${peak[$1]}" "$(ratio "${warm[$1]}" "${warm[$2]}")x"; }
header() { echo; echo "$1"; printf '%-36s %8s %8s %9s %12s\n' client cold_s warm_s peak_MB "vs egov run"; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { printf "%.2fx (goal %sx: %s)", r, g, (r >= g ? "met" : "MISSED") }'; }

echo
echo "Notebook collection: ${#notebooks[@]} notebooks; $n cores; cold = first run of this benchmark, warm = median of $runs;"
echo "Jupyter kernel: .net-csharp = egov kernel serve (the project's own, the same in-process C# kernel); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
header "Default (what each client does by default)"
row egov egov; row jupyter egov; row repl egov
header "Serial against serial (one notebook at a time)"
row egov-serial egov-serial; row jupyter egov-serial; row repl egov-serial; row egov-isolated egov-serial; row egov-noimages egov-serial
header "Parallel against parallel ($n notebooks at a time)"
row egov-parallel egov-parallel; row jupyter-parallel egov-parallel; row repl-parallel egov-parallel
have() { for c in "$@"; do [ -n "${warm[$c]:-}" ] || return 1; done; }
echo
have egov-serial jupyter repl && echo "goal serial: nbconvert $(verdict "$(ratio "${warm[jupyter]}" "${warm[egov-serial]}")" 3), dotnet-repl $(verdict "$(ratio "${warm[repl]}" "${warm[egov-serial]}")" 2)"
have egov-parallel jupyter-parallel repl-parallel && echo "goal parallel (no worse than the others run N at a time): nbconvert $(verdict "$(ratio "${warm[jupyter-parallel]}" "${warm[egov-parallel]}")" 1), dotnet-repl $(verdict "$(ratio "${warm[repl-parallel]}" "${warm[egov-parallel]}")" 1)"
have egov-isolated egov-serial && echo "one process per notebook (--isolate) against warm workers, serial: $(ratio "${warm[egov-isolated]}" "${warm[egov-serial]}")x the time"
have egov-plain egov && echo "workers without the precompiled copy (EGOV_PRECOMPILE=0) against with it, default: $(ratio "${warm[egov-plain]}" "${warm[egov]}")x the time"
have egov-noimages egov-serial jupyter && echo "without static images, serial: $(ratio "${warm[egov-noimages]}" "${warm[egov-serial]}")x the time; nbconvert $(verdict "$(ratio "${warm[jupyter]}" "${warm[egov-noimages]}")" 3) against the same work"
if [ -z "${CLIENTS:-}" ]; then
echo
echo "Execution cache (egov run, default --parallel):"
printf '  full run into an empty cache %6.1f s\n  nothing changed (median of %s) %5.2f s = %s%% of the full run (goal at most 10%%: %s); every notebook cached: %s\n' \
  "$full" "$runs" "$cached_s" "$(awk -v c="$cached_s" -v f="$full" 'BEGIN {printf "%.1f", 100 * c / f}')" \
  "$(awk -v c="$cached_s" -v f="$full" 'BEGIN {print (c <= 0.1 * f ? "met" : "MISSED")}')" "$all_cached"
printf '  one code cell added to 03       %5.2f s; executed: %s\n' "$edited_s" "${executed_after_edit:-none}"
fi

echo
echo "Outputs of the modes of egov run (every output of every code cell; bench/compare-outputs.py):"
compare() { [ -d "$out/$1" ] && [ -d "$out/$2" ] || return 0; /usr/bin/python3 bench/compare-outputs.py "$out/$1" "$out/$2" > "$out/compared" || true; echo "  $1 against $2: $(grep -v '^equal ' "$out/compared")"; }
compare egov1 egovN; compare egov1 egov-isolated; compare egov1 egov-plain

if [ -x bench/data.sh ] && [ "${NOTEBOOKS_ONLY:-0}" != 1 ]; then
  echo
  bench/data.sh
fi
