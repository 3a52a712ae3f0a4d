#!/usr/bin/env bash
# The whole test suite against a throwaway PostgreSQL (random port, temp folder, removed afterwards)
# and headless Chromium. Prints the totals as the last line: "N passed, N failed".
#   ./test.sh                         everything (what CI runs)
#   ./test.sh Data                    only test projects whose name contains "Data"
#   ./test.sh Domain --filter Spell   ... and only tests matching a dotnet test filter
#   ./test.sh RunInPrivateFolder      only tests/run-in-private-folder.sh (./run.sh --small from a mode-700
#                                     clone), which a full run also runs, niced, alongside the test projects
set -uo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
only=${1:-}; [ $# -gt 0 ] && shift
filter=(); [ "${1:-}" = "--filter" ] && filter=(--filter "$2")

pg_ensure_installed || { echo "0 passed, 1 failed"; exit 1; }
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Chromium (/usr/bin/chromium) is missing and installing it needs root: run 'sudo apt-get install -y chromium', then start again." >&2
    echo "0 passed, 1 failed"; exit 1
  fi
  echo "Installing Chromium for the browser tests (apt-get)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

work=$(mktemp -d /tmp/jt-test.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$work"
run_check=""
cleanup() {
  # The run.sh check cleans up after itself on INT/TERM; wait for it so nothing of it is left.
  [ -n "$run_check" ] && { kill -TERM "$run_check" 2>/dev/null; wait "$run_check" 2>/dev/null; }
  pg_stop "$work/pg"; rm -rf "$work"
}
trap cleanup EXIT INT TERM

port=$(pg_free_port)
# A throwaway cluster: durability does not matter, speed does.
PG_EXTRA_OPTS="-c fsync=off -c full_page_writes=off -c synchronous_commit=off" pg_start "$work/pg" "$port" || exit 1
export JT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
export JT_CHROMIUM=${JT_CHROMIUM:-/usr/bin/chromium}
export JT_TEST_ARTIFACTS=${JT_TEST_ARTIFACTS:-$PWD/artifacts/test}
mkdir -p "$JT_TEST_ARTIFACTS"

check_name=RunInPrivateFolder
with_check=""; [[ -z "$only" || "$check_name" == *"$only"* ]] && with_check=1

echo "== Building (Release)"
target=JobcenterTilsyn.sln; [ -n "$only" ] && target=$(ls tests/*"$only"*.Tests/*.csproj 2>/dev/null | head -1)
if [ -z "$target" ] && [ -n "$with_check" ]; then
  echo "(nothing to build: only $check_name)"; echo "0 Error(s)" >"$work/build.log"
elif ! dotnet build "$target" -c Release -nologo -v q 2>&1 | tee "$work/build.log" | grep -E "error|Warn|Elapsed"; then :; fi
if grep -qE "[1-9][0-9]* Error\(s\)" "$work/build.log" || ! grep -q "0 Error(s)" "$work/build.log"; then
  echo "Build failed"; echo "0 passed, 1 failed"; exit 1
fi

# ./run.sh from a private clone (issue 18) takes minutes, mostly building: it runs alongside the test projects at
# low CPU and I/O priority, so it uses what they leave idle instead of adding its time to the suite's.
if [ -n "$with_check" ]; then
  if git rev-parse --git-dir >/dev/null 2>&1; then
    echo "== $check_name (in the background)"
    nice -n 15 ionice -c 2 -n 7 tests/run-in-private-folder.sh >"$work/$check_name.log" 2>&1 &
    run_check=$!
  else
    echo "== $check_name: skipped (not a git checkout)"
  fi
fi

passed=0; failed=0; status=0
for proj in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  [[ -n "$only" && "$name" != *"$only"* ]] && continue
  echo "== $name"
  dotnet test "$proj" -c Release --no-build -nologo "${filter[@]}" \
    --logger "console;verbosity=normal" --logger "trx;LogFileName=$name.trx" \
    --results-directory "$JT_TEST_ARTIFACTS" >"$work/$name.log" 2>&1
  rc=$?
  # Only failures are worth reading here; the full log is kept in the trx file.
  grep -E "^\s+Failed |Error Message" -A 6 "$work/$name.log" | head -80
  # The console logger closes with "Total tests: N" then "Passed: N" / "Failed: N" lines.
  p=$(grep -E "^\s+Passed:\s+[0-9]+" "$work/$name.log" | tail -1 | grep -oE "[0-9]+")
  f=$(grep -E "^\s+Failed:\s+[0-9]+" "$work/$name.log" | tail -1 | grep -oE "[0-9]+")
  summary=$(grep -E "^Total tests:" "$work/$name.log" | tail -1)
  echo "$name: ${p:-0} passed, ${f:-0} failed${summary:+ ($summary)}"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ $rc -ne 0 ]; then
    status=1
    [ -z "$summary" ] && { tail -30 "$work/$name.log"; failed=$((failed + 1)); }
  fi
done

if [ -n "$run_check" ]; then
  echo "== $check_name"
  wait "$run_check"; rc=$?; run_check=""
  if [ $rc -eq 0 ]; then
    grep -E "answered 200|took" "$work/$check_name.log"
    echo "$check_name: 1 passed, 0 failed"; passed=$((passed + 1))
  else
    cat "$work/$check_name.log"
    echo "$check_name: 0 passed, 1 failed"; failed=$((failed + 1)); status=1
  fi
fi

echo "$passed passed, $failed failed"
exit $status
