"""Backups: `dumpdata --natural-foreign --natural-primary` then `loaddata` restores everything.

A database holding an ingested corpus and a curator's work (an account with a token, a
confirmed event, a curated field, a recorded "not the same person") is dumped, wiped and restored,
and restored into a fresh database of the other kind. The research export, with its UUIDs
(the public ids the API serves), must come back byte for byte, and so must every table's count.
"""

import gc
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.hardening.support import SEEDS, manage, normalize_export

BACKUP = [
    "dumpdata",
    "--natural-foreign",
    "--natural-primary",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
]
CURATE = """
from diplomacy import curation
from diplomacy.models import Event, NotSamePerson, Person
from diplomacy.services import user_create_demo_curator
from rest_framework.authtoken.models import Token
user = user_create_demo_curator(username="curator", password="a-long-restore-test-password")
Token.objects.create(user=user, key="0123456789abcdef0123456789abcdef01234567")
event = Event.objects.order_by("date", "pk").first()
curation.events_set_review_status(events=[event], status="confirmed", user=user)
event.refresh_from_db()
event.location = "Restored <b>place</b> ש"
event.curated_fields = ["location"]
event.save()
a, b = Person.objects.order_by("match_key")[:2]
NotSamePerson.objects.create(person=a, other=b)
"""
COUNTS = """
import json
from django.apps import apps
print(json.dumps({m._meta.label: m._default_manager.count() for m in apps.get_models()
                  if m._meta.app_label in {"diplomacy", "auth", "authtoken", "admin"}}))
"""


def snapshot(db, tmp_path, label):
    """The research export (normalised: row order differs between databases' collations),
    the public ids it holds, and every table's row count."""
    path = tmp_path / f"{label}.json"
    manage(db.url, "export", "--output", str(path), check=True)
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = sorted(r["id"] for r in data["persons"] + data["events"])
    counts = json.loads(manage(db.url, "shell", "-c", COUNTS, check=True).stdout.strip().splitlines()[-1])
    counts.pop("auth.Permission", None)  # recreated by migrate, not part of a backup
    return normalize_export(data), ids, counts


@pytest.mark.e2e
def test_dump_wipe_restore_and_restore_elsewhere(templates, tmp_path):
    backup = tmp_path / "backup.json.gz"
    with templates.scratch("postgresql") as db:
        result = manage(db.url, "ingest", str(SEEDS))
        assert "stored" in result.stdout, result.stderr[-2000:]
        manage(db.url, "shell", "-c", CURATE, check=True)
        before = snapshot(db, tmp_path, "before")
        export, _, counts = before
        assert counts["diplomacy.Event"] > 0 and counts["diplomacy.NotSamePerson"] == 1
        assert any(e["review_status"] == "confirmed" for e in export["events"])

        manage(db.url, *BACKUP, "--output", str(backup), check=True)
        manage(db.url, "flush", "--noinput", check=True)
        wiped = json.loads(manage(db.url, "shell", "-c", COUNTS, check=True).stdout.strip().splitlines()[-1])
        assert wiped["diplomacy.Event"] == wiped["diplomacy.Country"] == wiped["auth.User"] == 0
        manage(db.url, "loaddata", str(backup), check=True)
        assert snapshot(db, tmp_path, "wiped-restored") == before

    for vendor in ("postgresql", "sqlite"):
        with templates.scratch(vendor) as fresh:
            manage(fresh.url, "loaddata", str(backup), check=True)
            assert snapshot(fresh, tmp_path, f"fresh-{vendor}") == before, vendor
            # the restored database keeps working: a re-ingest finds every article unchanged
            result = manage(fresh.url, "ingest", str(SEEDS))
            assert result.returncode == 0 and "5 unchanged" in result.stdout, result.stderr[-2000:]


@pytest.mark.django_db
def test_backup_still_dumps_after_a_curator_merges_two_people():
    """A merge deletes the absorbed person; the history rows of its aliases and tenures must
    not make the natural-key dump fail."""
    from diplomacy import curation
    from tests.factories import PersonAliasFactory, TenureFactory

    survivor, absorbed = PersonAliasFactory().person, PersonAliasFactory().person
    TenureFactory(person=absorbed)
    curation.person_merge(survivor=survivor, absorbed=absorbed, note="backup test")
    out, error = StringIO(), None
    try:
        call_command(*BACKUP, stdout=out)
    except CommandError as exc:
        error = str(exc)
    # A dump that fails midway leaves a PostgreSQL server-side cursor behind: collect it now,
    # inside this test's transaction, not during a later test's.
    gc.collect()
    assert error is None, error
    records = json.loads(out.getvalue())
    assert any(r["model"] == "diplomacy.redirect" for r in records)


@pytest.mark.django_db
def test_a_natural_primary_dump_keeps_the_country_codes():
    """One `dumpdata --natural-foreign --natural-primary` file must be a whole backup: a country
    record without its code cannot be restored into a wiped database."""
    out = StringIO()
    call_command(*BACKUP, "diplomacy.country", stdout=out)
    records = json.loads(out.getvalue())
    assert records
    missing = [r["fields"]["name"] for r in records if "pk" not in r and "code" not in r["fields"]]
    assert not missing, f"{len(missing)} countries dumped without their ISO code, e.g. {missing[:3]}"


@pytest.mark.django_db
def test_loaddata_restores_history_without_writing_history_of_its_own(tmp_path):
    """Restoring an event with countries must give back its history rows, not add new ones."""
    from diplomacy.models import Event
    from tests.factories import EventFactory

    EventFactory(countries=["IL", "TR"])
    history = Event.history.model
    before = sorted(history.objects.values_list("history_id", "history_type"))
    out = StringIO()
    call_command(*BACKUP, "diplomacy.event", "diplomacy.historicalevent", stdout=out)
    Event.objects.all().delete()
    history.objects.all().delete()
    path = tmp_path / "events.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    call_command("loaddata", str(path), stdout=StringIO())
    assert sorted(history.objects.values_list("history_id", "history_type")) == before
