#!/usr/bin/env bash
# Streams a generated ~1 GB Urdu file through `urdutext normalize`, `tokenize` and `sentences` and records peak memory
# (maximum resident set size from GNU time) and wall time, then the same file with its blank lines removed (one
# paragraph: what made `sentences` buffer everything before it streamed through UrduSentenceReader).
# Usage: fuzz/measure-1gb.sh [FILE] [MEGABYTES]
# The file is generated (deterministically) when missing: dotnet UrduText.Fuzz.dll generate FILE MEGABYTES.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-artifacts/urdu-1g.txt}
mb=${2:-1000}
dotnet build src/UrduText.Cli -c Release > /dev/null
dotnet build fuzz/UrduText.Fuzz -c Release > /dev/null
[ -f "$file" ] || dotnet artifacts/bin/UrduText.Fuzz/release/UrduText.Fuzz.dll generate "$file" "$mb"
noblank=${file%.txt}-noblank.txt
[ -f "$noblank" ] || grep -v '^[[:space:]]*$' "$file" > "$noblank"
for input in "$file" "$noblank"; do
  ls -l "$input"
  for command in normalize tokenize sentences; do
    log=artifacts/measure-$command.log
    /usr/bin/time -v dotnet artifacts/bin/UrduText.Cli/release/UrduText.Cli.dll $command --quiet "$input" > /dev/null 2> "$log"
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
    status=$(sed -n 's/.*Exit status: //p' "$log")
    echo "urdutext $command $(basename "$input"): exit $status, peak RSS $((rss / 1024)) MiB, wall $wall"
  done
done
