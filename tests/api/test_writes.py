"""Curators' writes: tokens, model permissions, curated fields, versions and history."""

import pytest
from rest_framework.test import APIClient

from diplomacy.models import Event, Person
from tests import factories
from tests.api.conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/api/events/"),
        ("patch", "/api/events/{event}/"),
        ("delete", "/api/events/{event}/"),
        ("post", "/api/persons/"),
        ("patch", "/api/persons/{person}/"),
        ("delete", "/api/persons/{person}/"),
    ],
)
def test_anonymous_and_unprivileged_cannot_write(api, reader_api, method, path):
    event = make_event()
    url = path.format(event=event.uuid, person=event.persons.first().uuid)

    anonymous = getattr(api, method)(url, {"title": "x", "name": "x", "kind": "call"}, format="json")
    unprivileged = getattr(reader_api, method)(url, {"title": "x", "name": "x", "kind": "call"}, format="json")

    assert anonymous.status_code == 401
    assert unprivileged.status_code == 403
    assert anonymous.json()["detail"] and unprivileged.json()["detail"]
    assert Event.objects.get().title == event.title
    assert Person.objects.count() == 2


def test_invalid_token_is_401(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-token")

    assert client.get("/api/events/").status_code == 401


def test_patch_marks_curated_fields_bumps_version_and_records_history(curator_api, curator):
    event = make_event(title="Old title", location="Ankara")

    response = curator_api.patch(
        f"/api/events/{event.uuid}/", {"title": "New title", "location": "Ankara", "kind": "visit"}, format="json"
    )

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["title"], body["kind"], body["version"]) == ("New title", "visit", 2)
    assert body["curated_fields"] == ["kind", "title"]
    event.refresh_from_db()
    assert event.curated_fields == ["kind", "title"]
    latest = event.history.latest()
    assert latest.history_user == curator
    assert latest.title == "New title"


def test_patch_countries_and_keeps_earlier_curated_fields(curator_api):
    event = make_event(countries=["IL", "TR"])
    event.curated_fields = ["location"]
    event.save()

    body = curator_api.patch(f"/api/events/{event.uuid}/", {"countries": ["il", "FR"]}, format="json").json()

    assert body["countries"] == ["FR", "IL"]
    assert body["curated_fields"] == ["countries", "location"]


def test_patch_without_change_keeps_version(curator_api):
    event = make_event(title="Same")

    body = curator_api.patch(f"/api/events/{event.uuid}/", {"title": "Same"}, format="json").json()

    assert body["version"] == 1
    assert body["curated_fields"] == []


@pytest.mark.parametrize(
    "payload, curated, inferred",
    [
        ({"date": "2022-02-16"}, ["date"], False),  # the date is now a person's
        ({"date_precision": "month"}, ["date_precision"], False),
        ({"date_inferred": False}, ["date_inferred"], False),  # the story's day, checked
        ({"title": "Also met"}, ["title"], True),
        ({"date": "2022-02-16", "date_inferred": True}, ["date", "date_inferred"], True),
    ],
)
def test_patching_the_date_clears_date_inferred(curator_api, curator, payload, curated, inferred):
    event = make_event(date_inferred=True)

    response = curator_api.patch(f"/api/events/{event.uuid}/", payload, format="json")

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["curated_fields"], body["date_inferred"]) == (curated, inferred)
    event.refresh_from_db()
    assert event.date_inferred is inferred
    assert event.history.latest().history_user == curator


def test_patch_with_stale_version_is_409(curator_api):
    event = make_event(title="Original")
    assert (
        curator_api.patch(f"/api/events/{event.uuid}/", {"title": "First", "version": 1}, format="json").status_code
        == 200
    )

    stale = curator_api.patch(f"/api/events/{event.uuid}/", {"title": "Second", "version": 1}, format="json")

    assert stale.status_code == 409
    assert "version 2" in stale.json()["detail"]
    event.refresh_from_db()
    assert (event.title, event.version) == ("First", 2)


@pytest.mark.parametrize(
    "payload",
    [
        {"kind": "party"},
        {"date": "17 Feb"},
        {"countries": ["XX"]},
        {"confidence": 2},
        {"date": "2022-02-17", "end_date": "2022-01-01"},
        {"version": 0},
    ],
)
def test_patch_invalid_is_400_with_field_errors(curator_api, payload):
    event = make_event()

    response = curator_api.patch(f"/api/events/{event.uuid}/", payload, format="json")

    assert response.status_code == 400
    assert response.json()["errors"]


def test_put_is_not_allowed(curator_api):
    event = make_event()

    assert curator_api.put(f"/api/events/{event.uuid}/", {"kind": "call"}, format="json").status_code == 405


def test_create_event_and_person(curator_api, curator):
    event = curator_api.post(
        "/api/events/", {"kind": "call", "date": "2023-03-01", "countries": ["IL", "TR"]}, format="json"
    )
    person = curator_api.post("/api/persons/", {"name": "Hakan Fidan", "country": "TR"}, format="json")

    assert event.status_code == 201, event.content
    assert event["Location"] == event.json()["url"]
    assert event.json()["countries"] == ["IL", "TR"]
    assert event.json()["curated_fields"] == ["countries", "date", "kind"]
    assert person.status_code == 201
    created = Person.objects.get(uuid=person.json()["id"])
    assert created.match_key == "hakan fidan"
    assert created.history.get().history_user == curator


def test_patch_person(curator_api, curator):
    person = factories.PersonFactory(name="Mevlut Cavusoglu")

    body = curator_api.patch(
        f"/api/persons/{person.uuid}/", {"name": "Mevlüt Çavuşoğlu", "version": 1}, format="json"
    ).json()

    assert (body["name"], body["version"], body["curated_fields"]) == ("Mevlüt Çavuşoğlu", 2, ["name"])
    assert person.history.latest().history_user == curator


def test_delete_event_is_recorded(curator_api, curator):
    event = make_event()

    response = curator_api.delete(f"/api/events/{event.uuid}/")

    assert response.status_code == 204
    assert not Event.objects.exists()
    assert Event.history.filter(uuid=event.uuid, history_type="-").get().history_user == curator


def test_form_encoded_body_is_415(curator_api):
    event = make_event()

    response = curator_api.patch(
        f"/api/events/{event.uuid}/", "title=x", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 415


def test_merge_persons_then_absorbed_url_redirects(curator_api, api, curator):
    survivor = factories.PersonFactory(name="Mevlüt Çavuşoğlu")
    absorbed = factories.PersonFactory(name="M. Cavusoglu")
    event = make_event(people=[absorbed])

    response = curator_api.post(f"/api/persons/{survivor.uuid}/merge/", {"absorbed": str(absorbed.uuid)}, format="json")

    assert response.status_code == 200, response.content
    assert "M. Cavusoglu" in response.json()["aliases"]
    moved = api.get(f"/api/persons/{absorbed.uuid}/")
    assert moved.status_code == 301
    assert moved["Location"].endswith(f"/api/persons/{survivor.uuid}/")
    assert [p["person"] for p in api.get(f"/api/events/{event.uuid}/").json()["participants"]] == [str(survivor.uuid)]


def test_merge_events(curator_api, api):
    survivor, absorbed = make_event(), make_event()

    response = curator_api.post(f"/api/events/{survivor.uuid}/merge/", {"absorbed": str(absorbed.uuid)}, format="json")

    assert response.status_code == 200, response.content
    assert len(response.json()["sources"]) == 2
    assert api.get(f"/api/events/{absorbed.uuid}/").status_code == 301


@pytest.mark.parametrize("absorbed", ["self", "00000000-0000-0000-0000-000000000000", "nope"])
def test_merge_refusals_are_400(curator_api, absorbed):
    survivor = factories.PersonFactory()
    target = str(survivor.uuid) if absorbed == "self" else absorbed

    response = curator_api.post(f"/api/persons/{survivor.uuid}/merge/", {"absorbed": target}, format="json")

    assert response.status_code == 400
    assert response.json()["errors"]["absorbed"]


def test_merge_needs_token_and_permissions(api, reader_api):
    survivor, absorbed = factories.PersonFactory(), factories.PersonFactory()
    url = f"/api/persons/{survivor.uuid}/merge/"

    assert api.post(url, {"absorbed": str(absorbed.uuid)}, format="json").status_code == 401
    assert reader_api.post(url, {"absorbed": str(absorbed.uuid)}, format="json").status_code == 403
    assert Person.objects.count() == 2
