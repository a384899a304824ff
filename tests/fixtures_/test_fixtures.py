"""Fixtures load into any database, twice, next to other data, and survive a round trip."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from diplomacy.extraction.gazetteer import country_records
from diplomacy.fixtures import dump_countries, dump_data, stabilize_ids
from diplomacy.models import (
    Country,
    Event,
    EventSource,
    Evidence,
    NameKey,
    NotSamePerson,
    Office,
    Participation,
    Person,
    PersonAlias,
    Redirect,
    Source,
    Tenure,
)
from tests import factories as f
from tests.exports.conftest import world  # noqa: F401

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
DATA_MODELS = (
    Person,
    PersonAlias,
    NameKey,
    NotSamePerson,
    Office,
    Tenure,
    Source,
    Event,
    EventSource,
    Participation,
    Evidence,
    Redirect,
)


def counts() -> dict[str, int]:
    return {m.__name__: m.objects.count() for m in (Country, *DATA_MODELS)}


def dumped() -> tuple[str, str]:
    countries, data = io.StringIO(), io.StringIO()
    dump_countries(countries)
    dump_data(data)
    return countries.getvalue(), data.getvalue()


def wipe() -> None:
    """Back to what migrations leave: reference data, no people, events or articles."""
    for model in reversed(DATA_MODELS):
        model.objects.all().delete()


def load(*paths) -> None:
    call_command("loaddata", *map(str, paths), stdout=io.StringIO())


def write(tmp_path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def linked(world):  # noqa: F811
    """The small world plus the records only curation makes: a NotSamePerson and a Redirect."""
    NotSamePerson.objects.create(person=world.herzog, other=world.kalin)
    Redirect.objects.create(model="person", old_uuid="5b3f3c2e-0000-4000-8000-000000000001", new_uuid=world.herzog.uuid)
    f.EvidenceFactory(source=world.article, kind="person", person=world.herzog, sentence="Herzog.")
    return world


def test_round_trip_gives_the_same_content_and_a_second_load_changes_nothing(linked, tmp_path):
    countries, data = dumped()
    paths = write(tmp_path, countries, "countries.json"), write(tmp_path, data, "data.json")
    before = counts()
    wipe()
    load(*paths)
    assert counts() == before
    assert dumped() == (countries, data)
    meeting = Event.objects.get(uuid=linked.meeting.uuid)
    assert sorted(meeting.countries.values_list("code", flat=True)) == ["IL", "TR"]
    assert Source.objects.get(sha256=linked.reprint.sha256).duplicate_of.sha256 == linked.article.sha256
    load(*paths)
    assert counts() == before
    assert dumped() == (countries, data)


def test_fixture_has_no_primary_keys_but_natural_ones(linked):
    records = json.loads(dumped()[1])
    assert records and all("pk" not in r for r in records)
    participation = next(r for r in records if r["model"] == "diplomacy.participation")
    assert participation["fields"]["person"] == [participation["fields"]["person"][0]]
    assert len(participation["fields"]["person"][0]) == 36  # a UUID, not a row id
    source = next(r for r in records if r["model"] == "diplomacy.source")
    assert len(source["fields"]["sha256"]) == 64


def test_loading_into_a_database_with_other_data(linked, tmp_path):
    path = write(tmp_path, dumped()[1], "data.json")
    fixture_counts = counts()
    wipe()
    other = f.ParticipationFactory(person__name="Someone Else", event__title="Another meeting")
    f.EventSourceFactory(event=other.event)
    f.TenureFactory(person=other.person)
    with_other = counts()
    load(path)
    load(path)
    after = counts()
    for model, n in after.items():
        expected = fixture_counts[model] + (with_other[model] if model != "Country" else 0)
        assert n == expected, model
    assert Person.objects.filter(name="Someone Else").exists()


def test_redirect_leaves_out_the_account(linked):
    records = json.loads(dumped()[1])
    redirect = next(r for r in records if r["model"] == "diplomacy.redirect")
    assert "created_by" not in redirect["fields"]


def test_stable_ids_are_derived_from_content(linked):
    stabilize_ids()
    first = dumped()[1]
    herzog = Person.objects.get(name="Isaac Herzog").uuid
    Person.objects.filter(pk=linked.herzog.pk).update(uuid="5b3f3c2e-0000-4000-8000-000000000099")
    stabilize_ids()
    assert Person.objects.get(name="Isaac Herzog").uuid == herzog
    assert dumped()[1] == first
    assert '"created_at": "2000-01-01T00:00:00Z"' in first


def test_dump_fixtures_command(linked, tmp_path):
    out = io.StringIO()
    call_command(
        "dump_fixtures", "--countries", str(tmp_path / "c.json"), "--data", str(tmp_path / "d.json"), stdout=out
    )
    assert "c.json: " in out.getvalue()
    assert (tmp_path / "d.json").read_text(encoding="utf-8") == dumped()[1]
    with pytest.raises(CommandError, match="nothing to write"):
        call_command("dump_fixtures", stdout=io.StringIO())


# --- the committed fixture files --------------------------------------------------------------


def test_countries_fixture_holds_every_iso_country_with_demonyms():
    records = json.loads((FIXTURES / "countries.json").read_text(encoding="utf-8"))
    by_code = {r["pk"]: r["fields"] for r in records}
    assert set(by_code) == {r.code for r in country_records()}
    assert "Turkish" in by_code["TR"]["demonyms"]
    assert by_code["PS"]["name"]
    assert by_code["SU"]["ended"]


def test_committed_fixtures_round_trip_and_load_twice():
    load(FIXTURES / "countries.json", FIXTURES / "seeds.json")
    countries, data = dumped()
    assert countries == (FIXTURES / "countries.json").read_text(encoding="utf-8")
    assert data == (FIXTURES / "seeds.json").read_text(encoding="utf-8")
    once = counts()
    seeds = json.loads(data)
    for model in (Person, Event, Source, Participation):
        label = f"diplomacy.{model.__name__.lower()}"
        assert once[model.__name__] == sum(r["model"] == label for r in seeds), model
    load(FIXTURES / "seeds.json")
    assert counts() == once


def test_committed_seeds_load_next_to_other_data():
    other = f.ParticipationFactory(person__name="Someone Else")
    f.TenureFactory(person=other.person)
    base = counts()
    load(FIXTURES / "seeds.json")
    seeds = json.loads((FIXTURES / "seeds.json").read_text(encoding="utf-8"))
    for model in (Person, Office, Tenure, Event, Participation):
        label = f"diplomacy.{model.__name__.lower()}"
        assert model.objects.count() == base[model.__name__] + sum(r["model"] == label for r in seeds), model


@pytest.fixture
def receivers():
    from django.db.models.signals import pre_save

    from diplomacy.fixtures import connect_loaddata_receivers

    connect_loaddata_receivers()
    yield
    pre_save.disconnect(sender=Office, dispatch_uid="diplomacy.fixtures.adopt_same_office")


def test_an_office_held_under_another_uuid_is_adopted_not_duplicated(linked, tmp_path, receivers):
    path = write(tmp_path, dumped()[1], "data.json")
    fixture_counts = counts()
    wipe()
    # another database's "President" of Israel: same title and country, another UUID
    theirs = f.OfficeFactory(title="President", country=f.country("IL"))
    f.TenureFactory(office=theirs, person__name="Reuven Rivlin")
    old_uuid = theirs.uuid
    load(path)
    load(path)
    assert Office.objects.count() == fixture_counts["Office"]
    president = Office.objects.get(title_key="president", country="IL")
    assert president.pk == theirs.pk and president.uuid != old_uuid
    assert sorted(president.tenures.values_list("person__name", flat=True)) == ["Isaac Herzog", "Reuven Rivlin"]
    assert Redirect.objects.resolve("office", old_uuid) == str(president.uuid)


def test_without_the_receiver_the_same_office_clashes(linked, tmp_path):
    from django.db import IntegrityError
    from django.db.models.signals import pre_save

    from diplomacy.fixtures import connect_loaddata_receivers

    if pre_save.disconnect(sender=Office, dispatch_uid="diplomacy.fixtures.adopt_same_office"):
        request_reconnect = True
    else:
        request_reconnect = False
    path = write(tmp_path, dumped()[1], "data.json")
    wipe()
    f.OfficeFactory(title="President", country=f.country("IL"))
    try:
        with pytest.raises(IntegrityError):
            load(path)
    finally:
        if request_reconnect:
            connect_loaddata_receivers()
