#!/usr/bin/env bash
# Runs every test. The integration tests need PostgreSQL:
#  - with DEFARM_TEST_CONNECTION set (an Npgsql connection string), that database is used as it is;
#  - otherwise PostgreSQL is installed from apt when missing, a throw-away cluster is started with
#    pg_virtualenv, the tests run against it, and the cluster is removed afterwards.
# Extra arguments go to `dotnet test` (for example --filter Category=...).
set -euo pipefail
cd "$(dirname "$0")/.."

# dotnet test prints one summary per test project; the last line adds them up for people and CI alike.
run_tests() {
  local log status=0
  log=$(mktemp)
  dotnet test DeFarm.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?
  { grep -E '(Passed|Failed)!' "$log" || true; } | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
    awk '{ failed += $1; passed += $2; skipped += $3 } END { printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }'
  rm -f "$log"
  return "$status"
}

if [[ -n "${DEFARM_TEST_CONNECTION:-}" ]]; then
  run_tests "$@"
  exit
fi

if ! command -v pg_virtualenv >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Installing PostgreSQL from apt (needs root)..."
  SUDO=""
  [[ "$(id -u)" -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql postgresql-common >/dev/null
fi

# Build first so the cluster lives only as long as the tests need it.
dotnet build DeFarm.sln --configuration Release
export -f run_tests
pg_virtualenv -o "max_connections=200" -o "fsync=off" bash -c 'run_tests --no-build "$@"' run_tests "$@"
