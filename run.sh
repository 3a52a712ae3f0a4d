#!/usr/bin/env bash
# Starts JobcenterTilsyn on http://127.0.0.1:5000 (JT_PORT to change).
# Without ConnectionStrings__Default it runs its own PostgreSQL in .data/postgres (kept between runs,
# stopped again with the app); as root in a folder the 'postgres' user cannot enter, the cluster lives in
# /var/lib/jobcentertilsyn/<project id>/ and .data/postgres points there. First start: migrations,
# reference data and the demo data set.
#   ./run.sh            national demo data (about 700,000 persons; the first start takes a while)
#   ./run.sh --small    a few thousand persons, for a quick look
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

root=$PWD
data=${JT_DATA_DIR:-$root/.data}
port=${JT_PORT:-5000}
scale=national
for arg in "$@"; do
  case $arg in
    --small) scale=small ;;
    *) echo "Unknown option '$arg' (known: --small)" >&2; exit 2 ;;
  esac
done

# Everything that can make the command impossible is checked before anything is changed.
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is missing (dotnet not on PATH): install it, then start again." >&2; exit 1; }
if [ -z "${ConnectionStrings__Default:-}" ]; then pg_ensure_installed || exit 1; fi
mkdir -p "$data"

started_pg=""
# Stop our PostgreSQL however we end (Ctrl-C, TERM, error). Stop first, talk after: when the output is a
# pipe that Ctrl-C also closed, writing to it would end the script before the database is stopped.
cleanup() {
  trap '' PIPE
  if [ -n "$started_pg" ]; then pg_stop "$pg_dir"; echo "Stopped the local PostgreSQL" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${ConnectionStrings__Default:-}" ]; then
  pg_dir=$(pg_cluster_dir "$data") || exit 1
  pg_port=${JT_PG_PORT:-55432}
  echo "Starting the local PostgreSQL in $pg_dir on port $pg_port"
  pg_start "$pg_dir" "$pg_port"
  started_pg=1
  if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='jobcentertilsyn'" | grep -q 1; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres jobcentertilsyn
  fi
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=jobcentertilsyn;Username=postgres"
fi

# The key that turns CPR numbers into pseudonyms: made once and kept, or it would break linkage.
if [ -z "${Pseudonymization__Key:-}" ]; then
  if [ ! -s "$data/pseudonymization.key" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 >"$data/pseudonymization.key")
  fi
  export Pseudonymization__Key=$(cat "$data/pseudonymization.key")
fi

echo "Building"
dotnet build src/JobcenterTilsyn.Cli -c Release -nologo -v q -o "$data/bin/cli" >/dev/null
# Published, so static assets (MudBlazor's among them) are served outside Development too.
dotnet publish src/JobcenterTilsyn.Web -c Release -nologo -v q -o "$data/bin/web" >/dev/null
cli() { dotnet "$data/bin/cli/JobcenterTilsyn.Cli.dll" "$@"; }

cli migrate
# First start only: the demo data set (generated, imported and computed); later starts keep what is there.
cli demo-data --scale "$scale" --seed 1
# The only credentials that exist: one demo user per role, with new random passwords on every start.
cli demo-users

echo "Serving http://127.0.0.1:$port (Ctrl-C stops the app and the PostgreSQL it started)"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
cd "$data/bin/web"
dotnet JobcenterTilsyn.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$data/bin/web" || true
