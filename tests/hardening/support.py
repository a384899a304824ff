"""Helpers for the hardening tests: scratch databases, `manage.py` in subprocesses, exports
normalised for comparison, and integrity checks read straight from the tables.

Subprocess tests never touch the test run's own database: each gets a scratch PostgreSQL
database (cloned from a migrated template) or a copy of a migrated SQLite file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import psycopg

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"
MANAGE_TIMEOUT = 300


def pg_admin_url() -> str:
    """A URL of the local PostgreSQL server's maintenance database."""
    for name in ("DIPLOMACY_TEST_PG_URL", "DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith(("postgres://", "postgresql://")):
            cfg = dj_database_url.parse(url)
            return (
                f"postgresql://{cfg['USER'] or 'postgres'}@{cfg['HOST'] or '127.0.0.1'}:{cfg['PORT'] or 5432}/postgres"
            )
    return "postgresql://postgres@127.0.0.1:5432/postgres"


def _pg_exec(sql: str) -> None:
    with psycopg.connect(pg_admin_url(), autocommit=True) as conn:
        conn.execute(sql)


def child_env(database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a `manage.py` child: test settings, the given database, no CI noise."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="diplomacy.test_settings",
        PYTHONHASHSEED="0",
        DIPLOMACY_LOG_LEVEL="ERROR",
    )
    env.update(extra)
    return env


def manage(database_url: str, *args: str, timeout: int = MANAGE_TIMEOUT, check: bool = False, **extra: str):
    """Run `manage.py ARGS` against ``database_url``; returns the CompletedProcess."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=child_env(database_url, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result


def spawn(database_url: str, argv: list[str], **extra: str) -> subprocess.Popen:
    """Start ``python ARGV`` in the project against ``database_url``; returns the Popen."""
    return subprocess.Popen(
        [sys.executable, *argv],
        cwd=ROOT,
        env=child_env(database_url, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@dataclass
class ScratchDB:
    """One scratch database; ``url`` for Django, ``query`` for direct SQL reads."""

    vendor: str  # "postgresql" or "sqlite"
    url: str
    name: str

    def query(self, sql: str) -> list[tuple]:
        if self.vendor == "sqlite":
            conn = sqlite3.connect(self.name, timeout=30)
            try:
                return conn.execute(sql).fetchall()
            finally:
                conn.close()
        with psycopg.connect(self.url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
            return conn.execute(sql).fetchall()

    def scalar(self, sql: str):
        return self.query(sql)[0][0]


class Templates:
    """Migrated template databases, built once per test session and cloned per test."""

    def __init__(self, tmp_dir: Path):
        self.tmp_dir = tmp_dir
        self.pg_template: str | None = None
        self.sqlite_template: Path | None = None

    def pg(self) -> str:
        if self.pg_template is None:
            name = f"hard_tmpl_{uuid.uuid4().hex[:10]}"
            _pg_exec(f'CREATE DATABASE "{name}"')
            url = pg_admin_url().rsplit("/", 1)[0] + f"/{name}"
            manage(url, "migrate", "--noinput", "-v0", check=True)
            self.pg_template = name
        return self.pg_template

    def sqlite(self) -> Path:
        if self.sqlite_template is None:
            path = self.tmp_dir / "template.sqlite3"
            manage(f"sqlite:///{path}", "migrate", "--noinput", "-v0", check=True)
            # one file, no -wal/-shm sidecars, so a copy is a whole database
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.close()
            self.sqlite_template = path
        return self.sqlite_template

    def drop(self) -> None:
        if self.pg_template:
            _pg_exec(f'DROP DATABASE IF EXISTS "{self.pg_template}" WITH (FORCE)')

    @contextmanager
    def scratch(self, vendor: str):
        """A fresh migrated database of ``vendor``, dropped afterwards."""
        if vendor == "postgresql":
            name = f"hard_{uuid.uuid4().hex[:12]}"
            _pg_exec(f'CREATE DATABASE "{name}" TEMPLATE "{self.pg()}"')
            try:
                yield ScratchDB("postgresql", pg_admin_url().rsplit("/", 1)[0] + f"/{name}", name)
            finally:
                _pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            path = self.tmp_dir / f"scratch_{uuid.uuid4().hex[:12]}.sqlite3"
            shutil.copyfile(self.sqlite(), path)
            try:
                yield ScratchDB("sqlite", f"sqlite:///{path}", str(path))
            finally:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_corpus(target: Path) -> Path:
    """The seeds plus the synthetic hardening corpus, copied into one directory; returns it."""
    target.mkdir(parents=True, exist_ok=True)
    for folder in (SEEDS, CORPUS):
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".jsonl"):
                shutil.copyfile(path, target / path.name)
    return target


def corpus_size(folder: Path) -> int:
    """How many articles the reader finds in ``folder``."""
    from diplomacy.extraction.reader import read_articles
    from diplomacy.extraction.types import Article

    return sum(isinstance(item, Article) for item in read_articles([folder]))


# --- comparing databases --------------------------------------------------------------------


def normalize_export(data: dict) -> dict:
    """The research export without its random UUIDs, in an order independent of insertion.

    Participants name their person by the person's canonical name and country instead of a
    UUID, so two databases built by different runs compare equal when they hold the same facts.
    """
    persons = {p["id"]: p for p in data["persons"]}

    def person_key(uid: str) -> str:
        p = persons.get(uid)
        return f"{p['name']}|{p['country']}" if p else f"<missing person {uid}>"

    out_persons = []
    for p in data["persons"]:
        rec = {k: v for k, v in p.items() if k != "id"}
        rec["offices"] = sorted(rec["offices"], key=lambda o: json.dumps(o, sort_keys=True))
        out_persons.append(rec)
    out_events = []
    for e in data["events"]:
        rec = {k: v for k, v in e.items() if k != "id"}
        rec["participants"] = sorted(
            (
                {**{k: v for k, v in part.items() if k != "person"}, "person": person_key(part["person"])}
                for part in e["participants"]
            ),
            key=lambda part: json.dumps(part, sort_keys=True),
        )
        rec["sources"] = sorted(rec["sources"], key=lambda s: s["sha256"])
        out_events.append(rec)
    return {
        "persons": sorted(out_persons, key=lambda r: json.dumps(r, sort_keys=True)),
        "events": sorted(out_events, key=lambda r: json.dumps(r, sort_keys=True)),
    }


def export_of(db: ScratchDB, tmp_dir: Path) -> dict:
    """The normalised research export of a scratch database (through `manage.py export`)."""
    path = tmp_dir / f"export_{uuid.uuid4().hex[:8]}.json"
    manage(db.url, "export", "--output", str(path), check=True)
    return normalize_export(json.loads(path.read_text(encoding="utf-8")))


def per_source_rows(db: ScratchDB) -> dict[str, dict[str, int]]:
    """For each stored article (by SHA-256): how many rows of each kind hang off it."""
    rows: dict[str, dict[str, int]] = {}
    for sha, evidence, links, aliases in db.query(
        """
        SELECT s.sha256,
               (SELECT COUNT(*) FROM diplomacy_evidence e WHERE e.source_id = s.id),
               (SELECT COUNT(*) FROM diplomacy_eventsource l WHERE l.source_id = s.id),
               (SELECT COUNT(*) FROM diplomacy_personalias a WHERE a.source_id = s.id)
        FROM diplomacy_source s
        """
    ):
        rows[sha] = {"evidence": evidence, "event_links": links, "aliases_first_seen": aliases}
    return rows


def integrity_problems(db: ScratchDB) -> list[str]:
    """Rows that only a half-stored article or a race could leave behind; empty when sound."""
    checks = {
        "person without alias": """SELECT COUNT(*) FROM diplomacy_person p WHERE NOT EXISTS
            (SELECT 1 FROM diplomacy_personalias a WHERE a.person_id = p.id)""",
        "person without evidence": """SELECT COUNT(*) FROM diplomacy_person p WHERE NOT EXISTS
            (SELECT 1 FROM diplomacy_evidence e WHERE e.person_id = p.id)""",
        "event without source": """SELECT COUNT(*) FROM diplomacy_event e WHERE NOT EXISTS
            (SELECT 1 FROM diplomacy_eventsource l WHERE l.event_id = e.id)""",
        "event without evidence": """SELECT COUNT(*) FROM diplomacy_event e WHERE NOT EXISTS
            (SELECT 1 FROM diplomacy_evidence v WHERE v.event_id = e.id)""",
        "source without evidence": """SELECT COUNT(*) FROM diplomacy_source s WHERE NOT EXISTS
            (SELECT 1 FROM diplomacy_evidence v WHERE v.source_id = s.id)""",
        "duplicate source text": """SELECT COUNT(*) FROM (SELECT sha256 FROM diplomacy_source
            GROUP BY sha256 HAVING COUNT(*) > 1) d""",
        "duplicate person (same name and country)": """SELECT COUNT(*) FROM (SELECT name, country_id
            FROM diplomacy_person GROUP BY name, country_id HAVING COUNT(*) > 1) d""",
    }
    problems = []
    for label, sql in checks.items():
        count = db.scalar(sql)
        if count:
            problems.append(f"{count} × {label}")
    events: dict[int, tuple] = {}
    for event_id, kind, day, status, person_id in db.query(
        """SELECT e.id, e.kind, e.date, e.status, p.person_id FROM diplomacy_event e
           JOIN diplomacy_participation p ON p.event_id = e.id"""
    ):
        kind_, day_, status_, people = events.get(event_id, (kind, str(day), status, frozenset()))
        events[event_id] = (kind_, day_, status_, people | {person_id})
    same = len(events) - len(set(events.values()))
    if same:
        problems.append(f"{same} × duplicate event (same kind, date, status and participants)")
    return problems


def table_counts(db: ScratchDB) -> dict[str, int]:
    tables = [
        "person",
        "personalias",
        "office",
        "tenure",
        "event",
        "participation",
        "eventsource",
        "source",
        "evidence",
    ]
    return {t: db.scalar(f"SELECT COUNT(*) FROM diplomacy_{t}") for t in tables}  # noqa: S608


def code_fingerprint() -> str:
    """A digest of the application's code and data files: what a clean run depends on."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "diplomacy").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".tsv", ".txt"):
            digest.update(path.as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def assert_same_code(reference) -> None:
    """Comparisons with a clean run only mean something if the code did not change meanwhile."""
    assert code_fingerprint() == reference.code, "the code changed while the test ran (edited tree?); run it again"
