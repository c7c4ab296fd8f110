#!/usr/bin/env bash
# The first run on a fresh clone: README's main command (`dotnet run --project lib/EGov.Cli -c Release -- run`) in a new
# clone of COMMIT (default HEAD), with the NuGet cache of this machine warm (packages already downloaded, as on any
# machine that restored once; run `dotnet restore EGov.slnx` first otherwise).
#   bench/first-run.sh [COMMIT]
# Prints, one clone each:
#   split   - the same work as the main command, one step at a time: restore, build (Release), run (--no-build);
#   oneshot - README's command exactly as written, timed as a whole (what a new user waits for);
# then, in the oneshot clone, the runs after it: the same command again (nothing changed: the execution cache serves every
# notebook when the commit has one) and the warm run (median of RUNS runs executing every notebook: --force when the
# commit has it, with the precompiled worker copy finished first when the commit makes it after a run).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
commit=${1:-HEAD}
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
clone() { git clone -q --no-local "$here" "$tmp/$1" && git -C "$tmp/$1" checkout -q "$(git -C "$here" rev-parse "$commit")"; }
quiet() { "$@" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; echo "failed: $*" >&2; exit 1; }; }

echo "== $(git -C "$here" log -1 --format='%h %s' "$commit" | cut -c1-100)" >&2
echo "== split: restore, build, run (load $(cut -d' ' -f1 /proc/loadavg))" >&2
clone split && cd "$tmp/split"
t=$(now); quiet dotnet restore lib/EGov.Cli; restore=$(since "$t")
t=$(now); quiet dotnet build lib/EGov.Cli -c Release --no-restore; build=$(since "$t")
t=$(now); quiet dotnet run --project lib/EGov.Cli -c Release --no-build -- run; run=$(since "$t")
# Whatever the run left working in the background (the precompiled copy) ends before the next clone is timed.
settle() { while pgrep -f "$tmp/$1" >/dev/null; do sleep 1; done; }
settle split

echo "== oneshot: README's main command (load $(cut -d' ' -f1 /proc/loadavg))" >&2
cd "$here" && clone oneshot && cd "$tmp/oneshot"
t=$(now); quiet dotnet run --project lib/EGov.Cli -c Release -- run; oneshot=$(since "$t")
t=$(now); quiet dotnet run --project lib/EGov.Cli -c Release -- run; again=$(since "$t")

egov=(dotnet lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll)
force=""; grep -rqF -- '"--force"' lib/EGov.Cli && force=--force
if grep -rqF -- '"--precompile"' lib/EGov.Cli; then
  # What `egov run` started in the background after the first run: waited for (made now if it did not start).
  t=$(now); settle oneshot; quiet "${egov[@]}" run-notebooks --precompile; precompile=$(since "$t")
else
  precompile="(made by the build)"
fi
warm=(); for _ in $(seq "$runs"); do t=$(now); quiet "${egov[@]}" run $force; warm+=("$(since "$t")"); done

echo
echo "First run on a fresh clone of $(git -C "$here" rev-parse --short "$commit"), $(nproc) cores, NuGet cache warm, load after $(cut -d' ' -f1-3 /proc/loadavg)"
printf '  split:   restore %6.1f s   build %6.1f s   run %6.1f s   sum %6.1f s\n' "$restore" "$build" "$run" \
  "$(awk -v a="$restore" -v b="$build" -v c="$run" 'BEGIN {print a + b + c}')"
printf '  oneshot: %s  %6.1f s\n' "dotnet run --project lib/EGov.Cli -c Release -- run" "$oneshot"
printf '  again, nothing changed:   %6.1f s\n' "$again"
printf '  precompiled copy waited for: %s s\n' "$precompile"
printf '  warm run (egov run %s, median of %s): %s s  [%s]\n' "$force" "$runs" "$(median "${warm[@]}")" "${warm[*]}"
