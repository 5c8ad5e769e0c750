#!/usr/bin/env bash
# Regenerates every generated file whose inputs are committed and that takes seconds to make (the generators' `tables`
# command: character classes, normalization tables and their doc, the CLDR gazetteer, the core spacing model), then
# fails when that changed anything: a generated file edited by hand, an input changed without rerunning its generator,
# or a generator that is not deterministic. The trained models need ../shared and take minutes: a test checks the input
# hashes they record instead of retraining (docs/data.md). Run by .ci/run after the Release build; runs alone too.
set -uo pipefail
cd "$(dirname "$0")/.."
generator=artifacts/bin/UrduText.Generators/release/UrduText.Generators.dll
if [ ! -f "$generator" ]; then
  dotnet build tools/UrduText.Generators -c Release -v quiet -nologo || exit 1
fi

# What git sees before and after (tracked changes and untracked files): on a clean clone, the check is exactly
# `git diff --exit-code` plus "no new files"; on a working tree with edits, only what the generators change counts.
snapshot() { { git diff --binary; git ls-files --others --exclude-standard; } | sha256sum; }
before=$(snapshot)
dotnet "$generator" tables || { echo "the generators failed"; exit 1; }
if [ "$(snapshot)" != "$before" ]; then
  git status --short
  git diff --stat
  echo "generated files differ from the committed ones: run 'dotnet run --project tools/UrduText.Generators -c Release -- tables', review and commit"
  exit 1
fi
echo "generated files match their generators"
