#!/usr/bin/env bash
# Runs every test. The integration tests need PostgreSQL:
#  - with DEFARM_TEST_CONNECTION set (an Npgsql connection string), that database is used as it is;
#  - otherwise PostgreSQL is installed from apt when missing, a throw-away cluster is started with
#    pg_virtualenv, the tests run against it, and the cluster is removed afterwards.
# Extra arguments go to `dotnet test` (for example --filter FullyQualifiedName~Auth).
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# dotnet test prints one summary per test project; the last line adds them up for people and CI alike.
summarize() {
  { grep -E '(Passed|Failed)!' "$log" || true; } |
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
    awk '{ f += $1; p += $2; s += $3 } END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }'
}

status=0
if [[ -n "${DEFARM_TEST_CONNECTION:-}" ]]; then
  dotnet test DeFarm.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?
else
  if ! command -v pg_virtualenv >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "Installing PostgreSQL from apt..."
    sudo=""
    [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql postgresql-common >/dev/null
  fi

  # Build first so the throw-away cluster lives only as long as the tests need it. -t keeps the cluster in a
  # temporary directory even as root: in the system directories a run killed half-way leaves a "regress"
  # cluster behind, and every later run then refuses to start.
  dotnet build DeFarm.sln --configuration Release
  pg_virtualenv -t -o "max_connections=200" -o "fsync=off" \
    dotnet test DeFarm.sln --configuration Release --no-build "$@" 2>&1 | tee "$log" || status=$?
fi

summarize
exit "$status"
