import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests import factories


@pytest.fixture(autouse=True)
def _no_throttle_state():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def api(db):
    return APIClient()


@pytest.fixture
def curator_api(curator):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=curator).key}")
    return client


@pytest.fixture
def reader_api(db, django_user_model):
    """An authenticated user without any model permission."""
    user = django_user_model.objects.create_user("reader", password="reader-pass")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def make_event(*, countries=("IL", "TR"), people=None, sources=1, **fields):
    """An event with one participant per country (or the given persons) and its sources."""
    event = factories.EventFactory(countries=list(countries), **fields)
    for person in people or [factories.PersonFactory(country=factories.country(c)) for c in countries]:
        office = factories.OfficeFactory(country=person.country)
        factories.TenureFactory(person=person, office=office)
        factories.ParticipationFactory(event=event, person=person, office=office)
    for _ in range(sources):
        source = factories.SourceFactory()
        factories.EventSourceFactory(event=event, source=source)
        factories.EvidenceFactory(source=source, event=event)
    return event


def ids(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]
