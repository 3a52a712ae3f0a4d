#!/usr/bin/env bash
# Shared helpers to run a PostgreSQL cluster in a folder of our own (sourced by run.sh, test.sh and others).
# PostgreSQL refuses to run as root, so for root the cluster is owned by and runs as the 'postgres' user;
# any other user runs it as themselves.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
# Where root's clusters go when 'postgres' cannot reach the project folder (see pg_cluster_dir).
JT_STATE_DIR=${JT_STATE_DIR:-/var/lib/jobcentertilsyn}

pg_ensure_installed() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL is not installed and installing it needs root: run 'sudo apt-get install -y postgresql' (or set ConnectionStrings__Default to a database of your own), then start again." >&2
      return 1
    fi
    echo "PostgreSQL not found: installing it with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  # Root has to hand the server to another user; say so now rather than fail half-way.
  if [ "$(id -u)" = 0 ] && ! id -u postgres >/dev/null 2>&1; then
    echo "PostgreSQL refuses to run as root and there is no 'postgres' user to run it as: create one with 'useradd --system --home-dir /var/lib/postgresql postgres' (or set ConnectionStrings__Default), then start again." >&2
    return 1
  fi
}

# pg_user: the user the server runs as.
pg_user() {
  if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi
}

# as_pg CMD...: runs a command as the postgres user when we are root, else as ourselves. From / for root,
# since 'postgres' may not be allowed into the current folder (so paths given must be absolute).
as_pg() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# pg_free_port: prints a free TCP port on loopback.
pg_free_port() {
  python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

# pg_cluster_dir DATA: prints the folder of run.sh's cluster for the data folder DATA, creating what it needs.
# Normally DATA/postgres. When we are root and 'postgres' cannot reach DATA (a project in root's home, a home
# with mode 700, mktemp -d), the cluster lives in $JT_STATE_DIR/<project id>/postgres instead, and
# DATA/postgres is a symlink to it, so later starts find the same cluster. Nothing above DATA is changed.
pg_cluster_dir() {
  local data link real id home
  data=$(readlink -f "$1"); link=$data/postgres
  if [ -L "$link" ]; then readlink "$link"; return 0; fi
  if [ "$(id -u)" != 0 ] || runuser -u postgres -- test -x "$data"; then
    echo "$link"; return 0
  fi
  # Derived from the folder, so it is stable and distinct per checkout; the name says whose it is.
  id=$(basename "$(dirname "$data")" | tr -c 'A-Za-z0-9._\n-' '_')-$(printf '%s' "$data" | sha256sum | cut -c1-12)
  home=$JT_STATE_DIR/$id
  real=$home/postgres
  if ! mkdir -p "$home" 2>/dev/null; then
    echo "Cannot create $home for the local PostgreSQL, which the 'postgres' user cannot keep under $data: make $JT_STATE_DIR writable for root or move the project to a folder 'postgres' can enter, then start again." >&2
    return 1
  fi
  chmod 755 "$JT_STATE_DIR" "$home"
  if [ -e "$real" ]; then
    # No pointer in DATA but a cluster here: its data folder was deleted, which means "start afresh".
    echo "Removing the local PostgreSQL left in $real by an earlier $data" >&2
    as_pg "$PG_BIN/pg_ctl" -D "$real" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$real" "$real.initdb.log"
  fi
  if [ -d "$link" ]; then
    # A cluster made here before (before this rule, or before a folder above became private): move it.
    if [ -n "$(ls -A "$link")" ]; then echo "Moving the local PostgreSQL from $link to $real" >&2; fi
    mv "$link" "$real" && rm -f "$link.initdb.log"
  fi
  echo "$data" >"$home/project"
  ln -s "$real" "$link"
  echo "$real"
}

# pg_start DIR PORT: creates the cluster in DIR if needed and starts it on 127.0.0.1:PORT.
pg_start() {
  local dir port=$2 socket
  dir=$(readlink -m "$1")
  mkdir -p "$dir"
  local owner; owner=$(stat -c %U "$dir")
  if [ "$owner" != "$(pg_user)" ]; then
    if [ "$(id -u)" = 0 ] && [ -z "$(ls -A "$dir")" ]; then
      chown postgres "$dir"; chmod 700 "$dir"
    else
      # Only its owner may run a cluster: one made by root (as 'postgres') or by another user is not ours to take.
      echo "The PostgreSQL cluster in $dir belongs to '$owner' but would run as '$(pg_user)': start as $( [ "$owner" = postgres ] && echo root || echo "$owner"), or remove $dir to start afresh." >&2
      return 1
    fi
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_pg "$PG_BIN/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; return 1; }
  fi
  if as_pg "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then return 0; fi
  # The Unix socket goes next to the data unless that path is too long for one (107 bytes); TCP is what we use.
  socket=$dir; [ ${#dir} -gt 90 ] && socket=""
  as_pg "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k '$socket' -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB -c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=4GB ${PG_EXTRA_OPTS:-}" \
    start >/dev/null || { tail -20 "$dir/server.log" >&2; return 1; }
}

# pg_stop DIR: stops the cluster in DIR (fast shutdown), ignoring a cluster that is not running.
pg_stop() {
  as_pg "$PG_BIN/pg_ctl" -D "$(readlink -m "$1")" -m fast -w stop >/dev/null 2>&1 || true
}
