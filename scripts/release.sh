#!/usr/bin/env bash
# Releases both packages (EGov, EGov.Cli) at the version of Directory.Build.props; see CHANGELOG.md, "Releasing".
#   NUGET_API_KEY=... scripts/release.sh          (on a clean checkout of the tag v<version>, origin on GitHub)
#   scripts/release.sh --dry-run                  (everything but the push; no key needed)
# Packs in Release as a ContinuousIntegrationBuild into artifacts/release/<version>/, verifies those packages with
# scripts/check-packages.sh --feed (no pack warnings; the tool installed; a notebook outside the repository run with egov run
# and in Jupyter through the installed kernel), then pushes the .nupkg files (and their .snupkg symbols) to nuget.org
# with the key from NUGET_API_KEY. Never run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
dry=0; [ "${1:-}" = "--dry-run" ] && dry=1
fail() { echo "release: $*" >&2; exit 1; }
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
[ -n "$version" ] || fail "no <Version> in Directory.Build.props"
grep -q "^## $version" CHANGELOG.md || fail "CHANGELOG.md has no section '## $version'"
if [ $dry = 0 ]; then
  [ -n "${NUGET_API_KEY:-}" ] || fail "set NUGET_API_KEY to the nuget.org key of the account that owns EGov and EGov.Cli"
  [ -z "$(git status --porcelain)" ] || fail "the work tree has changes: release from a clean checkout of the tag"
  tag=$(git describe --tags --exact-match HEAD 2>/dev/null || true)
  [ "$tag" = "v$version" ] || fail "HEAD is not tagged v$version (it is: ${tag:-untagged}): git tag v$version"
  origin=$(git remote get-url origin 2>/dev/null || true)
  [[ "$origin" =~ github\.com[:/] ]] || fail "origin ($origin) is not a GitHub repository: SourceLink would map the sources nowhere"
fi

out="artifacts/release/$version"
rm -rf "$out" artifacts/release/build && mkdir -p "$out"
echo "== pack $version into $out"
for project in lib/EGov lib/EGov.Cli; do
  CI=true dotnet pack "$project" -c Release -o "$out" --artifacts-path artifacts/release/build \
    -p:ContinuousIntegrationBuild=true -p:IncludeSymbols=true -p:SymbolPackageFormat=snupkg -warnaserror
done
ls -l "$out"
echo "== verify these packages (scripts/check-packages.sh --feed $out)"
scripts/check-packages.sh --feed "$out"
if [ $dry = 1 ]; then echo "release: dry run; would push $(ls "$out"/*.nupkg | xargs -n1 basename | tr '\n' ' ')"; exit 0; fi
for package in "$out/EGov.$version.nupkg" "$out/EGov.Cli.$version.nupkg"; do
  # dotnet nuget push also pushes the .snupkg beside each package.
  dotnet nuget push "$package" --api-key "$NUGET_API_KEY" --source https://api.nuget.org/v3/index.json
done
echo "release: EGov and EGov.Cli $version pushed"
