#!/usr/bin/env bash
# Benchmark: times generate, import and compute on the national demo set against a throwaway PostgreSQL, with peak
# memory (max RSS) of each step, and sets import and compute against PostgreSQL's own floor in the same run on the
# same data: a raw COPY of the same lines into unindexed tables, and a COPY TO reading them out once. The ratios at
# the end are what to compare between runs (the machine is shared, so absolute times drift). Figures go into
# docs/performance.md by hand.
#   scripts/benchmark.sh [national|small|national10]      this worktree's CLI (national10: 7,000,000 persons, about
#                                                         133M rows, 4 GB of CSV; only import and one 12-month compute)
#   scripts/benchmark.sh national DIR_A DIR_B ...         built CLIs (folders with JobcenterTilsyn.Cli.dll) side by
#                                                         side in one run, each on a database of its own (before/after)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
scale=${1:-national}; [ $# -gt 0 ] && shift
clis=("$@")

pg_ensure_installed
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work=$(mktemp -d /tmp/jt-bench.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$work"
cleanup() { pg_stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT INT TERM
port=$(pg_free_port)
pg_start "$work/pg" "$port"
db_url() { echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$1"; }
export ConnectionStrings__Default=$(db_url postgres)
export Pseudonymization__Key=$(head -c 32 /dev/urandom | base64)
psql_q() { PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ ${#clis[@]} -eq 0 ]; then
  dotnet build src/JobcenterTilsyn.Cli -c Release -nologo -v q -o "$work/cli" >/dev/null
  clis=("$work/cli")
fi
# step NAME CMD...: runs a step, printing wall time and max RSS.
step() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log"; exit 1; }
  read -r secs kb <"$work/time"
  printf '%-34s %8.1f s  %7.0f MB max RSS\n' "$name" "$secs" "$((kb / 1024))"
  tail -3 "$work/step.log" | sed 's/^/    /'
}
now() { date +%s.%N; }

echo "Benchmark ($scale), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), load $(cut -d' ' -f1-3 /proc/loadavg)"
step "generate $scale" dotnet "${clis[0]}/JobcenterTilsyn.Cli.dll" generate --out "$work/data" --seed 1 --scale "$scale"
rows=$(($(cat "$work"/data/*.csv | wc -l) - 4))

# The floor: the same lines COPYed into tables with text columns, no keys, no indexes (one psql per file, like the
# import's one pass per file), then read out once with COPY TO over the wire, as the computation reads its rows.
raw_in=0; raw_out=0
for f in "$work"/data/*.csv; do
  t=raw_$(basename "$f" .csv)
  cols=$(head -1 "$f" | sed 's/^\xef\xbb\xbf//' | tr -d '\r' | tr ';' '\n' | sed 's/.*/"&" text/' | paste -sd,)
  psql_q -c "DROP TABLE IF EXISTS $t; CREATE TABLE $t ($cols)"
  a=$(now); psql_q -c "\\copy $t FROM '$f' WITH (FORMAT csv, DELIMITER ';', HEADER true)"; b=$(now)
  raw_in=$(python3 -c "print($raw_in + $b - $a)")
done
for f in "$work"/data/*.csv; do
  t=raw_$(basename "$f" .csv)
  a=$(now); psql_q -c "\\copy $t TO '/dev/null'"; b=$(now)
  raw_out=$(python3 -c "print($raw_out + $b - $a)")
  psql_q -c "DROP TABLE $t"
done
psql_q -c "CHECKPOINT"
printf '%-34s %8.1f s   (%s rows)\n' "raw COPY in (unindexed)" "$raw_in" "$rows"
printf '%-34s %8.1f s\n' "raw COPY TO out (read once)" "$raw_out"

summary=()
for c in "${clis[@]}"; do
  label=$(basename "$c"); db=bench_$(echo "$label" | tr -c 'A-Za-z0-9\n' '_')
  psql_q -c "CREATE DATABASE $db"
  export ConnectionStrings__Default=$(db_url "$db")
  cli=(dotnet "$c/JobcenterTilsyn.Cli.dll")
  echo "== $label"
  step migrate "${cli[@]}" migrate
  step import "${cli[@]}" import "$work/data"
  read -r import_secs _ <"$work/time"
  echo "    import: $rows rows, $(python3 -c "print(f'{$rows/$import_secs:,.0f}')") rows/s overall"
  step "compute 2025-01..2025-12" "${cli[@]}" compute --from 2025-01 --to 2025-12
  read -r compute_secs _ <"$work/time"
  echo "    compute: $(python3 -c "print(f'{$rows/$compute_secs:,.0f}')") register rows/s"
  psql_q -c "SELECT '    database size after import and compute: ' || pg_size_pretty(pg_database_size('$db'))"
  if [ ${#clis[@]} -eq 1 ] && [ "$scale" != national10 ]; then
    # The naive approach is one pass per month: time one such pass (x12 for a year).
    step "compute 2025-06 (1 month)" "${cli[@]}" compute --from 2025-06 --to 2025-06
    step "compute 2022-01..2025-12" "${cli[@]}" compute --from 2022-01 --to 2025-12
    step "export measures" "${cli[@]}" export measures --month 2025-06 --out "$work/m.csv"
  fi
  summary+=("$(python3 -c "print(f'  {\"$label\":<20} import / raw COPY in {$import_secs/$raw_in:5.2f}x ({$import_secs:.1f} s / {$raw_in:.1f} s)   compute 12 months / COPY TO {$compute_secs/$raw_out:5.2f}x ({$compute_secs:.1f} s / {$raw_out:.1f} s)')")")
  psql_q -c "DROP DATABASE $db"
done
echo
echo "Ratios in this run (targets: import <= 3x raw COPY in, compute of 12 months <= 4x read-once):"
printf '%s\n' "${summary[@]}"
