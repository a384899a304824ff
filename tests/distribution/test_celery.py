"""Ingestion through a real Redis broker and real Celery worker processes (PostgreSQL only)."""

import os
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from diplomacy.exports import research_export
from diplomacy.extraction.text import fold
from diplomacy.models import Event, IngestRun, Person, Source

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
BROKER = os.environ.get("DIPLOMACY_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_and_broker(settings):
    if connection.vendor != "postgresql":
        pytest.fail("the Celery tests need PostgreSQL: worker processes share the test database")
    import redis

    client = redis.Redis.from_url(BROKER)
    client.flushdb()
    settings.CELERY_BROKER_URL = BROKER
    from diplomacy.celery import app

    app.conf.broker_url = BROKER
    yield
    client.flushdb()


def start_worker(name: str) -> subprocess.Popen:
    env = dict(os.environ)
    db = connection.settings_dict
    env.update(
        DJANGO_SETTINGS_MODULE="diplomacy.test_settings",
        CELERY_BROKER_URL=BROKER,
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
    )
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "diplomacy",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"{name}@%h",
            "--loglevel=WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop(workers):
    for worker in workers:
        worker.terminate()
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()


def wait_for(run_id: str, timeout: float = 300) -> IngestRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = IngestRun.objects.get(uuid=run_id)
        if run.finished_at is not None:
            return run
        time.sleep(0.5)
    raise AssertionError(f"run {run_id} did not finish: {IngestRun.objects.get(uuid=run_id).__dict__}")


def queue(*paths) -> str:
    out = StringIO()
    call_command("ingest", "--queue", *map(str, paths), stdout=out, stderr=StringIO())
    return out.getvalue().split()[1].rstrip(":")


def comparable(export: dict) -> dict:
    """The export without ids: what was found, not what it was numbered."""
    names = {p["id"]: fold(p["name"]) for p in export["persons"]}
    return {
        "persons": sorted(
            (fold(p["name"]), p["country"], tuple(sorted(map(fold, p["aliases"])))) for p in export["persons"]
        ),
        "events": sorted(
            (
                e["kind"],
                e["date"] or "",
                e["status"],
                tuple(e["countries"]),
                tuple(sorted(names[x["person"]] for x in e["participants"])),
                tuple(sorted(s["name"] for s in e["sources"])),
            )
            for e in export["events"]
        ),
    }


def wipe():
    Event.objects.all().delete()
    Person.objects.all().delete()
    Source.objects.all().delete()


def test_queued_ingest_gives_the_same_export_as_inline():
    call_command("ingest", str(SEEDS), stdout=StringIO())
    inline = comparable(research_export())
    wipe()
    workers = [start_worker("w1")]
    try:
        run = wait_for(queue(SEEDS))
    finally:
        stop(workers)
    assert run.state == IngestRun.State.DONE
    assert run.articles_stored == 5
    assert comparable(research_export()) == inline


def test_two_workers_on_overlapping_articles_make_no_duplicates(tmp_path):
    # The same reports three times over, each copy a distinct article (its own last line).
    for copy in range(3):
        for path in sorted(SEEDS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (tmp_path / f"{copy}_{path.name}").write_text(text + f"\n\nEdition {copy}.\n", encoding="utf-8")
    call_command("ingest", str(SEEDS), stdout=StringIO())
    single = comparable(research_export())
    wipe()
    workers = [start_worker("w1"), start_worker("w2")]
    try:
        run = wait_for(queue(tmp_path))
    finally:
        stop(workers)
    assert run.articles_stored == 15, run.failures
    keys = list(Person.objects.values_list("match_key", flat=True))
    assert len(keys) == len(set(keys)), "a person was created twice"
    assert Person.objects.count() == len(single["persons"])
    assert Event.objects.count() == len(single["events"])
