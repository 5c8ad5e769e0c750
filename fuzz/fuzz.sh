#!/usr/bin/env bash
# Builds the fuzz harness, instruments a copy of UrduText.dll with SharpFuzz (coverage for the in-process fuzzer) and
# fuzzes every public operation with the shared invariants. Usage:
#   fuzz/fuzz.sh --seconds 60            # the smoke run .ci/run uses
#   fuzz/fuzz.sh --runs 10000000         # a long run; add --seed N for another random stream
# Findings (crash-*, hang-* plus a .txt with the exception) go to artifacts/fuzz/findings; re-run one with
#   dotnet artifacts/bin/UrduText.Fuzz/release/UrduText.Fuzz.dll repro artifacts/fuzz/findings/crash-XXXX
# (the plain build: the instrumented copy in artifacts/fuzz/bin needs the fuzzer's trace memory and fails outside it)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build fuzz/UrduText.Fuzz -c Release > artifacts/fuzz-build.log 2>&1 || { tail -n 30 artifacts/fuzz-build.log; exit 1; }
rm -rf artifacts/fuzz/bin
mkdir -p artifacts/fuzz/corpus
cp -r artifacts/bin/UrduText.Fuzz/release artifacts/fuzz/bin
dotnet artifacts/fuzz/bin/UrduText.Fuzz.dll instrument artifacts/fuzz/bin/UrduText.dll
seeds=(--seeds benchmarks/Data/independent-urdu-putin-kim.txt --seeds benchmarks/Data/mixed-web.txt)
[ -d ../shared/corpus ] && for f in ../shared/corpus/*.txt; do seeds+=(--seeds "$f"); done
exec dotnet artifacts/fuzz/bin/UrduText.Fuzz.dll fuzz "${seeds[@]}" --corpus artifacts/fuzz/corpus --findings artifacts/fuzz/findings "$@"
