#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt
# and drops the ones it reports as removed (RS0017). Usage: tools/update-public-api.sh [src/UrduText]
set -euo pipefail
project=${1:-src/UrduText}
file="$project/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project" -c Release -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
grep -oE "RS0016: Symbol '[^']*'" "$log" | sed "s/RS0016: Symbol '//; s/'$//" | sort -u >> "$file" || true
grep -oE "RS0017: Symbol '[^']*'" "$log" | sed "s/RS0017: Symbol '//; s/'$//" | sort -u | while read -r sym; do
  grep -vxF -- "$sym" "$file" > "$file.tmp" || true; mv "$file.tmp" "$file"
done
{ echo '#nullable enable'; grep -v '^#nullable' "$file" | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
rm -f "$log"
echo "updated $file"
