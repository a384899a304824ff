#!/usr/bin/env bash
# Production-like server: collect static files (served by WhiteNoise, hashed and compressed),
# then gunicorn on HOST:PORT (default 127.0.0.1:8000). Meant to sit behind a TLS-terminating
# reverse proxy that sets X-Forwarded-Proto; see docs/reliability.md.
#
# Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS; DATABASE_URL for anything but SQLite.
# Behind a proxy: DJANGO_SECURE_PROXY_SSL_HEADER=1, DJANGO_CSRF_TRUSTED_ORIGINS=https://host.
# Several workers share login limits and API throttles only through DJANGO_CACHE_URL (Redis).
# Optional: WEB_CONCURRENCY (gunicorn workers, default 2), GUNICORN_TIMEOUT (default 60),
# FORWARDED_ALLOW_IPS (proxies trusted for X-Forwarded-*, default 127.0.0.1).
# The database must be migrated first (`manage.py migrate`); this script never migrates.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"

case "$(printf '%s' "${DJANGO_DEBUG:-}" | tr '[:upper:]' '[:lower:]')" in
  1|true|yes|on)
    echo "serve.sh: DJANGO_DEBUG is on; this is the production server (use 'make run' for development)" >&2
    exit 2 ;;
esac
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
  echo "serve.sh: set DJANGO_SECRET_KEY (50+ random characters)" >&2
  exit 2
fi

"$VENV/bin/python" manage.py check --deploy
"$VENV/bin/python" manage.py collectstatic --noinput -v0
exec "$VENV/bin/gunicorn" diplomacy.wsgi:application \
  --bind "$HOST:$PORT" \
  --workers "${WEB_CONCURRENCY:-2}" \
  --timeout "${GUNICORN_TIMEOUT:-60}" \
  --graceful-timeout 30 \
  --max-requests 2000 --max-requests-jitter 200 \
  --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}" \
  --access-logfile - --error-logfile -
