"""Curators' decisions survive a forced re-extraction of the real seed articles."""

from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from diplomacy import curation
from diplomacy.models import Event, ReviewStatus

SEEDS = str(Path(__file__).resolve().parents[2] / "seeds")

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def _ingest(*args):
    call_command("ingest", SEEDS, *args, stdout=StringIO(), stderr=StringIO())


def _jerusalem():
    return Event.objects.get(kind="meeting", location="Jerusalem")


def test_force_reingest_keeps_a_curators_edited_date_and_a_confirmed_event(curator_client):
    _ingest()
    event = _jerusalem()
    assert event.date == date(2022, 2, 17)
    form = curator_client.get(reverse("admin:diplomacy_event_change", args=[event.pk])).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "countries"}
    data.update(
        {
            "date": "2022-02-16",
            "date_precision": "day",
            "countries": [c.pk for c in event.countries.all()],
            "participations-TOTAL_FORMS": 0,
            "participations-INITIAL_FORMS": 0,
        }
    )
    response = curator_client.post(reverse("admin:diplomacy_event_change", args=[event.pk]), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    event.refresh_from_db()
    assert (event.date, event.curated_fields) == (date(2022, 2, 16), ["date"])

    confirmed = Event.objects.exclude(pk=event.pk).filter(location="Ramallah").get()
    curation.events_set_review_status(events=[confirmed], status=ReviewStatus.CONFIRMED)
    Event.objects.filter(pk=confirmed.pk).update(title="Kalın and Önal meet Abbas (curated title)")
    events_before = sorted(map(str, Event.objects.values_list("kind", "date", "location")))

    _ingest("--force")

    event = Event.objects.get(uuid=event.uuid)
    assert event.date == date(2022, 2, 16)
    assert "date" in event.curated_fields
    assert event.sources.count() == 4
    confirmed = Event.objects.get(uuid=confirmed.uuid)
    assert confirmed.review_status == ReviewStatus.CONFIRMED
    assert confirmed.title == "Kalın and Önal meet Abbas (curated title)"
    # Machine-made events are extracted afresh; nothing is duplicated.
    assert sorted(map(str, Event.objects.values_list("kind", "date", "location"))) == events_before
