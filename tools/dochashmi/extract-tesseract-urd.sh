#!/usr/bin/env bash
# Rebuilds src/UrduText/Normalization/Data/do-chashmi-tesseract-urd.txt (rule D2a's fallback word list) from the
# Apache-2.0 Urdu word list in Debian's tesseract-ocr-urd. Needs Debian/Ubuntu with apt (run as root, or install
# tesseract-ocr and tesseract-ocr-urd yourself first). The output is committed; building UrduText never needs this.
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
cd "$root"
dotnet run --project tools/UrduText.Generators -- dochashmi-wordlist "$work/urd.words.txt" "$package" "$data_version"
