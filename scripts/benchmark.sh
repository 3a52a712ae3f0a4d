#!/usr/bin/env bash
# Benchmark: times generate, import and compute on the national demo set against a throwaway PostgreSQL,
# with peak memory (max RSS) of each step. Figures go into docs/performance.md by hand.
#   scripts/benchmark.sh [national|small]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
scale=${1:-national}

pg_ensure_installed
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work=$(mktemp -d /tmp/jt-bench.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$work"
cleanup() { pg_stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT INT TERM
port=$(pg_free_port)
pg_start "$work/pg" "$port"
export ConnectionStrings__Default="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
export Pseudonymization__Key=$(head -c 32 /dev/urandom | base64)

dotnet build src/JobcenterTilsyn.Cli -c Release -nologo -v q -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/JobcenterTilsyn.Cli.dll")
# step NAME CMD...: runs a step, printing wall time and max RSS.
step() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$name.log" 2>&1 || { cat "$work/$name.log"; exit 1; }
  read -r secs kb <"$work/time"
  printf '%-28s %8.1f s  %7.0f MB max RSS\n' "$name" "$secs" "$((kb / 1024))"
  tail -3 "$work/$name.log" | sed 's/^/    /'
}

echo "Benchmark ($scale), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')"
step migrate "${cli[@]}" migrate
step "generate $scale" "${cli[@]}" generate --out "$work/data" --seed 1 --scale "$scale"
rows=$(($(cat "$work"/data/*.csv | wc -l) - 4))
step import "${cli[@]}" import "$work/data"
read -r secs _ <"$work/time"
echo "    import: $rows rows, $(python3 -c "print(f'{$rows/$secs:,.0f}')") rows/s overall"
# The naive approach is one pass per month: time one such pass (x12 for a year).
step "compute 2025-06 (1 month)" "${cli[@]}" compute --from 2025-06 --to 2025-06
step "compute 2025-01..2025-12" "${cli[@]}" compute --from 2025-01 --to 2025-12
step "compute 2022-01..2025-12" "${cli[@]}" compute --from 2022-01 --to 2025-12
step "export measures" "${cli[@]}" export measures --month 2025-06 --out "$work/m.csv"
"$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT pg_size_pretty(pg_database_size('postgres'))" | sed 's/^/database size: /'
