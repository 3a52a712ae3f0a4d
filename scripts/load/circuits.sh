#!/usr/bin/env bash
# Opens many concurrent Blazor Server circuits (tools/JobcenterTilsyn.LoadTest: the SignalR client speaking the
# Blazor hub protocol, as blazor.web.js does), then navigates each between kommune pages and reports the update
# latency; with the app's pid it also reports the app's memory per circuit (VmRSS).
#   JT_EMAIL=analytiker@demo.dk JT_PASSWORD=... scripts/load/circuits.sh [BASE_URL] [CIRCUITS] [-- more tool options]
#   tool options: --ramp N (circuits opened per second, 25) --updates N (navigations per circuit, 5) --active N (only
#                 the first N circuits navigate; default all)
#                 --pause S (max random pause between them, 2) --path /kommune/{kode} --settle S (10) --pid PID
#                 --paths P1,P2 (open and navigate between these pages instead, e.g. the Overblik's months:
#                 "/?maaned=2025-12,/?maaned=2025-11") --hold S (keep the circuits open S seconds at the end)
#                 --every S (each circuit navigates once every S seconds from a random start, instead of --pause)
# The pid defaults to the process listening on BASE_URL's port when it runs on this machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/signin.sh"
base=${1:-http://127.0.0.1:5000}; [ $# -gt 0 ] && shift
circuits=${1:-500}; [ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
: "${JT_EMAIL:=analytiker@demo.dk}" "${JT_PASSWORD:?set JT_PASSWORD (and JT_EMAIL): cli demo-users prints them}"

jar=$(mktemp); trap 'rm -f "$jar"' EXIT
cookie=$(jt_signin "$base" "$JT_EMAIL" "$JT_PASSWORD" "$jar")
port=$(echo "$base" | sed -E 's|.*:([0-9]+)/?.*|\1|')
pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
ulimit -n 65536 2>/dev/null || true
dotnet build "$root/tools/JobcenterTilsyn.LoadTest" -c Release -nologo -v q >/dev/null
dotnet "$root/tools/JobcenterTilsyn.LoadTest/bin/Release/net10.0/JobcenterTilsyn.LoadTest.dll" \
  --base "$base" --cookie "$cookie" --circuits "$circuits" ${pid:+--pid "$pid"} "$@"
