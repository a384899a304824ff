import uuid

import pytest
from django.core import serializers
from django.db import IntegrityError, transaction

from diplomacy.models import Country, Event, Office, Organization, Person, Source
from tests.factories import (
    EventFactory,
    OfficeFactory,
    ParticipationFactory,
    PersonAliasFactory,
    PersonFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


class TestCountries:
    def test_migration_loads_every_iso_country_and_former_states(self):
        assert Country.objects.count() >= 249 + 10
        assert Country.objects.get(code="XK").name == "Kosovo"
        assert Country.objects.get(code="SU").ended is not None
        assert Country.objects.get(code="TR").ended is None

    def test_migration_holds_no_people_or_events(self):
        assert not Person.objects.exists()
        assert not Event.objects.exists()
        assert not Office.objects.exists()
        assert Organization.objects.filter(acronym="NATO").exists()

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Turkish", "TR"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Israeli", "IL"),
            ("Palestinian", "PS"),
            ("State of Palestine", "PS"),
            ("american", "US"),
            ("Soviet", "SU"),
            ("Kosovo", "XK"),
        ],
    )
    def test_resolve_names_and_demonyms(self, text, code):
        assert Country.objects.resolve(text).code == code

    def test_resolve_unknown_is_none(self):
        assert Country.objects.resolve("Narnian") is None
        assert Country.objects.resolve("") is None

    def test_natural_key_is_the_code(self):
        assert Country.objects.get_by_natural_key("IL").natural_key() == ("IL",)


class TestNaturalKeys:
    def test_person_natural_key_is_its_uuid(self):
        person = PersonFactory()
        assert person.natural_key() == (str(person.uuid),)
        assert Person.objects.get_by_natural_key(str(person.uuid)) == person

    def test_source_natural_key_is_the_hash(self):
        source = SourceFactory()
        assert source.natural_key() == (source.sha256,)
        assert Source.objects.get_by_natural_key(source.sha256) == source

    def test_uuid_is_unique_and_stable(self):
        person = PersonFactory()
        old = person.uuid
        person.name = "Renamed"
        person.save()
        person.refresh_from_db()
        assert person.uuid == old
        with pytest.raises(IntegrityError), transaction.atomic():
            PersonFactory(uuid=old)

    def test_serialization_with_natural_keys_round_trips(self):
        participation = ParticipationFactory()
        data = serializers.serialize(
            "json", [participation], use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
        assert str(participation.event.uuid) in data
        assert str(participation.person.uuid) in data
        assert '"pk"' not in data


class TestConstraints:
    def test_source_hash_is_unique(self):
        source = SourceFactory()
        with pytest.raises(IntegrityError), transaction.atomic():
            SourceFactory(text=source.text, sha256=source.sha256)

    def test_person_alias_unique_per_person(self):
        alias = PersonAliasFactory(name="Ibrahim Kalin")
        with pytest.raises(IntegrityError), transaction.atomic():
            PersonAliasFactory(person=alias.person, name="Ibrahim Kalin")
        PersonAliasFactory(name="Ibrahim Kalin")  # another person may share a spelling

    def test_one_participation_per_person_and_event(self):
        participation = ParticipationFactory()
        with pytest.raises(IntegrityError), transaction.atomic():
            ParticipationFactory(event=participation.event, person=participation.person)

    def test_office_unique_per_title_and_country(self):
        OfficeFactory(title="Foreign Minister", country=Country.objects.get(code="TR"))
        OfficeFactory(title="Foreign Minister", country=Country.objects.get(code="IL"))
        with pytest.raises(IntegrityError), transaction.atomic():
            OfficeFactory(title="foreign minister", country=Country.objects.get(code="TR"))

    def test_match_key_folds_diacritics_and_dotless_i(self):
        assert PersonFactory(name="İbrahim Kalın").match_key == "ibrahim kalin"
        assert PersonAliasFactory(name="Mevlüt Çavuşoğlu").match_key == "mevlut cavusoglu"


def test_event_uuid_lookup():
    event = EventFactory(countries=["IL", "TR"])
    assert Event.objects.get_by_natural_key(str(event.uuid)) == event
    assert sorted(event.countries.values_list("code", flat=True)) == ["IL", "TR"]
    assert isinstance(event.uuid, uuid.UUID)


def test_person_named_is_accent_insensitive_and_searches_aliases():
    person = PersonFactory(name="İbrahim Kalın")
    other = PersonFactory(name="Alon Ushpiz")
    PersonAliasFactory(person=other, name="Ushpiz")
    assert list(Person.objects.named("Kalin")) == [person]
    assert list(Person.objects.named("ushpiz")) == [other]


def test_curators_group_can_edit_and_merge_but_not_manage_users():
    from django.contrib.auth.models import Group

    codenames = set(Group.objects.get(name="Curators").permissions.values_list("codename", flat=True))
    assert {"change_event", "change_person", "delete_person", "view_source"} <= codenames
    assert not {c for c in codenames if c.endswith("_user") or c.endswith("_group")}
    assert "delete_country" not in codenames
