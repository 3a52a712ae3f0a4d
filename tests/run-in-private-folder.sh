#!/usr/bin/env bash
# Issue 18: ./run.sh must work from a project folder that only its owner can enter (root's home, a home with
# mode 700, mktemp -d). Clones this repository's HEAD into a fresh mktemp -d folder (mode 700), runs
# `./run.sh --small` there on free ports until /health answers 200, stops it with SIGINT to its process group
# (what Ctrl-C does) and checks that the PostgreSQL it started is gone. Removes everything it made, including
# the cluster folder under /var/lib/jobcentertilsyn when run as root. Last line: "passed" or "failed".
#   tests/run-in-private-folder.sh        (test.sh runs it as one item of its totals)
# JT_RUN_TEST_TIMEOUT: seconds allowed until /health answers (default 900; a cold start builds the app).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
repo=$PWD
timeout=${JT_RUN_TEST_TIMEOUT:-900}

work=$(mktemp -d)
chmod 700 "$work"
clone=$work/JobcenterTilsyn
log=$work/run.log
state_existed=""; [ -d "$JT_STATE_DIR" ] && state_existed=1
run_pid=""; cluster=""

fail() {
  echo "FAILED: $*"
  [ -f "$log" ] && { echo "--- last lines of run.sh's output:"; tail -25 "$log"; }
  echo failed
  exit 1
}

cleanup() {
  if [ -n "$run_pid" ] && kill -0 "$run_pid" 2>/dev/null; then
    # As Ctrl-C would; run.sh stops its PostgreSQL itself. Forced only if it has not ended in 30 s.
    kill -INT -- "-$run_pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$run_pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$run_pid" 2>/dev/null
  fi
  [ -z "$cluster" ] && [ -L "$clone/.data/postgres" ] && cluster=$(readlink "$clone/.data/postgres")
  if [ -n "$cluster" ]; then
    pg_stop "$cluster"
    # The cluster's own folder under the state folder (never the state folder itself).
    case $cluster in "$JT_STATE_DIR"/*/postgres) rm -rf "$(dirname "$cluster")" ;; esac
  fi
  [ -z "$state_existed" ] && rmdir "$JT_STATE_DIR" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
elapsed() { echo $(( $(date +%s) - started ))s; }

# HEAD as committed: the test must not see uncommitted files.
git clone -q --no-checkout "$repo" "$clone" && git -C "$clone" fetch -q "$repo" HEAD \
  && git -C "$clone" checkout -q --detach FETCH_HEAD || fail "could not clone $repo"
echo "Cloned $(git -C "$clone" rev-parse --short HEAD) into $clone (mode $(stat -c %a "$work"))"

app_port=$(pg_free_port)
db_port=$(pg_free_port); while [ "$db_port" = "$app_port" ]; do db_port=$(pg_free_port); done

# As in a terminal: run.sh in a process group of its own (job control), with SIGINT handled by default even
# when we were started in the background of a non-interactive shell (which ignores SIGINT for its children).
set -m
(cd "$clone" && exec env --default-signal=INT JT_PORT="$app_port" JT_PG_PORT="$db_port" ./run.sh --small) >"$log" 2>&1 &
run_pid=$!
set +m

healthy=""
while [ $(( $(date +%s) - started )) -lt "$timeout" ]; do
  if ! kill -0 "$run_pid" 2>/dev/null; then fail "run.sh ended before /health answered ($(elapsed))"; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$app_port/health")
  [ "$code" = 200 ] && { healthy=1; break; }
  sleep 2
done
[ -n "$healthy" ] || fail "/health did not answer 200 within ${timeout}s"
echo "/health answered 200 after $(elapsed)"

cluster=$(sed -n 's/^Starting the local PostgreSQL in \(.*\) on port .*/\1/p' "$log")
[ -n "$cluster" ] || fail "run.sh did not say where its PostgreSQL is"
if [ "$(id -u)" = 0 ]; then
  [ "$(readlink "$clone/.data/postgres")" = "$cluster" ] || fail ".data/postgres does not point to $cluster"
fi
as_pg "$PG_BIN/pg_ctl" -D "$cluster" status >/dev/null || fail "no PostgreSQL running in $cluster"

kill -INT -- "-$run_pid"
for _ in $(seq 1 60); do kill -0 "$run_pid" 2>/dev/null || break; sleep 1; done
kill -0 "$run_pid" 2>/dev/null && fail "run.sh still runs 60 s after SIGINT"
wait "$run_pid"; echo "run.sh ended with exit code $? after SIGINT"
run_pid=""

as_pg "$PG_BIN/pg_ctl" -D "$cluster" status >/dev/null 2>&1 && fail "PostgreSQL still runs in $cluster after Ctrl-C"
pgrep -f -- "-D $cluster( |\$)" >/dev/null && fail "a postgres process of $cluster is left"
grep -q "Stopped the local PostgreSQL" "$log" || fail "run.sh did not report stopping its PostgreSQL"
echo "Stopped cleanly; took $(elapsed) in all"
echo passed
