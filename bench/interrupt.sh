#!/usr/bin/env bash
# What the interrupt checks cost (lib/EGov.Cli/Hosting/InterruptRewriter.cs): a notebook of tight loops (a for loop, an
# expression-bodied recursive function, a LINQ pipeline, a cell with many loops to compile) run by `egov run` RUNS times
# with the checks (default) and without them (EGOV_INTERRUPT_CHECKS=0); prints each cell's time (the loops time
# themselves; the compile cell is the cell's wall time from run-summary.json) and the ratio with/without.
#   bench/interrupt.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build "$here/lib/EGov.Cli" -c Release >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
egov=(dotnet "$here/lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll")
# No background precompile of the worker during the runs (it would take the cores the loops are timed on).
export EGOV_PRECOMPILE=0

/usr/bin/python3 - "$out/loops.ipynb" <<'PY'
import json, sys
methods = "\n".join(f"    public static long M{i}(int n) {{ long s = 0; for (var i = 0; i < n; i++) {{ s += i; }} while (s < 0) {{ s++; }} return s; }}" for i in range(40))
cells = [
    'var sw = System.Diagnostics.Stopwatch.StartNew(); long s = 0;\nfor (long i = 0; i < 400_000_000; i++) { s += i; }\n$"for {sw.ElapsedMilliseconds}"',
    'long Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);\nsw.Restart(); Fib(32);\n$"fib {sw.ElapsedMilliseconds}"',
    'sw.Restart(); var sum = Enumerable.Range(0, 50_000_000).Select(i => i & 7).Sum();\n$"linq {sw.ElapsedMilliseconds}"',
    "static class Many\n{\n" + methods + "\n}\nMany.M0(1)",
]
nb = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": c} for c in cells],
      "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
                   "language_info": {"name": "csharp"}},
      "nbformat": 4, "nbformat_minor": 5}
json.dump(nb, open(sys.argv[1], "w"))
PY

for i in $(seq "$runs"); do
  for mode in 1 0; do
    (cd "$out" && EGOV_INTERRUPT_CHECKS=$mode "${egov[@]}" run loops.ipynb --force --parallel 1 --cache-dir "$out/cache" --out "$out/run-$mode-$i" >"$out/log" 2>&1) \
      || { cat "$out/log" >&2; exit 1; }
  done
done

/usr/bin/python3 - "$out" "$runs" <<'PY'
import glob, json, os, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
def times(mode):
    rows = {}
    for i in range(1, runs + 1):
        folder = os.path.join(out, f"run-{mode}-{i}")
        nb = json.load(open(glob.glob(os.path.join(folder, "**", "loops.ipynb"), recursive=True)[0]))
        for cell in nb["cells"][:3]:
            text = "".join(cell["outputs"][0]["data"]["text/plain"])
            name, ms = text.strip('"').split()
            rows.setdefault(name, []).append(float(ms))
        summary = json.load(open(glob.glob(os.path.join(folder, "**", "run-summary.json"), recursive=True)[0]))
        cell = summary["notebooks"][0]["cells"][3]
        rows.setdefault("compile 40 methods with loops", []).append(1000 * cell["seconds"])
    return {k: statistics.median(v) for k, v in rows.items()}
on, off = times(1), times(0)
print(f"Interrupt checks, median of {runs} runs (ms), {os.cpu_count()} cores, load {open('/proc/loadavg').read().split()[0]}")
print(f"{'cell':32} {'checks':>8} {'none':>8} {'ratio':>6}")
for name in on:
    print(f"{name:32} {on[name]:8.0f} {off[name]:8.0f} {on[name] / off[name]:6.2f}")
PY
