#!/usr/bin/env bash
# Backtest of the outlook (rules.md §11): loads a demo set into a throwaway PostgreSQL with `demo-data`
# (generate, import, compute 2022-01..2025-12) and prints `backtest`: per goal and horizon, the mean absolute error
# of the projected share (har_tilbud ÷ naevner) against the share later measured. Figures go into
# docs/forecast-accuracy.md by hand.
#   scripts/backtest.sh [national|small] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
scale=${1:-national}
seed=${2:-1}

pg_ensure_installed
work=$(mktemp -d /tmp/jt-backtest.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$work"
cleanup() { pg_stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT INT TERM
port=$(pg_free_port)
PG_EXTRA_OPTS="-c fsync=off -c full_page_writes=off -c synchronous_commit=off" pg_start "$work/pg" "$port"
export ConnectionStrings__Default="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
export Pseudonymization__Key=$(head -c 32 /dev/urandom | base64)

dotnet build src/JobcenterTilsyn.Cli -c Release -nologo -v q -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/JobcenterTilsyn.Cli.dll")
"${cli[@]}" migrate >/dev/null
"${cli[@]}" demo-data --scale "$scale" --seed "$seed" >&2
echo "Backtest of the outlook, $scale demo set (seed $seed)"
"${cli[@]}" backtest
