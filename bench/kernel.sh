#!/usr/bin/env bash
# The kernel's responsiveness as a Jupyter client sees it (bench/kernel.py through jupyter_client), against the goals of
# issue 19: warm completion and inspect <= 100 ms, the first of each <= 1 s. Also start to ready and a `1+1` round trip.
# Needs a Release build and Debian's python3-jupyter-client. Jupyter's folders and the kernel's history are temporary.
# ROUNDS=N warm repetitions (median; default 20). Exit 1 if a goal is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime" JUPYTER_CONFIG_DIR="$tmp/config" XDG_DATA_HOME="$tmp/xdg" JUPYTER_PLATFORM_DIRS=1
dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll kernel install --name egov-bench >/dev/null
python=$(head -1 "$(command -v jupyter)" | sed 's/^#! *//; s/ .*//')
result=$("$python" bench/kernel.py egov-bench "${ROUNDS:-20}" "$tmp/kernel.log" 2>"$tmp/kernel.log") || { cat "$tmp/kernel.log" >&2; exit 1; }
echo "$result"
"$python" - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
goals = [("first completion (after the warm-up)", r["first_complete_ms"], 1000), ("warm completion", r["warm_complete_ms"], 100),
         ("member completion, new context (median)", r["member_complete_new_context_ms"], 100),
         ("member completion, next keystroke (median)", r["member_complete_keystroke_ms"], 100),
         ("first inspect (after the warm-up)", r["first_inspect_ms"], 1000), ("warm inspect", r["warm_inspect_ms"], 100)]
print(f"| measure | ms | goal | |\n|---|---:|---:|---|")
print(f"| start to ready (kernel_info answered) | {r['start_to_ready_ms']} | | |")
print(f"| start to language services ready (kernel log) | {r['language_services_ready_ms']} | | |")
print(f"| a completion sent the moment the kernel is ready | {r['complete_at_ready_ms']} | | waits for the warm-up |")
for name, value, goal in goals:
    print(f"| {name} | {value} | <= {goal} | {'met' if value <= goal else 'MISSED'} |")
print(f"| `1+1` round trip, first / warm | {r['first_execute_1plus1_ms']} / {r['warm_execute_1plus1_ms']} | | |")
sys.exit(0 if all(v <= g for _, v, g in goals) else 1)
PY
