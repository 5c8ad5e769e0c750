#!/usr/bin/env bash
# Writes tools/UrduText.Generators/SourceData/tesseract-urd-words.txt: the whole Apache-2.0 Urdu word list of Debian's
# tesseract-ocr-urd (urd.traineddata, lstm-word-dawg), one word per line, sorted, with a provenance header. The core
# spacing model (spacing-model core) reads it. Needs Debian/Ubuntu with apt (as root) or tesseract-ocr + -urd installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if ! command -v combine_tessdata >/dev/null || ! command -v dawg2wordlist >/dev/null \
   || ! ls /usr/share/tesseract-ocr/*/tessdata/urd.traineddata >/dev/null 2>&1; then
  apt-get update && apt-get install -y tesseract-ocr tesseract-ocr-urd
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
traineddata="$(ls /usr/share/tesseract-ocr/*/tessdata/urd.traineddata | head -n 1)"
combine_tessdata -u "$traineddata" "$work/urd." >/dev/null
dawg2wordlist "$work/urd.lstm-unicharset" "$work/urd.lstm-word-dawg" "$work/urd.words.txt" >/dev/null 2>&1
package="tesseract-ocr-urd $(dpkg-query -W -f='${Version}' tesseract-ocr-urd)"
data_version="$(tr -d '\n' < "$work/urd.version")"
out="$root/tools/UrduText.Generators/SourceData/tesseract-urd-words.txt"
{
  echo "# The Urdu word list of $package (urd.traineddata $data_version, lstm-word-dawg), $(LC_ALL=C sort -u "$work/urd.words.txt" | grep -c .) words."
  echo "# Licence: Apache-2.0 (Copyright 2006-2022 Google Inc.). Regenerate: tools/spacing/extract-tesseract-words.sh"
  LC_ALL=C sort -u "$work/urd.words.txt" | grep .
} > "$out"
echo "wrote $out"
