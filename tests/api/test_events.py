from datetime import date

import pytest

from diplomacy.models import EventKind, EventStatus, Redirect, ReviewStatus
from tests import factories
from tests.api.conftest import ids, make_event

pytestmark = pytest.mark.django_db


def test_list_nests_participants_sources_and_evidence(api):
    event = make_event(countries=["IL", "TR"])
    participation = event.participations.get(country_id="TR")

    body = api.get("/api/events/").json()

    (row,) = body["results"]
    assert row["id"] == str(event.uuid)
    assert row["url"].endswith(f"/api/events/{event.uuid}/")
    assert row["countries"] == ["IL", "TR"]
    participant = next(p for p in row["participants"] if p["country"] == "TR")
    assert participant["person"] == str(participation.person.uuid)
    assert participant["name"] == participation.person.name
    assert participant["role"] == "participant"
    assert participant["office"]["title"] == participation.office.title
    assert participant["person_url"].endswith(f"/api/persons/{participation.person.uuid}/")
    (source,) = row["sources"]
    stored = event.sources.get()
    assert source["sha256"] == stored.sha256
    assert source["published"] == "2022-02-17"
    assert source["evidence"] == [event.evidence.get().sentence]
    assert "text" not in source


def test_detail_by_uuid(api):
    event = make_event()

    response = api.get(f"/api/events/{event.uuid}/")

    assert response.status_code == 200
    assert response.json()["id"] == str(event.uuid)


@pytest.mark.parametrize("bad", ["not-a-uuid", "00000000-0000-0000-0000-000000000000"])
def test_detail_unknown_is_json_404(api, bad):
    response = api.get(f"/api/events/{bad}/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


def test_absorbed_event_redirects_to_survivor(api):
    survivor = make_event()
    absorbed_id = "11111111-2222-3333-4444-555555555555"
    Redirect.objects.create(model="event", old_uuid=absorbed_id, new_uuid=survivor.uuid)

    response = api.get(f"/api/events/{absorbed_id}/")

    assert response.status_code == 301
    assert response["Location"].endswith(f"/api/events/{survivor.uuid}/")
    assert api.get(response["Location"]).json()["id"] == str(survivor.uuid)


def test_filter_by_date_range(api):
    early = make_event(date=date(2021, 5, 1))
    middle = make_event(date=date(2022, 5, 1))
    make_event(date=date(2023, 5, 1))

    assert ids(api.get("/api/events/?date_after=2022-01-01&date_before=2022-12-31")) == [str(middle.uuid)]
    assert ids(api.get("/api/events/?date_before=2021-12-31")) == [str(early.uuid)]


@pytest.mark.parametrize(
    ("name", "value", "other"),
    [
        ("kind", EventKind.VISIT, EventKind.MEETING),
        ("status", EventStatus.PLANNED, EventStatus.OCCURRED),
        ("review_status", ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED),
    ],
)
def test_filter_by_choice(api, name, value, other):
    wanted = make_event(**{name: value})
    make_event(**{name: other})

    assert ids(api.get(f"/api/events/?{name}={value}")) == [str(wanted.uuid)]


def test_date_inferred_is_shown_and_filtered(api):
    inferred = make_event(date_inferred=True)
    stated = make_event()

    rows = {row["id"]: row for row in api.get("/api/events/").json()["results"]}
    assert (rows[str(inferred.uuid)]["date_inferred"], rows[str(stated.uuid)]["date_inferred"]) == (True, False)
    assert api.get(f"/api/events/{inferred.uuid}/").json()["date_inferred"] is True
    for value in ("true", "True", "1"):
        assert ids(api.get(f"/api/events/?date_inferred={value}")) == [str(inferred.uuid)], value
    for value in ("false", "0"):
        assert ids(api.get(f"/api/events/?date_inferred={value}")) == [str(stated.uuid)], value


def test_filter_by_country_matches_participants_and_listed_countries(api):
    by_participant = make_event(countries=["FR"])
    by_participant.countries.clear()
    listed_only = factories.EventFactory(countries=["FR"])
    make_event(countries=["IL", "TR"])

    assert set(ids(api.get("/api/events/?country=fr"))) == {str(by_participant.uuid), str(listed_only.uuid)}


def test_filter_by_countries_is_the_dyad(api):
    dyad = make_event(countries=["IL", "TR"])
    make_event(countries=["IL", "FR"])
    make_event(countries=["TR"])

    assert ids(api.get("/api/events/?countries=IL,TR")) == [str(dyad.uuid)]
    assert ids(api.get("/api/events/?countries=tr,il")) == [str(dyad.uuid)]


def test_filter_by_person_and_merged_person(api):
    person = factories.PersonFactory()
    event = make_event(people=[person])
    make_event()
    Redirect.objects.create(model="person", old_uuid="11111111-2222-3333-4444-555555555555", new_uuid=person.uuid)

    assert ids(api.get(f"/api/events/?person={person.uuid}")) == [str(event.uuid)]
    assert ids(api.get("/api/events/?person=11111111-2222-3333-4444-555555555555")) == [str(event.uuid)]


def test_filter_by_person_name_is_accent_insensitive_and_includes_aliases(api):
    mevlut = factories.PersonFactory(name="Mevlüt Çavuşoğlu", country=factories.country("TR"))
    factories.PersonAliasFactory(person=mevlut, name="Mevlut Cavusoglu Bey")
    event = make_event(people=[mevlut])
    make_event()

    assert ids(api.get("/api/events/?person_name=CAVUSOGLU")) == [str(event.uuid)]
    assert ids(api.get("/api/events/?person_name=çavuşoğlu")) == [str(event.uuid)]
    assert ids(api.get("/api/events/?person_name=cavusoglu bey")) == [str(event.uuid)]


def test_filter_by_location(api):
    ankara = make_event(location="Ankara")
    make_event(location="Jerusalem")

    assert ids(api.get("/api/events/?location=ankar")) == [str(ankara.uuid)]


def test_filter_by_source(api):
    event = make_event()
    make_event()

    assert ids(api.get(f"/api/events/?source={event.sources.get().sha256}")) == [str(event.uuid)]


def test_search_in_title_location_names_and_evidence(api):
    person = factories.PersonFactory(name="Eli Cohen")
    by_name = make_event(people=[person], title="Talks")
    by_title = make_event(title="Gas pipeline talks")
    make_event(title="Other")

    assert set(ids(api.get("/api/events/?search=talks"))) == {str(by_name.uuid), str(by_title.uuid)}
    assert ids(api.get("/api/events/?search=talks cohen")) == [str(by_name.uuid)]
    sentence_word = by_title.evidence.get().sentence.split()[0]
    assert str(by_title.uuid) in ids(api.get(f"/api/events/?search={sentence_word}"))


def test_ordering_by_date_undated_last(api):
    old = make_event(date=date(2020, 1, 1))
    new = make_event(date=date(2024, 1, 1))
    undated = make_event(date=None)

    assert ids(api.get("/api/events/")) == [str(new.uuid), str(old.uuid), str(undated.uuid)]
    assert ids(api.get("/api/events/?ordering=date")) == [str(old.uuid), str(new.uuid), str(undated.uuid)]


@pytest.mark.parametrize("ordering", ["-date", "date"])
def test_cursor_pages_walk_forward_and_back_without_gaps(api, ordering):
    events = [make_event(date=date(2022, 1, 1 + n % 3), sources=0) for n in range(7)]
    events += [make_event(date=None, sources=0) for _ in range(2)]
    expected = ids(api.get(f"/api/events/?ordering={ordering}&page_size=50"))
    assert sorted(expected) == sorted(str(e.uuid) for e in events)

    seen, pages = [], []
    url = f"/api/events/?ordering={ordering}&page_size=2"
    while url:
        body = api.get(url).json()
        pages.append(url)
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert seen == expected
    assert len(pages) == 5

    back = api.get(pages[-1]).json()
    previous = api.get(back["previous"]).json()
    assert [row["id"] for row in previous["results"]] == expected[6:8]


def test_page_size_is_capped(api):
    for _ in range(3):
        factories.EventFactory()

    response = api.get("/api/events/?page_size=100000")

    assert response.status_code == 200
    assert len(response.json()["results"]) == 3


@pytest.mark.parametrize(
    "query",
    [
        "unknown=1",
        "date_after=yesterday",
        "kind=party",
        "country=ISR",
        "countries=IL,,",
        "countries=A1,TR",
        "person=42",
        "person_name=%20-%20",
        "source=abc",
        "date_inferred=maybe",
        "ordering=title",
        "cursor=bm90LWpzb24",
        "page_size=0",
        "page_size=ten",
    ],
)
def test_bad_query_is_400_with_a_message(api, query):
    response = api.get(f"/api/events/?{query}")

    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_csv_has_flat_documented_columns(api):
    event = make_event(countries=["IL", "TR"], title="=HYPERLINK(evil)")

    response = api.get("/api/events/?format=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    header, row = response.content.decode().strip().split("\n")
    assert header.split(",")[:5] == ["id", "date", "date_precision", "date_inferred", "end_date"]
    assert row.split(",")[3] == "false"
    assert str(event.uuid) in row
    assert "IL; TR" in row
    assert "'=HYPERLINK(evil)" in row


def test_csv_next_page_in_link_header(api):
    for _ in range(3):
        factories.EventFactory()

    response = api.get("/api/events/?format=csv&page_size=2")

    assert 'rel="next"' in response["Link"]
    assert "format=csv" in response["Link"]


def test_csv_only_for_lists(api):
    event = make_event()

    assert api.get(f"/api/events/{event.uuid}/?format=csv").status_code == 404


def test_list_query_count_is_constant(api, django_assert_num_queries):
    """The page, then countries, participants, sources and evidence of all its events at once.

    A page the dated events do not fill also reads the undated ones: one query more.
    """
    make_event()
    with django_assert_num_queries(6):
        assert len(api.get("/api/events/").json()["results"]) == 1

    for _ in range(10):
        make_event(sources=2)
    with django_assert_num_queries(6):
        assert len(api.get("/api/events/?countries=IL,TR&person_name=a").json()["results"]) >= 0
    with django_assert_num_queries(6):
        assert len(api.get("/api/events/").json()["results"]) == 11
    with django_assert_num_queries(5):
        assert len(api.get("/api/events/?page_size=5").json()["results"]) == 5


def test_person_events_query_count_is_constant(api, django_assert_num_queries):
    person = factories.PersonFactory()
    make_event(people=[person])
    with django_assert_num_queries(7):
        api.get(f"/api/persons/{person.uuid}/events/")
    for _ in range(10):
        make_event(people=[person])
    with django_assert_num_queries(7):
        assert len(api.get(f"/api/persons/{person.uuid}/events/").json()["results"]) == 11
    with django_assert_num_queries(6):
        assert len(api.get(f"/api/persons/{person.uuid}/events/?page_size=3").json()["results"]) == 3
