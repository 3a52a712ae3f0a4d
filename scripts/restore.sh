#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database of ConnectionStrings__Default (else run.sh's local
# cluster), creating the database if it does not exist. Objects in it are dropped and recreated
# (--clean --if-exists), in one transaction: a failed restore leaves the database as it was.
# Stop the app (or take it out of the load balancer) first: open connections would see a half-restored schema.
#   scripts/restore.sh FILE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/postgres.sh"
source "$here/pgconn.sh"
pg_ensure_installed

file=${1:?usage: scripts/restore.sh FILE (a dump made by scripts/backup.sh)}
[ -r "$file" ] || { echo "Cannot read '$file'" >&2; exit 1; }
target=$PGDATABASE
exists=$(PGDATABASE=postgres "$PG_BIN/psql" -tAc "SELECT 1 FROM pg_database WHERE datname = '${target//\'/\'\'}'")
if [ "$exists" != 1 ]; then
  PGDATABASE=postgres "$PG_BIN/createdb" "$target"
fi
"$PG_BIN/pg_restore" --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname="$target" "$file"
echo "Restored $file into database '$target' on ${PGHOST:-localhost}:${PGPORT:-5432}"
