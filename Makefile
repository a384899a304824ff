# diplomacy: `make run` sets up and serves the seeds on SQLite; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup migrate ingest demo-user runserver serve test lint fixtures worker clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

migrate: setup
	$(PY) manage.py migrate --noinput

ingest: migrate
	$(PY) manage.py ingest seeds/

demo-user: migrate
	$(PY) manage.py demo_curator

runserver: setup
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

## Set up, ingest seeds/ into SQLite, create a demo curator, serve admin, API and explore pages.
run: ingest demo-user runserver

## Production-like: gunicorn + WhiteNoise (needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS; see scripts/serve.sh).
serve: setup
	HOST=$(HOST) PORT=$(PORT) bash scripts/serve.sh

## The whole suite: on PostgreSQL (with the browser tests), then on SQLite without them.
test: setup
	DJANGO_DEBUG= bash scripts/test.sh

lint: setup
	$(VENV)/bin/ruff check .

fixtures: setup
	bash scripts/fixtures.sh

worker: setup
	DJANGO_CONN_MAX_AGE=$${DJANGO_CONN_MAX_AGE:-60} $(VENV)/bin/celery -A diplomacy worker --loglevel=INFO

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
