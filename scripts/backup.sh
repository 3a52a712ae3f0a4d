#!/usr/bin/env bash
# Backs up the JobcenterTilsyn database to one file (pg_dump custom format: compressed, a consistent
# snapshot taken while the app runs). The pseudonym key is NOT in the database: back it up separately.
#   scripts/backup.sh [FILE]        default FILE: jobcentertilsyn-YYYY-MM-DDTHHMMSS.dump
# Connection: ConnectionStrings__Default (Npgsql format), else run.sh's local cluster (port JT_PG_PORT or 55432).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/postgres.sh"
source "$here/pgconn.sh"
pg_ensure_installed

file=${1:-jobcentertilsyn-$(date +%Y-%m-%dT%H%M%S).dump}
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-owner --file="$file.partial"
# Renamed only when complete, so a file with the final name is always a whole backup.
mv "$file.partial" "$file"
echo "Backed up database '$PGDATABASE' on ${PGHOST:-localhost}:${PGPORT:-5432} to $file ($(du -h "$file" | cut -f1))"
