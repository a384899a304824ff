from datetime import date

import pytest

from diplomacy import curation
from diplomacy.models import (
    Event,
    EventSource,
    Evidence,
    EvidenceKind,
    NameKey,
    NotSamePerson,
    Office,
    Participation,
    Person,
    PersonAlias,
    Redirect,
    ReviewStatus,
    Tenure,
)
from tests import factories

pytestmark = pytest.mark.django_db


def _person_with_everything(name, event, office, source):
    person = factories.PersonFactory(name=name)
    factories.PersonAliasFactory(person=person, name=name, source=source)
    factories.TenureFactory(person=person, office=office, start=date(2022, 1, 1), end=date(2022, 3, 1))
    factories.ParticipationFactory(event=event, person=person)
    factories.EvidenceFactory(source=source, kind=EvidenceKind.PERSON, person=person)
    NameKey.objects.create(person=person, key=name.split()[-1].lower())
    return person


def _related_ids(person):
    return {
        "aliases": set(PersonAlias.objects.filter(person=person).values_list("name", flat=True)),
        "tenures": set(Tenure.objects.filter(person=person).values_list("office_id", flat=True)),
        "participations": set(Participation.objects.filter(person=person).values_list("event_id", flat=True)),
        "evidence": set(Evidence.objects.filter(person=person).values_list("pk", flat=True)),
        "name_keys": set(NameKey.objects.filter(person=person).values_list("key", flat=True)),
    }


@pytest.fixture
def two_onals(curator):
    source = factories.SourceFactory()
    office = factories.OfficeFactory(title="Deputy Foreign Minister")
    shared_event = factories.EventFactory()
    only_absorbed = factories.EventFactory()
    survivor = _person_with_everything("Sedat Önal", shared_event, office, source)
    absorbed = _person_with_everything("Sadat Onal", shared_event, office, source)
    factories.ParticipationFactory(event=only_absorbed, person=absorbed)
    other_office = factories.OfficeFactory(title="Ambassador to Israel")
    factories.TenureFactory(person=absorbed, office=other_office, start=date(2020, 1, 1), end=None)
    Tenure.objects.filter(person=absorbed, office=office).update(start=date(2021, 6, 1), end=date(2022, 5, 1))
    stranger = factories.PersonFactory(name="Someone Else")
    NotSamePerson.objects.create(person=absorbed, other=stranger)
    return survivor, absorbed, stranger


def test_person_merge_moves_every_related_row_and_leaves_no_orphan(two_onals, curator):
    survivor, absorbed, stranger = two_onals
    before_survivor, before_absorbed = _related_ids(survivor), _related_ids(absorbed)
    absorbed_pk, absorbed_uuid = absorbed.pk, absorbed.uuid

    redirect = curation.person_merge(survivor=survivor, absorbed=absorbed, user=curator)

    assert not Person.objects.filter(pk=absorbed_pk).exists()
    after = _related_ids(survivor)
    for name in before_survivor:
        assert before_survivor[name] | before_absorbed[name] <= after[name], name
    assert after["aliases"] == {"Sedat Önal", "Sadat Onal"}
    assert len(after["participations"]) == 2  # the shared event once, the other event
    joined = Tenure.objects.get(person=survivor, office__title="Deputy Foreign Minister")
    assert (joined.start, joined.end) == (date(2021, 6, 1), date(2022, 5, 1))
    for model in (PersonAlias, Tenure, Participation, NameKey):
        assert not model.objects.filter(person_id=absorbed_pk).exists(), model
    assert not Evidence.objects.filter(person_id=absorbed_pk).exists()
    assert NotSamePerson.objects.filter(person=survivor, other=stranger).exists()
    assert redirect.old_uuid == absorbed_uuid and redirect.new_uuid == survivor.uuid
    assert redirect.created_by == curator
    assert Redirect.objects.resolve("person", absorbed_uuid) == str(survivor.uuid)
    survivor.refresh_from_db()
    assert survivor.version == 2
    record = survivor.history.latest()
    assert record.history_user == curator
    assert record.history_change_reason == f"merge person {absorbed_uuid}"


def test_person_merge_undo_restores_everything(two_onals, curator):
    survivor, absorbed, stranger = two_onals
    before_survivor, before_absorbed = _related_ids(survivor), _related_ids(absorbed)
    tenure_dates = set(Tenure.objects.values_list("person_id", "office_id", "start", "end"))
    absorbed_pk = absorbed.pk
    redirect = curation.person_merge(survivor=survivor, absorbed=absorbed, user=curator)

    restored = curation.merge_undo(redirect=redirect, user=curator)

    assert (restored.pk, restored.uuid, restored.name) == (absorbed_pk, absorbed.uuid, "Sadat Onal")
    assert _related_ids(survivor) == before_survivor
    assert _related_ids(restored) == before_absorbed
    assert set(Tenure.objects.values_list("person_id", "office_id", "start", "end")) == tenure_dates
    assert NotSamePerson.objects.filter(person=restored, other=stranger).exists()
    assert not Redirect.objects.exists()


def test_undo_is_refused_when_a_moved_row_changed_since(two_onals, curator):
    survivor, absorbed, _ = two_onals
    redirect = curation.person_merge(survivor=survivor, absorbed=absorbed, user=curator)
    alias = PersonAlias.objects.get(person=survivor, name="Sadat Onal")
    alias.confirmed = True
    alias.save()
    with pytest.raises(curation.CurationError, match="changed after the merge"):
        curation.merge_undo(redirect=redirect, user=curator)


def test_merge_refuses_self_and_not_same_person(curator):
    a, b = factories.PersonFactory(), factories.PersonFactory()
    with pytest.raises(curation.CurationError, match=curation.MERGE_SELF):
        curation.person_merge(survivor=a, absorbed=a)
    NotSamePerson.objects.create(person=a, other=b)
    with pytest.raises(curation.CurationError, match="different people"):
        curation.person_merge(survivor=a, absorbed=b)
    assert Person.objects.filter(pk=b.pk).exists()


def test_office_merge_and_undo(curator):
    survivor = factories.OfficeFactory(title="Foreign Minister")
    absorbed = factories.OfficeFactory(title="Minister of Foreign Affairs")
    holder = factories.PersonFactory()
    factories.TenureFactory(person=holder, office=survivor, start=date(2022, 3, 1))
    factories.TenureFactory(person=holder, office=absorbed, start=date(2021, 1, 1))
    other_holder = factories.TenureFactory(office=absorbed).person
    part = factories.ParticipationFactory(person=holder, office=absorbed)
    evidence = factories.EvidenceFactory(kind=EvidenceKind.OFFICE, office=absorbed)

    redirect = curation.office_merge(survivor=survivor, absorbed=absorbed, user=curator)

    assert not Office.objects.filter(pk=absorbed.pk).exists()
    assert Tenure.objects.get(person=holder).start == date(2021, 1, 1)
    assert Tenure.objects.filter(person=other_holder, office=survivor).exists()
    part.refresh_from_db()
    evidence.refresh_from_db()
    assert part.office == survivor and evidence.office == survivor

    restored = curation.merge_undo(redirect=redirect, user=curator)
    part.refresh_from_db()
    evidence.refresh_from_db()
    assert part.office == restored and evidence.office == restored
    assert Tenure.objects.get(person=holder, office=survivor).start == date(2022, 3, 1)
    assert Tenure.objects.filter(person=other_holder, office=restored).exists()


def test_event_merge_moves_sources_evidence_participants_and_countries(jerusalem, curator):
    duplicate = factories.EventFactory(countries=["US"])
    extra_source = factories.SourceFactory()
    factories.EventSourceFactory(event=duplicate, source=extra_source)
    factories.EvidenceFactory(source=extra_source, event=duplicate)
    newcomer = factories.ParticipationFactory(event=duplicate).person
    for part in jerusalem.participations.all():
        factories.ParticipationFactory(event=duplicate, person=part.person)
    before_sources = set(jerusalem.sources.values_list("pk", flat=True))

    redirect = curation.event_merge(survivor=jerusalem, absorbed=duplicate, user=curator)

    assert not Event.objects.filter(pk=duplicate.pk).exists()
    assert set(jerusalem.sources.values_list("pk", flat=True)) == before_sources | {extra_source.pk}
    assert jerusalem.evidence.filter(source=extra_source).exists()
    assert jerusalem.participations.filter(person=newcomer).exists()
    assert jerusalem.participations.count() == 3
    assert set(jerusalem.countries.values_list("code", flat=True)) == {"IL", "TR", "US"}
    assert not Participation.objects.filter(event_id=duplicate.pk).exists()
    assert not EventSource.objects.filter(event_id=duplicate.pk).exists()

    restored = curation.merge_undo(redirect=redirect, user=curator)
    assert set(restored.countries.values_list("code", flat=True)) == {"US"}
    assert set(jerusalem.countries.values_list("code", flat=True)) == {"IL", "TR"}
    assert set(restored.sources.values_list("pk", flat=True)) == {extra_source.pk}
    assert restored.participations.count() == 3
    assert jerusalem.participations.count() == 2


def test_split_detaches_a_source_into_a_new_event(jerusalem, curator):
    source = jerusalem.sources.get(title="Kalin in Israel")
    kalin = Person.objects.get(name="Ibrahim Kalın")
    factories.EvidenceFactory(source=source, kind=EvidenceKind.PERSON, person=kalin)

    new = curation.event_split_source(event=jerusalem, source=source, user=curator)

    assert list(new.sources.all()) == [source]
    assert source not in jerusalem.sources.all()
    assert new.evidence.filter(source=source).count() == 1
    assert not jerusalem.evidence.filter(source=source).exists()
    assert [p.person for p in new.participations.all()] == [kalin]
    assert set(new.countries.values_list("code", flat=True)) == {"IL", "TR"}
    assert new.review_status == ReviewStatus.EXTRACTED
    assert new.date_inferred is False
    with pytest.raises(curation.CurationError, match=curation.SPLIT_LAST_SOURCE):
        curation.event_split_source(event=new, source=source)


def test_set_review_status_bumps_version_and_records_the_user(curator):
    events = factories.EventFactory.create_batch(3)
    changed = curation.events_set_review_status(
        events=Event.objects.filter(pk__in=[e.pk for e in events[:2]]), status=ReviewStatus.CONFIRMED, user=curator
    )
    assert changed == 2
    confirmed = Event.objects.filter(review_status=ReviewStatus.CONFIRMED)
    assert set(confirmed.values_list("version", flat=True)) == {2}
    assert all(e.history.latest().history_user == curator for e in confirmed)
    assert curation.events_set_review_status(events=events, status=ReviewStatus.CONFIRMED) == 1


def test_stale_save_is_refused(curator):
    event = factories.EventFactory()
    first, second = Event.objects.get(pk=event.pk), Event.objects.get(pk=event.pk)
    first.location = "Ankara"
    curation.curated_record_save(instance=first, loaded_version=1, changed_fields=["location"], user=curator)
    second.location = "Tel Aviv"
    with pytest.raises(curation.StaleVersionError, match="Someone else saved this event"):
        curation.curated_record_save(instance=second, loaded_version=1, changed_fields=["location"])
    event.refresh_from_db()
    assert (event.location, event.version, event.curated_fields) == ("Ankara", 2, ["location"])


def test_a_split_off_event_keeps_an_inferred_date_flagged(jerusalem, curator):
    Event.objects.filter(pk=jerusalem.pk).update(date_inferred=True)
    jerusalem.refresh_from_db()

    new = curation.event_split_source(event=jerusalem, source=jerusalem.sources.get(title="Kalin in Israel"))

    assert (new.date, new.date_precision, new.date_inferred) == (jerusalem.date, jerusalem.date_precision, True)


@pytest.mark.parametrize(
    "changes, inferred",
    [
        ({"date": date(2022, 2, 16)}, False),  # the date is now a person's
        ({"date_precision": "month"}, False),
        ({"title": "Kalın in Jerusalem"}, True),  # another field: the date is still the story's day
        ({"date": date(2022, 2, 16), "date_inferred": True}, True),  # the curator says so
        ({"date_inferred": False}, False),  # checked, and kept as it is
    ],
)
def test_editing_the_date_clears_date_inferred(curator, changes, inferred):
    event = factories.EventFactory(date_inferred=True)
    for name, value in changes.items():
        setattr(event, name, value)

    curation.curated_record_save(instance=event, loaded_version=1, changed_fields=list(changes), user=curator)

    event.refresh_from_db()
    assert event.date_inferred is inferred
    assert event.curated_fields == sorted(changes)
    assert event.history.latest().date_inferred is inferred
