#!/usr/bin/env bash
# Times the first render of the main pages as a browser's first request gets it: the server-side prerender of
# the page with its data (Blazor Server renders the stored results into the HTML before the circuit starts).
#   JT_EMAIL=... JT_PASSWORD=... scripts/measure-pages.sh [base-url] [requests-per-page]
# Use an account printed by run.sh (e.g. the analyst). Prints median and p95 per page in milliseconds.
set -euo pipefail
base=${1:-http://127.0.0.1:5000}
n=${2:-30}
: "${JT_EMAIL:?set JT_EMAIL to a user printed by run.sh}" "${JT_PASSWORD:?set JT_PASSWORD}"
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# Sign in like a browser: the form's antiforgery token, then the posted form; the cookie stays in $jar.
token=$(curl -fsS -c "$jar" -b "$jar" "$base/konto/log-ind" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/konto/log-ind" \
  --data-urlencode "_handler=log-ind" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=$JT_EMAIL" --data-urlencode "Input.Adgangskode=$JT_PASSWORD")
[ "$status" = 302 ] || { echo "sign-in as $JT_EMAIL failed (HTTP $status)" >&2; exit 1; }

printf '%-28s %8s %8s %8s\n' page median p95 max
for page in / /kommuner /kommune/851 /benchmark /udpegning; do
  curl -fsS -o /dev/null -b "$jar" "$base$page"   # warm-up: JIT and connection pool
  for _ in $(seq "$n"); do curl -fsS -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$page"; done |
    sort -n | awk -v page="$page" '{ t[NR] = $1 * 1000 } END {
      p95 = int(NR * 0.95 + 0.999); printf "%-28s %6.0f ms %6.0f ms %6.0f ms\n", page, t[int((NR + 1) / 2)], t[p95], t[NR] }'
done
