#!/usr/bin/env bash
# Reliability steps for .ci/run (issue 6). The property, concurrency and resource-limit tests run with the normal
# `dotnet test`; this script adds the bounded fuzz smoke (~1 minute) and the cold-start concurrency hammer.
# Prints "N passed, N failed" for its own steps and exits non-zero when one fails.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts/ci
passed=0
failed=0
step() {
  local name=$1; shift
  if "$@" > "artifacts/ci/$name.log" 2>&1; then passed=$((passed + 1)); echo "ok   $name"; tail -n 2 "artifacts/ci/$name.log"
  else failed=$((failed + 1)); echo "FAIL $name"; tail -n 20 "artifacts/ci/$name.log"; fi
}
step fuzz-smoke fuzz/fuzz.sh --seconds "${FUZZ_SECONDS:-60}"
step hammer dotnet artifacts/bin/UrduText.Fuzz/release/UrduText.Fuzz.dll hammer
echo "reliability steps: $passed ok, $failed failed"
[ "$failed" -eq 0 ]
