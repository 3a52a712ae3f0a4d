#!/usr/bin/env bash
# Sourced by backup.sh and restore.sh: turns the app's Npgsql connection string (ConnectionStrings__Default,
# else run.sh's local default) into the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD)
# that pg_dump, pg_restore and psql read. Keys are matched case-insensitively, as Npgsql does.

pg_env_from_connection_string() {
  local cs=$1 pair key value
  local IFS=';'
  for pair in $cs; do
    [ -z "${pair// /}" ] && continue
    key=$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')
    value=${pair#*=}
    case $key in
      host|server) export PGHOST=$value ;;
      port) export PGPORT=$value ;;
      database|db) export PGDATABASE=$value ;;
      username|user|userid|"user id") export PGUSER=$value ;;
      password|pwd) export PGPASSWORD=$value ;;
      sslmode|"ssl mode") export PGSSLMODE=$(echo "$value" | tr '[:upper:]' '[:lower:]') ;;
    esac
  done
}

pg_env_from_connection_string "${ConnectionStrings__Default:-Host=127.0.0.1;Port=${JT_PG_PORT:-55432};Database=jobcentertilsyn;Username=postgres}"
