#!/usr/bin/env bash
# Regenerates the README's picture of the HTML report, docs/images/report.png:
#   docs/screenshot.sh [PNG [RESULTS_FOLDER]]
# runs the experiment below into a temporary folder (or, given RESULTS_FOLDER, re-renders that folder's
# report with `dmsim report`, without simulating), then photographs the top of report.html — what was
# run, the answer, the first network map — with headless chromium.
# Needs Java 17+, Maven and Debian's chromium (apt-get install chromium). The demo takes about a minute.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
png="$(realpath -m "${1:-$root/docs/images/report.png}")"
results="${2:+$(realpath -e "$2")}"

# The run pictured; it is given --out FOLDER and must write FOLDER/report.html.
run=(./dmsim demo --quiet)
# Window in CSS pixels at device scale 1: the report's 1100 px column with its margins, and tall enough
# for the header, the answer (four cases) and the first network map with its caption.
width=1280
height=1990

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
if [ -n "$results" ]; then
  what="./dmsim report $results"
  ./dmsim report "$results" >"$tmp/dmsim.log" 2>&1 || { cat "$tmp/dmsim.log" >&2; exit 1; }
else
  results="$tmp/results"
  what="${run[*]}"
  echo "screenshot.sh: $what ..." >&2
  "${run[@]}" --out "$results" >"$tmp/dmsim.log" 2>&1 || { cat "$tmp/dmsim.log" >&2; exit 1; }
fi
report="$results/report.html"
[ -f "$report" ] || { echo "screenshot.sh: $what wrote no $report" >&2; exit 1; }

mkdir -p "$(dirname "$png")"
# A fresh profile, so that nothing of the user's chromium (extensions, zoom) changes the picture.
if ! chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --no-first-run --user-data-dir="$tmp/profile" --window-size="$width,$height" \
    --screenshot="$png" "file://$report" >"$tmp/chromium.log" 2>&1; then
  cat "$tmp/chromium.log" >&2
  echo "screenshot.sh: chromium failed (see above)" >&2
  exit 1
fi
echo "screenshot.sh: wrote $png (${width}×${height} px) of the report of: $what"
