"""API properties under fuzzing (schemathesis; tests/api/test_schema.py holds the plain run):
anonymous and permission-less users write nothing, a filter or a detail shows only what it
names, article full text never reaches anonymous users, throttling answers 429."""

import hashlib
import json

import pytest
import schemathesis
from django.core import signals
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from schemathesis.config import SchemathesisConfig

from diplomacy.models import (
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
from tests import factories

FUZZ_EXAMPLES = 5
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
SECRET = "FULLTEXT-ONLY-7f3c9b1e"  # in the articles' text, never in an evidence sentence
STORED = [Person, PersonAlias, NameKey, NotSamePerson, Office, Tenure, Event, Participation, EventSource]
STORED += [Source, Evidence, Redirect]

CONFIG = SchemathesisConfig.from_dict(
    {"seed": 8, "phases": {"coverage": {"enabled": False}}, "generation": {"max-examples": FUZZ_EXAMPLES}}
)
fuzzed = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=CONFIG)


def fingerprint() -> str:
    """A digest of every stored row but the reference data: any write changes it."""
    rows = [list(model.objects.order_by("pk").values()) for model in STORED]
    return hashlib.sha256(json.dumps(rows, default=str, sort_keys=True).encode()).hexdigest()


@pytest.fixture
def world(db):
    """Three countries' people, events between them, sources whose text holds the secret."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    cache.clear()
    people = {
        code: [factories.PersonFactory(country=factories.country(code)) for _ in range(2)]
        for code in ("IL", "TR", "FR")
    }
    for group in people.values():
        for person in group:
            factories.PersonAliasFactory(person=person, name=person.name + " Jr")
    pairs = [("IL", "TR", 0), ("TR", "FR", 1), ("FR", "IL", 0), ("IL", "TR", 1)]
    for a, b, i in pairs:
        event = factories.EventFactory(countries=[a, b])
        for person in (people[a][i], people[b][i]):
            factories.ParticipationFactory(event=event, person=person, country=person.country)
        text = f"Body of an article about {a} and {b}. {SECRET} {event.pk}."
        source = factories.SourceFactory(text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
        factories.EventSourceFactory(event=event, source=source)
        factories.EvidenceFactory(source=source, event=event, sentence=f"Body of an article about {a} and {b}.")
    yield people
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)
    cache.clear()


@pytest.fixture
def reader_token(db, django_user_model):
    user = django_user_model.objects.create_user("reader", password="reader-pass-long-enough")
    return Token.objects.create(user=user).key


@fuzzed.exclude(method="GET").parametrize()
@FUZZ
def test_anonymous_writes_are_refused_and_change_nothing(case, world):
    before = fingerprint()
    response = case.call(headers={})
    assert response.status_code in (401, 403, 405), f"{case.method} {case.formatted_path}: {response.status_code}"
    assert fingerprint() == before


@fuzzed.exclude(method="GET").parametrize()
@FUZZ
def test_users_without_permissions_write_nothing(case, world, reader_token):
    before = fingerprint()
    response = case.call(headers={"Authorization": f"Token {reader_token}"})
    assert response.status_code in (400, 403, 404, 405, 409, 412, 428), response.status_code
    assert response.status_code < 500
    assert fingerprint() == before


@fuzzed.include(method="GET").parametrize()
@FUZZ
def test_anonymous_reads_never_show_full_text_nor_fail(case, world):
    response = case.call(headers={})
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code}"
    assert SECRET not in response.text, f"{case.formatted_path} leaks an article's full text"


def results(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content[:300]
    return response.json()["results"]


@pytest.mark.django_db
def test_full_text_is_not_searchable_anonymously(world):
    client = APIClient()
    assert results(client, "/api/events/", search=SECRET) == []
    assert SECRET not in client.get("/api/sources/").content.decode()


@pytest.mark.django_db
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_filters_show_only_the_objects_they_name(world, data):
    client = APIClient()
    person = data.draw(st.sampled_from([p for group in world.values() for p in group]))
    expected = set(Event.objects.filter(participations__person=person).values_list("uuid", flat=True))
    for path in ("/api/events/", f"/api/persons/{person.uuid}/events/"):
        rows = results(client, path, person=str(person.uuid)) if path == "/api/events/" else results(client, path)
        assert {r["id"] for r in rows} == {str(u) for u in expected}, path
        for row in rows:
            assert str(person.uuid) in {p["person"] for p in row["participants"]}

    code = data.draw(st.sampled_from(sorted(world)))
    for row in results(client, "/api/events/", country=code):
        assert code in set(row["countries"]) | {p["country"] for p in row["participants"]}
    assert {r["id"] for r in results(client, "/api/persons/", country=code)} == {str(p.uuid) for p in world[code]}

    source = data.draw(st.sampled_from(list(Source.objects.all())))
    rows = results(client, "/api/events/", source=source.sha256)
    assert [r["id"] for r in rows] == [str(e.uuid) for e in source.events.all()]

    detail = client.get(f"/api/persons/{person.uuid}/").json()
    assert detail["id"] == str(person.uuid)
    assert set(detail["aliases"]) <= set(person.aliases.values_list("name", flat=True)) | {person.name}


@pytest.fixture
def strict_rates(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "3/minute", raising=False)
    monkeypatch.setattr(UserRateThrottle, "rate", "5/minute", raising=False)
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_throttling_answers_429_per_client(world, strict_rates, reader_token):
    anonymous = APIClient(REMOTE_ADDR="203.0.113.5")
    assert [anonymous.get("/api/events/").status_code for _ in range(3)] == [200] * 3
    throttled = anonymous.get("/api/persons/")
    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0 and "detail" in throttled.json()
    assert anonymous.post("/api/events/", {}, format="json").status_code in (401, 403, 429)
    assert APIClient(REMOTE_ADDR="203.0.113.6").get("/api/events/").status_code == 200, "per client address"

    user = APIClient(REMOTE_ADDR="203.0.113.5")
    user.credentials(HTTP_AUTHORIZATION=f"Token {reader_token}")
    assert [user.get("/api/events/").status_code for _ in range(5)] == [200] * 5
    assert user.get("/api/events/").status_code == 429
