#!/usr/bin/env bash
# `make fixtures`: regenerate fixtures/countries.json and fixtures/seeds.json.
# 1. migrate a scratch SQLite database (reference data only) and ingest seeds/ into it;
# 2. give every record a UUID derived from its content (the same articles give the same
#    ids, so a regenerated fixture diffs cleanly) and write both fixtures;
# 3. check the round trip: load them into a second scratch database, dump again, compare.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=${FIXTURES_DIR:-fixtures}
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
export DJANGO_DEBUG=1

mkdir -p "$OUT"
echo "== ingest seeds/ into a scratch database"
export DATABASE_URL="sqlite:///$SCRATCH/seeds.sqlite3"
$PY manage.py migrate --noinput -v0
# A failed article would leave a partial fixture: stop instead.
$PY manage.py ingest seeds/
$PY manage.py dump_fixtures --stable-ids --countries "$OUT/countries.json" --data "$OUT/seeds.json"

echo "== round trip: load into a fresh database, dump again, compare"
export DATABASE_URL="sqlite:///$SCRATCH/check.sqlite3"
$PY manage.py migrate --noinput -v0
$PY manage.py loaddata "$OUT/countries.json" "$OUT/seeds.json"
$PY manage.py dump_fixtures --countries "$SCRATCH/countries.json" --data "$SCRATCH/seeds.json" >/dev/null
cmp "$OUT/countries.json" "$SCRATCH/countries.json"
cmp "$OUT/seeds.json" "$SCRATCH/seeds.json"
echo "fixtures: $OUT/countries.json and $OUT/seeds.json (round trip identical)"
