#!/usr/bin/env bash
# Ecosystem checks for UrduText (issue 7), called from .ci/run:
#   1. NativeAOT publish of tests/UrduText.AotSmoke (zero trim/AOT warnings) and a run of the binary;
#   2. dotnet pack of every package (nupkg + snupkg, readme, icon, licence, repository, XML docs);
#   3. the CLI installed as a dotnet tool from the local packages into a temporary tool path, then
#      `urdutext --help` and `urdutext tokenize` on a known line.
# Prints one PASS/FAIL line per step and exits non-zero if any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
logs=artifacts/ci/ecosystem
mkdir -p "$logs"
failed=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)

echo "== ecosystem: NativeAOT smoke (tests/UrduText.AotSmoke)"
if dotnet publish tests/UrduText.AotSmoke -c Release -r linux-x64 -p:CppCompilerAndLinker=gcc > "$logs/aot-publish.log" 2>&1; then
  if grep -qE 'warning (IL[0-9]+|CS[0-9]+)' "$logs/aot-publish.log"; then
    grep -E 'warning (IL|CS)[0-9]+' "$logs/aot-publish.log" | sort -u | head -n 20
    fail "AOT publish has trim/AOT warnings"
  else
    pass "AOT publish (0 trim/AOT warnings)"
  fi
  binary=artifacts/publish/UrduText.AotSmoke/release_linux-x64/UrduText.AotSmoke
  "$binary" > "$logs/aot-run.log" 2>&1
  rc=$?
  sed 's/^/    /' "$logs/aot-run.log"
  if [ "$rc" -eq 0 ]; then
    pass "AOT smoke run ($(du -k "$binary" | cut -f1) KiB native binary)"
  else
    fail "AOT smoke run (exit code $rc)"
  fi
else
  tail -n 30 "$logs/aot-publish.log"
  fail "AOT publish"
fi

echo "== ecosystem: pack every package"
packages=(UrduText UrduText.Data UrduText.Cli UrduText.Lucene UrduText.Tokenizers UrduText.Extensions.DependencyInjection)
# The share-alike Dakshina model lives in UrduText.Data; the CLI tool bundles it, so both carry CC BY-SA 4.0 (docs/data.md).
declare -A licences=([UrduText.Data]="CC-BY-SA-4.0" [UrduText.Cli]="MIT AND CC-BY-SA-4.0")
out=artifacts/package/release
if dotnet pack UrduText.sln -c Release > "$logs/pack.log" 2>&1; then
  for id in "${packages[@]}"; do
    nupkg="$out/$id.$version.nupkg"
    if [ ! -f "$nupkg" ] || [ ! -f "$out/$id.$version.snupkg" ]; then
      fail "pack $id (missing $id.$version.nupkg or .snupkg)"
      continue
    fi
    if command -v unzip > /dev/null; then
      nuspec=$(unzip -p "$nupkg" "$id.nuspec")
      files=$(unzip -Z1 "$nupkg")
      missing=""
      licence=${licences[$id]:-MIT}
      grep -qF "<license type=\"expression\">$licence</license>" <<< "$nuspec" || missing+=" licence($licence)"
      grep -q '<readme>' <<< "$nuspec" || missing+=" readme"
      grep -q '<icon>icon.png</icon>' <<< "$nuspec" || missing+=" icon"
      grep -q '<repository type="git"' <<< "$nuspec" || missing+=" repository"
      grep -q '^icon.png$' <<< "$files" || missing+=" icon.png"
      if [ "$id" != UrduText.Cli ]; then
        grep -q "^lib/net10.0/$id.xml$" <<< "$files" || missing+=" xml-docs"
      else
        grep -q 'DotnetToolSettings.xml$' <<< "$files" || missing+=" tool-settings"
      fi
      if [ -n "$missing" ]; then fail "pack $id (missing:$missing)"; else pass "pack $id (nupkg + snupkg, licence, readme, icon, repository, docs)"; fi
    else
      pass "pack $id (nupkg + snupkg; contents not inspected: no unzip)"
    fi
  done
else
  grep -E 'error' "$logs/pack.log" | sort -u | head -n 20
  fail "dotnet pack (package validation or metadata error)"
fi

echo "== ecosystem: install the CLI as a dotnet tool from the local packages"
tools=$(mktemp -d)
if NUGET_PACKAGES="$tools/packages" dotnet tool install UrduText.Cli --version "$version" --tool-path "$tools" --add-source "$PWD/$out" > "$logs/tool-install.log" 2>&1; then
  pass "dotnet tool install UrduText.Cli $version"
  if "$tools/urdutext" --help > "$logs/tool-help.log" 2>&1 && grep -q 'tokenize' "$logs/tool-help.log"; then
    pass "urdutext --help"
  else
    cat "$logs/tool-help.log"; fail "urdutext --help"
  fi
  got=$(printf 'کہا،ہاں۔ قیمت 1,500 روپے؛\n' | "$tools/urdutext" tokenize 2>&1)
  if [ "$got" = 'کہا ، ہاں ۔ قیمت 1,500 روپے ؛' ]; then
    pass "urdutext tokenize"
  else
    echo "    got: $got"; fail "urdutext tokenize"
  fi
else
  tail -n 20 "$logs/tool-install.log"
  fail "dotnet tool install UrduText.Cli"
fi
rm -rf "$tools"

if [ "$failed" -eq 0 ]; then echo "ecosystem: all steps passed"; else echo "ecosystem: $failed step(s) failed"; fi
[ "$failed" -eq 0 ]
