"""The OpenAPI schema: documented parameters, offline docs, and schemathesis against the app."""

import re

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests import factories
from tests.api.conftest import make_event

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
FUZZ = settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture
def seeded(db):
    """A few records so that some generated requests find something.

    Like Django's test client, the WSGI app must not close the database connection at the
    end of a request: that would end the test's transaction (and its data) on PostgreSQL.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    person = factories.PersonFactory(name="Mevlüt Çavuşoğlu", country=factories.country("TR"))
    factories.PersonAliasFactory(person=person, name="Cavusoglu")
    make_event(countries=["IL", "TR"], people=[person, factories.PersonFactory()])
    make_event(countries=["TR", "FR"], date=None)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def curator_token(curator):
    return Token.objects.create(user=curator).key


# Loading the schema touches no table, so it can happen at collection time.
# Bounded: a few examples per operation and no exhaustive "coverage" phase, so the run stays
# within seconds; the seed makes it repeatable.
CONFIG = SchemathesisConfig.from_dict(
    {"seed": 5, "phases": {"coverage": {"enabled": False}}, "generation": {"max-examples": 5}}
)
fuzzed = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=CONFIG)


@fuzzed.parametrize()
@FUZZ
def test_anonymous_requests_conform_to_the_schema(case, seeded):
    case.call_and_validate(checks=CHECKS)


@fuzzed.exclude(method="GET").parametrize()
@FUZZ
def test_curator_writes_conform_to_the_schema(case, seeded, curator_token):
    case.call_and_validate(headers={"Authorization": f"Token {curator_token}"}, checks=CHECKS)


@pytest.mark.django_db
def test_every_query_parameter_has_a_description_and_an_example(api):
    schema = api.get("/api/schema/?format=json").json()

    parameters = [
        (path, parameter)
        for path, operations in schema["paths"].items()
        for operation in operations.values()
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "query"
    ]
    assert {p["name"] for _, p in parameters} >= {
        "date_after", "date_before", "date_inferred", "kind", "status", "review_status", "country", "countries",
        "person", "person_name", "location", "source", "search", "ordering", "name", "office", "cursor", "page_size",
    }  # fmt: skip
    for path, parameter in parameters:
        assert parameter.get("description"), (path, parameter["name"])
        assert "example" in parameter or parameter.get("examples"), (path, parameter["name"])


@pytest.mark.django_db
def test_swagger_ui_is_served_without_a_cdn(api):
    page = api.get("/api/docs/").content.decode()

    # Every script, stylesheet and image the page loads is served by us: no host, no scheme.
    # (A bare "cdn" substring test failed once on a random CSRF token that spelt "cdn".)
    assets = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", page)
    assert assets
    assert [url for url in assets if not url.startswith("/") or url.startswith("//")] == []
    assert "jsdelivr" not in page and "unpkg" not in page
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert f"/api/docs/assets/{asset}" in page
        response = api.get(f"/api/docs/assets/{asset}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content)
    assert api.get("/api/docs/assets/../settings.py").status_code == 404
