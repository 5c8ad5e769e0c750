#!/usr/bin/env bash
# Writes tools/UrduText.Generators/SourceData/tesseract-urd-words.txt: the whole Apache-2.0 Urdu word list of Debian's
# tesseract-ocr-urd (urd.traineddata, lstm-word-dawg), one word per line, sorted, with a provenance header. The core
# spacing model (spacing-model core) reads it. Needs Debian/Ubuntu with apt (as root) or tesseract-ocr + -urd installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/tools/tesseract/urd-words.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
extract_tesseract_urd "$work"
out="$root/tools/UrduText.Generators/SourceData/tesseract-urd-words.txt"
{
  echo "# The Urdu word list of $package (urd.traineddata $data_version, lstm-word-dawg), $(LC_ALL=C sort -u "$work/urd.words.txt" | grep -c .) words."
  echo "# Licence: Apache-2.0 (Copyright 2006-2022 Google Inc.). Regenerate: tools/spacing/extract-tesseract-words.sh"
  LC_ALL=C sort -u "$work/urd.words.txt" | grep .
} > "$out"
echo "wrote $out"
