#!/usr/bin/env bash
# Two app instances on this machine behind nginx with sticky sessions, on one port: the shape of a production
# deployment with more than one web server (operations.md, "More than one instance"). Both share the database, so
# they share the data-protection keys (sign-in cookies), the case drafts and everything else.
#   scripts/two-instances.sh            national demo data, balancer on http://127.0.0.1:8080 (JT_PORT)
#   scripts/two-instances.sh --small    a few thousand persons
# Instances on JT_PORT_A (8081) and JT_PORT_B (8082). Stop one (its PID is printed) to see browsers move to the
# other without signing in again. Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/balancer.sh

root=$PWD
data=${JT_DATA_DIR:-$root/.data}
port=${JT_PORT:-8080}; port_a=${JT_PORT_A:-8081}; port_b=${JT_PORT_B:-8082}
scale=national
for arg in "$@"; do
  case $arg in
    --small) scale=small ;;
    *) echo "Unknown option '$arg' (known: --small)" >&2; exit 2 ;;
  esac
done

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is missing (dotnet not on PATH): install it, then start again." >&2; exit 1; }
balancer_ensure_installed || exit 1
if [ -z "${ConnectionStrings__Default:-}" ]; then pg_ensure_installed || exit 1; fi
mkdir -p "$data"

started_pg=""; pids=()
run_dir=$(mktemp -d /tmp/jt-two-instances.XXXXXX)
cleanup() {
  trap '' PIPE
  local p; for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -n "$started_pg" ] && pg_stop "$pg_dir"
  rm -rf "$run_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The same database as run.sh: its local cluster unless ConnectionStrings__Default names another.
if [ -z "${ConnectionStrings__Default:-}" ]; then
  pg_dir=$(pg_cluster_dir "$data") || exit 1
  pg_port=${JT_PG_PORT:-55432}
  pg_start "$pg_dir" "$pg_port"; started_pg=1
  if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='jobcentertilsyn'" | grep -q 1; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres jobcentertilsyn
  fi
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=jobcentertilsyn;Username=postgres"
fi
if [ -z "${Pseudonymization__Key:-}" ]; then
  [ -s "$data/pseudonymization.key" ] || (umask 077; head -c 32 /dev/urandom | base64 >"$data/pseudonymization.key")
  export Pseudonymization__Key=$(cat "$data/pseudonymization.key")
fi

echo "Building"
dotnet build src/JobcenterTilsyn.Cli -c Release -nologo -v q -o "$data/bin/cli" >/dev/null
dotnet publish src/JobcenterTilsyn.Web -c Release -nologo -v q -o "$data/bin/web" >/dev/null
cli() { dotnet "$data/bin/cli/JobcenterTilsyn.Cli.dll" "$@"; }
cli migrate
cli demo-data --scale "$scale" --seed 1
cli demo-users

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
# The balancer is the only proxy whose X-Forwarded-For is believed: rate limiting and logs see the browser's address.
export ForwardedHeaders__KnownProxies=127.0.0.1
for p in "$port_a" "$port_b"; do
  (cd "$data/bin/web" && exec dotnet JobcenterTilsyn.Web.dll --urls "http://127.0.0.1:$p" --contentRoot "$data/bin/web") &
  pids+=($!); echo "Instance on http://127.0.0.1:$p (PID $!)"
done
for p in "$port_a" "$port_b"; do
  for _ in $(seq 120); do curl -fs -o /dev/null "http://127.0.0.1:$p/health" && break; sleep 1; done
done
balancer_start "$run_dir" "$port" "$port_a" "$port_b"; pids+=("$BALANCER_PID")
echo "Serving http://127.0.0.1:$port through nginx (sticky by client address; config $run_dir/nginx.conf). Ctrl-C stops all."
# Runs until Ctrl-C or until the balancer ends; a stopped instance is the point of the exercise, not an end.
wait "$BALANCER_PID" || true
