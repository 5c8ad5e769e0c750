# Sourced by the scripts that build word lists from Debian's tesseract-ocr-urd (Apache-2.0):
# tools/dochashmi/extract-tesseract-urd.sh and tools/spacing/extract-tesseract-words.sh.
# extract_tesseract_urd DIR: installs tesseract-ocr-urd when missing (apt, as root), writes DIR/urd.words.txt (the
# lstm-word-dawg word list, unsorted) and sets $package (name and Debian version) and $data_version (urd.version).
extract_tesseract_urd() {
  local work=$1 traineddata
  if ! command -v combine_tessdata >/dev/null || ! command -v dawg2wordlist >/dev/null \
     || ! ls /usr/share/tesseract-ocr/*/tessdata/urd.traineddata >/dev/null 2>&1; then
    apt-get update && apt-get install -y tesseract-ocr tesseract-ocr-urd
  fi
  traineddata="$(ls /usr/share/tesseract-ocr/*/tessdata/urd.traineddata | head -n 1)"
  combine_tessdata -u "$traineddata" "$work/urd." >/dev/null
  dawg2wordlist "$work/urd.lstm-unicharset" "$work/urd.lstm-word-dawg" "$work/urd.words.txt" >/dev/null 2>&1
  package="tesseract-ocr-urd $(dpkg-query -W -f='${Version}' tesseract-ocr-urd)"
  data_version="$(tr -d '\n' < "$work/urd.version")"
}
