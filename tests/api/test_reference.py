"""Offices, countries (with relations) and sources."""

from datetime import date

import pytest
from django.test import override_settings

from tests import factories
from tests.api.conftest import make_event

pytestmark = pytest.mark.django_db


def test_offices_list_detail_and_filters(api):
    tenure = factories.TenureFactory(
        office__title="Minister of Foreign Affairs", office__country=factories.country("TR")
    )
    factories.OfficeFactory(title="Prime Minister")

    (row,) = api.get("/api/offices/?title=foreign&country=TR").json()["results"]
    detail = api.get(f"/api/offices/{tenure.office.uuid}/").json()

    assert row == detail
    assert row["holders"][0]["id"] == str(tenure.person.uuid)
    assert len(api.get("/api/offices/").json()["results"]) == 2
    assert api.get("/api/offices/?title=xyz").json()["results"] == []


def test_offices_query_count_is_constant(api, django_assert_num_queries):
    factories.TenureFactory()
    with django_assert_num_queries(2):
        api.get("/api/offices/")
    factories.TenureFactory.create_batch(10)
    with django_assert_num_queries(2):
        assert len(api.get("/api/offices/").json()["results"]) == 11


def test_countries_list_detail_and_current_filter(api, django_assert_num_queries):
    with django_assert_num_queries(1):
        codes = [row["code"] for row in api.get("/api/countries/?limit=200").json()["results"]]
    detail = api.get("/api/countries/tr/").json()
    current = {row["code"] for row in api.get("/api/countries/?current=true&limit=200").json()["results"]}
    former = {row["code"] for row in api.get("/api/countries/?current=false&limit=200").json()["results"]}

    assert "IL" in codes
    assert detail["code"] == "TR"
    assert detail["relations_url"].endswith("/api/countries/TR/relations/")
    assert "IL" in current
    assert not current & former
    assert api.get("/api/countries/XX/").status_code == 404


def test_relations_count_by_kind_and_latest_event(api, django_assert_num_queries):
    make_event(countries=["IL", "TR"], kind="meeting", date=date(2022, 1, 1))
    latest = make_event(countries=["IL", "TR"], kind="call", date=date(2022, 6, 1))
    make_event(countries=["IL", "TR"], kind="call", date=None)
    listed_only = factories.EventFactory(countries=["IL", "FR"], kind="visit", date=date(2021, 1, 1))
    make_event(countries=["TR", "FR"])

    body = api.get("/api/countries/IL/relations/").json()

    assert body["country"] == "IL"
    tr, fr = body["counterparts"]
    assert (tr["country"], tr["total"], tr["by_kind"]) == ("TR", 3, {"meeting": 1, "call": 2})
    assert tr["latest_event"]["id"] == str(latest.uuid)
    assert (fr["country"], fr["total"], fr["latest_event"]["id"]) == ("FR", 1, str(listed_only.uuid))
    windowed = api.get("/api/countries/IL/relations/?date_after=2022-03-01").json()["counterparts"]
    assert [(c["country"], c["total"]) for c in windowed] == [("TR", 1)]
    assert api.get("/api/countries/IL/relations/?date_after=soon").status_code == 400
    assert api.get("/api/countries/IL/relations/?kind=call").status_code == 400


def test_relations_query_count_is_constant(api, django_assert_num_queries):
    make_event(countries=["IL", "TR"])
    with django_assert_num_queries(9):
        api.get("/api/countries/IL/relations/")
    for code in ["FR", "DE", "US", "EG", "JO"]:
        make_event(countries=["IL", code])
    with django_assert_num_queries(9):
        assert len(api.get("/api/countries/IL/relations/").json()["counterparts"]) == 6


def test_sources_list_is_metadata_only(api, django_assert_num_queries):
    source = factories.SourceFactory(title="Talks in Ankara", url="https://example.org/a")
    with django_assert_num_queries(1):
        (row,) = api.get("/api/sources/").json()["results"]
    factories.SourceFactory.create_batch(5)
    with django_assert_num_queries(1):
        api.get("/api/sources/?published_after=2022-01-01&name=article")

    assert row["sha256"] == source.sha256
    assert row["url"].endswith(f"/api/sources/{source.sha256}/")
    assert row["article_url"] == "https://example.org/a"
    assert "text" not in row


def test_source_detail_has_evidence_and_hides_text_from_anonymous(api, reader_api):
    event = make_event()
    source = event.sources.get()

    anonymous = api.get(f"/api/sources/{source.sha256}/").json()
    authenticated = reader_api.get(f"/api/sources/{source.sha256}/").json()
    with override_settings(DIPLOMACY_PUBLIC_FULL_TEXT=True):
        published = api.get(f"/api/sources/{source.sha256}/").json()

    assert anonymous["text"] is None
    assert anonymous["evidence"][0]["sentence"] == event.evidence.get().sentence
    assert anonymous["evidence"][0]["event"] == str(event.uuid)
    assert authenticated["text"] == source.text
    assert published["text"] == source.text
    assert api.get(f"/api/sources/{'0' * 64}/").status_code == 404


def test_anonymous_reads_are_throttled_but_not_token_users(api, reader_api, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "100/minute"})

    statuses = [api.get("/api/countries/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    assert api.get("/api/countries/").json()["detail"]
    assert reader_api.get("/api/countries/").status_code == 200
