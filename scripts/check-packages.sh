#!/usr/bin/env bash
# Checks the two packages as a user gets them, with nothing of this repository on the way: packs the library (EGov) and
# the tool (EGov.Cli) into a local folder (any warning fails), installs the tool from it into a temporary tool path,
# and runs a notebook in a temporary folder outside the repository whose only set-up is `#i "nuget: <that folder>"` and
# README's package line (the block after <!-- package-reference -->), followed by README's example (after
# <!-- package-example -->) and a world map: with the installed `egov run`, and in Jupyter (nbconvert) through the kernel
# the installed tool registers (`egov kernel install`, in a temporary JUPYTER_DATA_DIR). Survey.Load() must give 193
# countries, the frame a compact table, and every chart carry its plotly JSON and draw offline (scripts/check-charts.sh
# from the JSON alone, scripts/check-jupyter-offline.sh from nbconvert's HTML). The tool is installed with README's
# command (after <!-- tool-install -->), its --global replaced by the temporary tool path and the local folder.
# NuGet's package cache is a private one (NUGET_PACKAGES): a package of the same version restored before would be used
# instead of the one just packed.
#   scripts/check-packages.sh [--keep] [--feed DIR]
#     --keep: leave the temporary folder and say where; --feed DIR: check the packages already in DIR (scripts/release.sh
#     packs them itself) instead of packing
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
keep=0; given_feed=
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1; shift;;
    --feed) [ -d "${2:-}" ] || { echo "check-packages: --feed needs a folder" >&2; exit 2; }; given_feed=$(cd "$2" && pwd); shift 2;;
    *) echo "usage: $0 [--keep] [--feed DIR]" >&2; exit 2;;
  esac
done
readme_block() { # the fenced block after <!-- $1 --> in README.md
  awk -v mark="<!-- $1 -->" '$0==mark{f=1;next} f&&/^```/{if(b){exit}else{b=1;next}} f&&b{print}' "$here/README.md"
}
fail() { echo "check-packages: $*" >&2; exit 1; }
package_line=$(readme_block package-reference)
example=$(readme_block package-example)
install_cmd=$(readme_block tool-install)
[ -n "$package_line" ] && [ -n "$example" ] && [ -n "$install_cmd" ] || fail "README.md lacks the package-reference, package-example or tool-install block"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$here/Directory.Build.props")
[ -n "$version" ] || fail "no <Version> in Directory.Build.props"
[ "$package_line" = "#r \"nuget: EGov, $version\"" ] || fail "README's package line is not #r \"nuget: EGov, $version\" (Directory.Build.props): $package_line"
[[ "$install_cmd" == "dotnet tool install --global EGov.Cli --version $version" ]] || fail "README's tool install command is not 'dotnet tool install --global EGov.Cli --version $version': $install_cmd"

work=$(mktemp -d /tmp/egov-packages-XXXXXX)
case "$work" in "$here"/*) fail "the temporary folder $work is inside the repository";; esac
if [ $keep = 1 ]; then echo "check-packages: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
feed=${given_feed:-$work/feed}
export NUGET_PACKAGES="$work/nuget-packages" JUPYTER_DATA_DIR="$work/jupyter-data" EGOV_PRECOMPILE=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$feed" "$NUGET_PACKAGES"

[ -n "$given_feed" ] && echo "== the packages in $feed"
[ -n "$given_feed" ] || echo "== pack EGov and EGov.Cli $version into $feed (builds in $work/build: the repository's bin/ and obj/ are left alone)"
# Restores go to the user's cache here (the packages' own dependencies; nothing of ours is in it), NuGet's usual one.
for project in lib/EGov lib/EGov.Cli; do
  [ -z "$given_feed" ] || break
  log=$(cd "$here" && NUGET_PACKAGES= dotnet pack "$project" -c Release -o "$feed" --artifacts-path "$work/build" -p:UseSharedCompilation=false -nodeReuse:false 2>&1) \
    || { echo "$log" >&2; fail "dotnet pack $project failed"; }
  warnings=$(grep -iE "warning|warn " <<<"$log" || true)
  [ -z "$warnings" ] || { echo "$warnings" >&2; fail "dotnet pack $project printed warnings"; }
done
lib_pkg="$feed/EGov.$version.nupkg"; tool_pkg="$feed/EGov.Cli.$version.nupkg"
[ -f "$lib_pkg" ] && [ -f "$tool_pkg" ] || fail "expected $lib_pkg and $tool_pkg; $feed holds: $(ls "$feed")"
lib_files=$(unzip -Z1 "$lib_pkg"); tool_files=$(unzip -Z1 "$tool_pkg")
for f in lib/net10.0/EGov.dll lib/net10.0/EGov.xml interactive-extensions/dotnet/EGov.Interactive.dll README.md; do
  grep -qxF "$f" <<<"$lib_files" || fail "EGov.$version.nupkg lacks $f"
done
for f in tools/net10.0/any/EGov.Cli.dll tools/net10.0/any/EGov.dll tools/net10.0/any/DotnetToolSettings.xml README.md; do
  grep -qxF "$f" <<<"$tool_files" || fail "EGov.Cli.$version.nupkg lacks $f"
done
nuspec=$(unzip -p "$lib_pkg" EGov.nuspec)
grep -q "egdi.csv sha256 $(python3 -c 'import json,sys; print(next(r["hash"] for r in json.load(open(sys.argv[1]))["resources"] if r["path"]=="egdi.csv").split(":")[1])' "$here/data/datapackage.json")" <<<"$nuspec" \
  || fail "EGov.nuspec's description does not name the dataset's egdi.csv hash"
grep -q '<repository type="git"' <<<"$nuspec" || fail "EGov.nuspec has no repository element (SourceLink)"
for pkg in "$lib_pkg" "$tool_pkg"; do
  unzip -p "$pkg" '*.nuspec' | grep -q '<license type="expression">MIT</license>' || fail "$(basename "$pkg") has no licence expression (MIT, LICENSE)"
done
settings=$(unzip -p "$tool_pkg" tools/net10.0/any/DotnetToolSettings.xml)
grep -q 'Command Name="egov"' <<<"$settings" || fail "the tool's command is not egov: $settings"
echo "EGov.$version.nupkg ($(du -k "$lib_pkg" | cut -f1) KB; kernel extension in interactive-extensions/dotnet), EGov.Cli.$version.nupkg ($(du -k "$tool_pkg" | cut -f1) KB; command egov)"

echo "== install the tool with README's command into $work/tool"
tools="$work/tool"
read -r -a words <<<"${install_cmd/--global/--tool-path $tools --add-source $feed}"
"${words[@]}" >/dev/null
egov="$tools/egov"
[ -x "$egov" ] || fail "no $egov after: ${words[*]}"
installed=$("$egov" --version); [ "$installed" = "$version" ] || [[ "$installed" == "$version+"* ]] || fail "egov --version says $installed, not $version"

nbdir="$work/notebook"; mkdir -p "$nbdir"; cd "$nbdir"
echo "== a notebook in $nbdir: #i \"nuget: $feed\", README's package line and example, a world map"
python3 - "$feed" "$package_line" "$example" <<'PY'
import json, sys
feed, package_line, example = sys.argv[1:]
cells = [f'#i "nuget: {feed}"\n{package_line}'] + [c.strip("\n") for c in example.split("\n\n") if c.strip()] \
      + ["SurveyCharts.IndexChoropleth(survey, SurveyIndex.Egdi, 2024)"]
nb = {"cells": [{"cell_type": "code", "execution_count": None, "id": f"c{i}", "metadata": {}, "outputs": [], "source": c} for i, c in enumerate(cells)],
      "metadata": {"kernelspec": {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}, "language_info": {"name": "csharp"}},
      "nbformat": 4, "nbformat_minor": 5}
json.dump(nb, open("survey.ipynb", "w"), indent=1)
PY
# What each executed notebook must show: 193 countries, the frame as a compact table, two charts with their plotly JSON.
check_outputs() {
  python3 - "$1" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
outs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
errors = [o for o in outs if o["output_type"] == "error"]
if errors: sys.exit(f"{sys.argv[1]}: a cell failed: {errors[0].get('ename')}: {errors[0].get('evalue')}")
text = lambda o, m: "".join(o.get("data", {}).get(m, ""))
count = [text(o, "text/plain").strip() for o in outs if text(o, "text/plain").strip().isdigit()]
if count != ["193"]: sys.exit(f"{sys.argv[1]}: Survey.Load() should give 193 countries; the number shown: {count}")
tables = [o for o in outs if "<table" in text(o, "text/html")]
if not tables or len(text(tables[0], "text/html")) > 100_000: sys.exit(f"{sys.argv[1]}: the 2024 edition is not shown as a compact table ({[len(text(t, 'text/html')) for t in tables]} characters)")
charts = [o for o in outs if "application/vnd.plotly.v1+json" in o.get("data", {})]
if len(charts) != 2: sys.exit(f"{sys.argv[1]}: expected 2 chart outputs with application/vnd.plotly.v1+json, found {len(charts)}")
print(f"{sys.argv[1]}: 193 countries, a {len(text(tables[0], 'text/html')) // 1024} KB table, {len(charts)} charts with their plotly JSON")
PY
}

echo "== egov run (installed tool)"
"$egov" run survey.ipynb --out run
check_outputs run/survey.ipynb || exit 1
"$here/scripts/check-charts.sh" run

echo "== Jupyter through the installed tool's kernel"
command -v jupyter-nbconvert >/dev/null || fail "jupyter-nbconvert is not installed (apt-get install jupyter-nbconvert jupyter-client python3-nbclient)"
"$egov" kernel install
spec="$JUPYTER_DATA_DIR/kernels/.net-csharp/kernel.json"
python3 - "$spec" "$tools" <<'PY' || exit 1
import json, sys
argv = json.load(open(sys.argv[1]))["argv"]
if not argv[0].startswith(sys.argv[2] + "/") and not any(a.startswith(sys.argv[2] + "/") for a in argv[1:2]):
    sys.exit(f"the kernelspec does not start the installed tool in {sys.argv[2]}: {argv}")
print("kernelspec:", " ".join(argv))
PY
jupyter nbconvert --to notebook --execute survey.ipynb --output-dir jupyter --ExecutePreprocessor.kernel_name=.net-csharp \
  --ExecutePreprocessor.timeout=300 2>&1 | { grep -E "^\[NbConvertApp\]" || true; }
[ -f jupyter/survey.ipynb ] || fail "nbconvert wrote no executed notebook"
check_outputs jupyter/survey.ipynb || exit 1
offline=$("$here/scripts/check-jupyter-offline.sh" jupyter/survey.ipynb) || { echo "$offline" >&2; fail "charts do not draw offline in Jupyter's output"; }
echo "$offline"
grep -q "(0 map countries)" <<<"$offline" && fail "the world map drew no countries offline"

echo "== the repository-only commands say so outside it"
set +e; sync_out=$("$egov" notebooks sync 2>&1); sync_exit=$?; set -e
[ $sync_exit = 2 ] && grep -q "clone of the repository" <<<"$sync_out" || fail "egov notebooks sync outside the repository: exit $sync_exit, $sync_out"
echo "check-packages: EGov and EGov.Cli $version work from the packages alone"
