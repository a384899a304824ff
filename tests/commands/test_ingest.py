import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from diplomacy.extraction.text import fold
from diplomacy.models import (
    Event,
    EventSource,
    Evidence,
    IngestRun,
    Person,
    PersonAlias,
    ReviewStatus,
    Source,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seeds.json"

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def ingest(*args):
    out, err = StringIO(), StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts():
    return {
        "persons": Person.objects.count(),
        "aliases": PersonAlias.objects.count(),
        "events": Event.objects.count(),
        "links": EventSource.objects.count(),
        "evidence": Evidence.objects.count(),
        "sources": Source.objects.count(),
    }


def person_named(name):
    return Person.objects.filter(aliases__match_key=fold(name)).distinct().get()


def jerusalem_meeting():
    kalin = person_named("Ibrahim Kalin")
    ushpiz = person_named("Alon Ushpiz")
    return Event.objects.filter(participations__person=kalin).filter(participations__person=ushpiz).distinct().get()


def test_dry_run_writes_nothing():
    assert counts() == dict.fromkeys(counts(), 0)
    out, _ = ingest("--dry-run", SEEDS)
    assert "would store" in out
    assert counts() == dict.fromkeys(counts(), 0)


def test_force_keeps_a_curators_edited_date_and_review():
    ingest(SEEDS)
    event = jerusalem_meeting()
    event.date = event.date.replace(day=16)
    event.curated_fields = ["date"]
    event.review_status = ReviewStatus.CONFIRMED
    event.save()
    ingest("--force", SEEDS)
    event.refresh_from_db()
    assert str(event.date) == "2022-02-16"
    assert event.review_status == ReviewStatus.CONFIRMED
    assert jerusalem_meeting() == event
    assert event.sources.count() == 4


def test_force_re_extracts_without_duplicating():
    ingest(SEEDS)
    before = counts()
    ingest("--force", SEEDS)
    assert counts() == before


@pytest.fixture
def bad_corpus(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text((SEEDS / "004_cd0f5f9ec7cf560c.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 PK\x03\x04")
    (tmp_path / "latin1.txt").write_bytes("Le président a rencontré".encode("latin-1"))
    (tmp_path / "baddate.txt").write_text(" date 2022-02-30 The minister met his counterpart.")
    (tmp_path / "huge.txt").write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    return tmp_path


def test_bad_input_is_reported_per_file_and_the_rest_is_stored(bad_corpus):
    err = StringIO()
    with pytest.raises(CommandError, match="5 article"):
        call_command("ingest", str(bad_corpus), stdout=StringIO(), stderr=err)
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    assert len(lines) == 5
    for name in ("empty.txt", "binary.txt", "latin1.txt", "baddate.txt", "huge.txt"):
        assert sum(name in line for line in lines) == 1
    assert list(Source.objects.values_list("name", flat=True)) == ["good.txt"]
    run = IngestRun.objects.get()
    assert run.articles_failed == 5 and run.articles_stored == 1


def test_an_article_that_cannot_be_stored_leaves_nothing_and_the_others_are_stored(monkeypatch):
    from diplomacy import services

    bad = "002_8469230013547ab0.txt"
    flush = services._ArticleWriter._flush

    def failing_flush(self):
        flush(self)  # all of the article written, then a failure before its commit
        if self.article.name == bad:
            raise RuntimeError("disk full")

    monkeypatch.setattr(services._ArticleWriter, "_flush", failing_flush)
    err = StringIO()
    with pytest.raises(CommandError, match="1 article"):
        call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=err)
    assert f"{bad}: cannot store: RuntimeError: disk full" in err.getvalue()
    stored = {path.name for path in SEEDS.glob("*.txt")} - {bad}
    assert set(Source.objects.values_list("name", flat=True)) == stored
    assert not Evidence.objects.exclude(source__name__in=stored).exists()
    assert not Person.objects.exclude(aliases__source__name__in=stored).exists()
    assert not Event.objects.exclude(event_sources__source__name__in=stored).exists()
    run = IngestRun.objects.get()
    assert (run.articles_stored, run.articles_failed) == (len(stored), 1)


def test_missing_path_fails_with_exit_status_1(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "ingest", str(tmp_path / "nope.txt")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**_env(tmp_path)},
    )
    assert result.returncode == 1
    assert "nope.txt" in result.stderr


def _env(tmp_path):
    import os

    env = dict(os.environ)
    env["DATABASE_URL"] = f"sqlite:///{tmp_path}/db.sqlite3"
    env["DJANGO_DEBUG"] = "1"
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True, timeout=300)
    return env


def test_force_keeps_the_uuids_of_machine_made_events():
    ingest(SEEDS)
    before = set(Event.objects.values_list("uuid", flat=True))
    ingest("--force", SEEDS)
    assert set(Event.objects.values_list("uuid", flat=True)) == before


def test_an_update_from_a_new_article_bumps_the_event_version(tmp_path):
    lead = (SEEDS / "000_35417eb11256156d.txt").read_text(encoding="utf-8")
    undated = tmp_path / "undated.txt"
    # the same report without its dateline, another copy: its relative dates stay unresolved
    undated.write_text(lead.split(" ", 3)[3] + "\n\nUpdated.\n", encoding="utf-8")
    ingest(undated)
    versions = dict(Event.objects.values_list("pk", "version"))
    ingest(SEEDS / "000_35417eb11256156d.txt")
    updated = [pk for pk, v in Event.objects.values_list("pk", "version") if pk in versions and v > versions[pk]]
    assert updated, "dating an undated event is an update a curator's open form must not overwrite"


def test_known_names_are_those_a_curator_vouched_for():
    from diplomacy.services import known_person_names
    from tests.factories import ParticipationFactory, PersonAliasFactory

    PersonAliasFactory(name="Machine Found")
    PersonAliasFactory(name="Curator Confirmed", confirmed=True)
    confirmed = ParticipationFactory(event__review_status=ReviewStatus.CONFIRMED)
    PersonAliasFactory(person=confirmed.person, name="In A Confirmed Event")
    assert sorted(known_person_names()) == ["Curator Confirmed", "In A Confirmed Event"]
