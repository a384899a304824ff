"""``Event.objects.involving()``: listed countries or participants' countries, however they were written.

On PostgreSQL the filter reads the trigger-maintained ``involved`` column (migration 0007);
these tests write the two tables every way the code does and compare with the definition.
"""

import pytest
from django.db import connection

from diplomacy import curation
from diplomacy.models import Event, Participation
from tests.factories import EventFactory, ParticipationFactory, PersonFactory, country

pytestmark = pytest.mark.django_db


def expected(event: Event) -> set[str]:
    listed = set(event.countries.values_list("code", flat=True))
    acting = set(Participation.objects.filter(event=event, country__isnull=False).values_list("country_id", flat=True))
    return listed | acting


def check(*events: Event) -> None:
    """``involving`` answers by the definition for every code and pair of the events' countries."""
    codes = sorted(set().union(*(expected(e) for e in events)) | {"FR"})
    for code in codes:
        found = set(Event.objects.involving(code).values_list("pk", flat=True))
        assert found == {e.pk for e in events if code in expected(e)}, code
    for a in codes:
        for b in codes:
            found = set(Event.objects.involving(a, b).values_list("pk", flat=True))
            assert found == {e.pk for e in events if {a, b} <= expected(e)}, (a, b)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, involved FROM diplomacy_event WHERE id = ANY(%s)", [[e.pk for e in events]])
            stored = dict(cursor.fetchall())
        assert {e.pk: set(stored[e.pk]) for e in events} == {e.pk: expected(e) for e in events}


def test_countries_listed_added_removed_and_cleared():
    event = EventFactory(countries=["IL", "TR"])
    other = EventFactory(countries=["US"])
    check(event, other)
    event.countries.add("JO")
    check(event, other)
    event.countries.remove("IL")
    check(event, other)
    event.countries.set(["US", "EG"])
    check(event, other)
    event.countries.clear()
    check(event, other)


def test_participants_added_changed_moved_and_deleted():
    event = EventFactory(countries=[])
    other = EventFactory(countries=["US"])
    part = ParticipationFactory(event=event, person=PersonFactory(country=country("IL")))
    check(event, other)
    part.country = country("TR")
    part.save()
    check(event, other)
    Participation.objects.filter(pk=part.pk).update(country=None)
    check(event, other)
    Participation.objects.filter(pk=part.pk).update(country="EG", event=other)
    check(event, other)
    part.refresh_from_db()
    part.delete()
    check(event, other)


def test_a_participant_country_outside_the_listed_ones():
    event = EventFactory(countries=["IL"])
    ParticipationFactory(event=event, person=PersonFactory(country=country("TR")))
    check(event)
    assert list(Event.objects.involving("IL", "TR")) == [event]


def test_event_merge_and_undo():
    survivor = EventFactory(countries=["IL"])
    absorbed = EventFactory(countries=["TR"])
    ParticipationFactory(event=absorbed, person=PersonFactory(country=country("JO")))
    redirect = curation.event_merge(survivor=survivor, absorbed=absorbed)
    check(survivor)
    assert set(Event.objects.involving("IL", "JO").values_list("pk", flat=True)) == {survivor.pk}
    restored = curation.merge_undo(redirect=redirect)
    check(survivor, restored)


def test_deleting_an_event_with_countries_and_participants():
    event = EventFactory(countries=["IL", "TR"])
    ParticipationFactory(event=event, person=PersonFactory(country=country("IL")))
    kept = EventFactory(countries=["IL"])
    event.delete()
    check(kept)
