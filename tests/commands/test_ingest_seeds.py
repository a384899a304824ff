"""Read-only checks of one ingest of seeds/ (shared by the module)."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from diplomacy.extraction.text import fold
from diplomacy.models import (
    Event,
    IngestRun,
    Office,
    Person,
    PersonAlias,
    Source,
)
from tests.commands.test_ingest import counts, ingest, jerusalem_meeting, person_named

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seeds.json"


pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The seeds ingested once for the read-only tests of this module."""
    with django_db_blocker.unblock():
        out, _ = ingest(SEEDS)
        yield out
        Event.objects.all().delete()
        Person.objects.all().delete()
        Source.objects.all().delete()
        Office.objects.all().delete()
        IngestRun.objects.all().delete()


def test_seeds_jerusalem_meeting_is_one_event_with_four_sources(seeded):
    assert "5 article(s) read: 5 stored" in seeded
    event = jerusalem_meeting()
    assert event.kind in {"meeting", "visit"}
    assert str(event.date) == "2022-02-17"
    assert sorted(event.sources.values_list("name", flat=True)) == sorted(p.name for p in SEEDS.glob("00[0-3]_*.txt"))
    names = {fold(p.name) for p in event.persons.all()}
    for expected in ("ibrahim kalin", "alon ushpiz", "isaac herzog"):
        assert expected in names
    assert any(n.endswith("onal") for n in names)
    assert any(n.startswith("eyal sh") for n in names)
    assert set(event.countries.values_list("code", flat=True)) == {"IL", "TR"}
    assert event.evidence.filter(source__name__startswith="002_").exists()


def test_transliterations_and_diacritics_resolve_to_one_person(seeded):
    kalin = person_named("İbrahim Kalın")
    assert kalin == person_named("Ibrahim Kalin")
    assert person_named("Sedat Önal") == person_named("Sadat Onal")
    assert person_named("Recep Tayyip Erdoğan") == person_named("Tayyip Erdogan")
    assert kalin.country_id == "TR"


def test_bylines_and_photo_credits_are_not_persons(seeded):
    keys = set(PersonAlias.objects.values_list("match_key", flat=True))
    assert not keys & {"ben samuels", "elad malka", "sertac kayar"}


def test_ingest_twice_changes_nothing(seeded):
    before = counts()
    out, _ = ingest(SEEDS)
    assert "5 unchanged" in out
    assert counts() == before
    assert IngestRun.objects.count() == 2


def test_which_articles_are_stored_is_asked_once_per_batch(seeded):
    with CaptureQueriesContext(connection) as queries:
        out, _ = ingest("--batch-size", "2", SEEDS)
    assert "5 unchanged" in out
    asked = [q["sql"] for q in queries if "diplomacy_source" in q["sql"] and "sha256" in q["sql"]]
    assert len(asked) == 3  # 5 articles, 2 a batch


def test_export_is_scored_by_the_shared_scorer(seeded, tmp_path):
    path = tmp_path / "export.json"
    call_command("export", "--format", "json", "--output", str(path), stdout=StringIO(), stderr=StringIO())
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"persons", "events"} <= data.keys()
    ids = {p["id"] for p in data["persons"]}
    assert all(part["person"] in ids for e in data["events"] for part in e["participants"])
    result = subprocess.run(
        [sys.executable, str(SCORER), str(path), str(GOLD), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["events"]["f1"] >= 0.8
    assert report["persons"]["f1"] >= 0.9
