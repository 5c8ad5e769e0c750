#!/usr/bin/env bash
# Rebuilds src/UrduText/Normalization/Data/do-chashmi-tesseract-urd.txt (rule D2a's fallback word list) from the
# Apache-2.0 Urdu word list in Debian's tesseract-ocr-urd. Needs Debian/Ubuntu with apt (run as root, or install
# tesseract-ocr and tesseract-ocr-urd yourself first). The output is committed; building UrduText never needs this.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/tools/tesseract/urd-words.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
extract_tesseract_urd "$work"
cd "$root"
dotnet run --project tools/UrduText.Generators -- dochashmi-wordlist "$work/urd.words.txt" "$package" "$data_version"
