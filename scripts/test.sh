#!/usr/bin/env bash
# The project's test command (README's second quick-start command, and CI's).
# 1. the whole suite on PostgreSQL, browser tests included;
# 2. the suite on SQLite without the slow end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

# PostgreSQL: the server runs on this machine and in CI; start it if it is down.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

# A headless Chromium for the browser tests (Debian's packages; never a download of its own).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "test.sh: /usr/bin/chromium is missing: install Debian's chromium package" >&2
  fi
fi

$PY -m ruff check . >/dev/null || { $PY -m ruff check .; exit 1; }

export DIPLOMACY_TEST_PG_URL="${DIPLOMACY_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/diplomacy}"
echo "== PostgreSQL: the whole suite"
DATABASE_URL="$DIPLOMACY_TEST_PG_URL" $PY -m pytest -q -p no:cacheprovider "$@"
echo "== SQLite: the suite without the end-to-end tests"
DATABASE_URL="sqlite:///$(pwd)/var/test.sqlite3" $PY -m pytest -q -p no:cacheprovider -m "not e2e" "$@"
