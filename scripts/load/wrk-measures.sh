#!/usr/bin/env bash
# Load test of the measures export API: wrk with a latency distribution against GET /api/measures?month=...
# (administrators only). Signs in with curl for a session cookie; once API keys exist, a header
# "Authorization: Bearer <key>" can replace the cookie (JT_API_KEY below).
#   JT_EMAIL=admin@demo.dk JT_PASSWORD=... scripts/load/wrk-measures.sh [BASE_URL] [MONTH]
#   defaults: BASE_URL http://127.0.0.1:5000 (run.sh), MONTH 2025-06; JT_THREADS (2), JT_CONNECTIONS (16), JT_DURATION (30s)
# The passwords are printed by `cli demo-users` (run.sh does it on every start).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/signin.sh"
base=${1:-http://127.0.0.1:5000}
month=${2:-2025-06}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

if [ -n "${JT_API_KEY:-}" ]; then
  auth="Authorization: Bearer $JT_API_KEY"
else
  : "${JT_EMAIL:=admin@demo.dk}" "${JT_PASSWORD:?set JT_PASSWORD (and JT_EMAIL) of an administrator, or JT_API_KEY}"
  jar=$(mktemp); trap 'rm -f "$jar"' EXIT
  auth="Cookie: $(jt_signin "$base" "$JT_EMAIL" "$JT_PASSWORD" "$jar")"
fi
url="$base/api/measures?month=$month"
# One checked request first: a wrong password or month must not be measured as fast 401s or 404s.
code=$(curl -sS -o /tmp/jt-measures.$$ -w '%{http_code}' -H "$auth" "$url")
[ "$code" = 200 ] || { echo "GET $url answered $code" >&2; head -c 300 /tmp/jt-measures.$$ >&2; rm -f /tmp/jt-measures.$$; exit 1; }
echo "GET $url: $(wc -l </tmp/jt-measures.$$) lines, $(wc -c </tmp/jt-measures.$$) bytes per response"
rm -f /tmp/jt-measures.$$
wrk --latency -s "$here/percentiles.lua" -t "${JT_THREADS:-2}" -c "${JT_CONNECTIONS:-16}" -d "${JT_DURATION:-30s}" -H "$auth" "$url"
