#!/usr/bin/env bash
# Runs everything CI runs: lint (with RUF100: no noqa that silences nothing), types over the
# whole package (ui/ included), the layer check (../shared/tools/check-layers with the
# services listed in pyproject.toml), and the whole test suite, headless; store and service
# tests run on SQLite and on a throw-away PostgreSQL cluster (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# PostgreSQL's server for the shared-store tests (tests/pg_cluster.py starts a throw-away
# cluster as an unprivileged user on a loopback port and removes it): only the binaries,
# no cluster of the machine's own (unless CLINICREP_TEST_PG names a server to use instead)
if [ -z "${CLINICREP_TEST_PG:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL for the shared-store tests: postgresql postgresql-contrib"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" mkdir -p /etc/postgresql-common
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    echo "create_main_cluster = false" | "${sudo_cmd[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    postgresql postgresql-contrib
fi
export QT_QPA_PLATFORM=offscreen
# bytecode kept: with PYTHONDONTWRITEBYTECODE set (as on some CI machines) every pytest and
# every `python -m clinicrep` child a test starts compiled the plug-ins and src/ again
unset PYTHONDONTWRITEBYTECODE
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
.venv/bin/mypy
.venv/bin/python scripts/check_layers.py
# The suite on every core (pytest-xdist, at most four workers; each starts its own throw-away
# PostgreSQL cluster), then the tests marked serial in tests/conftest.py (they time the wall
# clock or the window's answering, or need the cores to themselves) one at a time.
workers=$(nproc 2>/dev/null || echo 1)
[ "$workers" -gt 4 ] && workers=4
parallel=()
[ "$workers" -gt 1 ] && parallel=(-n "$workers")
status=0
.venv/bin/python -m pytest -q --durations=20 "${parallel[@]}" -m "not packaging and not serial" "$@" || status=$?
serial_status=0
.venv/bin/python -m pytest -q --durations=20 -m "serial and not packaging" "$@" || serial_status=$?
# 5: no test of those asked for is in that part (e.g. one file given on the command line)
[ "$status" -eq 5 ] && [ "$serial_status" -ne 5 ] && status=0
[ "$serial_status" -eq 5 ] && serial_status=0
[ "$status" -ne 0 ] && exit "$status"
exit "$serial_status"
