import pytest

from diplomacy.models import Redirect
from tests import factories
from tests.api.conftest import ids, make_event

pytestmark = pytest.mark.django_db


def test_list_and_detail_with_aliases_and_offices(api):
    person = factories.PersonFactory(name="Yair Lapid")
    factories.PersonAliasFactory(person=person, name="Y. Lapid")
    tenure = factories.TenureFactory(person=person)

    (row,) = api.get("/api/persons/").json()["results"]
    detail = api.get(f"/api/persons/{person.uuid}/").json()

    assert row == detail
    assert row["id"] == str(person.uuid)
    assert row["country"] == "IL"
    assert row["aliases"] == ["Y. Lapid"]
    assert row["offices"][0]["id"] == str(tenure.office.uuid)
    assert row["offices"][0]["start"] == "2022-01-01"
    assert row["events_url"].endswith(f"/api/persons/{person.uuid}/events/")


def test_sorted_by_name_ignoring_accents(api):
    factories.PersonFactory(name="Zoe Adams")
    factories.PersonFactory(name="Çağlar Kaya")
    factories.PersonFactory(name="Ben Ari")

    names = [row["name"] for row in api.get("/api/persons/").json()["results"]]

    assert names == ["Ben Ari", "Çağlar Kaya", "Zoe Adams"]


def test_filter_by_name_accent_insensitive_and_aliases(api):
    mevlut = factories.PersonFactory(name="Mevlüt Çavuşoğlu")
    factories.PersonAliasFactory(person=mevlut, name="Mevlut Tchavouchoglou")
    factories.PersonFactory(name="Eli Cohen")

    assert ids(api.get("/api/persons/?name=cavusoglu")) == [str(mevlut.uuid)]
    assert ids(api.get("/api/persons/?name=Çavuş")) == [str(mevlut.uuid)]
    assert ids(api.get("/api/persons/?name=tchavouch")) == [str(mevlut.uuid)]


def test_filter_by_country(api):
    turk = factories.PersonFactory(country=factories.country("TR"))
    factories.PersonFactory()

    assert ids(api.get("/api/persons/?country=TR")) == [str(turk.uuid)]


def test_filter_by_office(api):
    tenure = factories.TenureFactory()
    factories.TenureFactory()

    assert ids(api.get(f"/api/persons/?office={tenure.office.uuid}")) == [str(tenure.person.uuid)]


@pytest.mark.parametrize("query", ["nickname=x", "country=Turkey", "office=3", "name=%2E%2E", "limit=-1", "offset=x"])
def test_bad_query_is_400(api, query):
    response = api.get(f"/api/persons/?{query}")

    assert response.status_code == 400
    assert response.json()["detail"]


def test_limit_offset_pages_without_count(api):
    people = sorted(factories.PersonFactory.create_batch(5), key=lambda p: (p.match_key, p.pk))

    first = api.get("/api/persons/?limit=2").json()
    second = api.get(first["next"]).json()
    last = api.get(api.get(second["next"]).json()["previous"]).json()

    assert "count" not in first
    assert [r["id"] for r in first["results"] + second["results"]] == [str(p.uuid) for p in people[:4]]
    assert last["results"] == second["results"]
    assert api.get(second["next"]).json()["next"] is None


def test_csv(api):
    person = factories.PersonFactory(name="Eli Cohen")
    factories.PersonAliasFactory(person=person, name="E. Cohen")

    response = api.get("/api/persons/?format=csv")

    header, row = response.content.decode().strip().split("\n")
    assert response["Content-Type"].startswith("text/csv")
    assert header == "id,name,country,wikidata_id,aliases,office_ids,office_titles,version,url"
    assert row.startswith(f"{person.uuid},Eli Cohen,IL,,E. Cohen,")


def test_absorbed_person_redirects(api):
    survivor = factories.PersonFactory()
    absorbed = "11111111-2222-3333-4444-555555555555"
    Redirect.objects.create(model="person", old_uuid=absorbed, new_uuid=survivor.uuid)

    detail = api.get(f"/api/persons/{absorbed}/")
    events = api.get(f"/api/persons/{absorbed}/events/?kind=visit")

    assert detail.status_code == 301
    assert detail["Location"].endswith(f"/api/persons/{survivor.uuid}/")
    assert events.status_code == 301
    assert events["Location"].endswith(f"/api/persons/{survivor.uuid}/events/?kind=visit")


def test_person_events_with_filters(api):
    person = factories.PersonFactory()
    visit = make_event(people=[person], kind="visit")
    make_event(people=[person], kind="meeting")
    make_event()

    assert ids(api.get(f"/api/persons/{person.uuid}/events/?kind=visit")) == [str(visit.uuid)]
    assert len(ids(api.get(f"/api/persons/{person.uuid}/events/"))) == 2
    assert api.get("/api/persons/00000000-0000-0000-0000-000000000000/events/").status_code == 404


def test_list_query_count_is_constant(api, django_assert_num_queries):
    factories.TenureFactory()
    with django_assert_num_queries(3):
        api.get("/api/persons/")
    for _ in range(10):
        tenure = factories.TenureFactory()
        factories.PersonAliasFactory(person=tenure.person, name="Alias")
    with django_assert_num_queries(3):
        assert len(api.get("/api/persons/?name=a").json()["results"]) >= 1
    with django_assert_num_queries(3):
        assert len(api.get("/api/persons/").json()["results"]) == 11
