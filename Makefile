# diplomacy: `make run` sets up and serves the seeds on SQLite; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_DEBUG ?= 1

.PHONY: run setup migrate ingest demo-user serve test test-sqlite test-postgres lint fixtures worker bench browser clean

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

serve: setup
	$(PY) manage.py runserver $(HOST):$(PORT)

## Set up, ingest seeds/ into SQLite, create a demo curator, serve admin and API.
run: ingest demo-user serve

## The whole suite: on PostgreSQL (with the browser tests), then on SQLite without them.
test: setup
	DJANGO_DEBUG= bash scripts/test.sh

lint: setup
	$(VENV)/bin/ruff check .

fixtures: setup
	bash scripts/fixtures.sh

worker: setup
	DJANGO_DEBUG= $(VENV)/bin/celery -A diplomacy worker --loglevel=INFO

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
