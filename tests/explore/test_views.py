"""Each explore page: status, content, escaping, and its number of queries."""

from datetime import date

import pytest
from django.urls import reverse

from diplomacy import models
from tests import factories as f

pytestmark = pytest.mark.django_db


def get(client, name, *args, **params):
    return client.get(reverse(f"explore:{name}", args=args), params)


def test_home_lists_top_pairs_and_latest_events(client, world, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = get(client, "home")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/relations/IL/TR/"' in html
    assert world.meeting.title in html
    assert world.rejected.title not in html


def test_search_people_countries_and_events(client, world, django_assert_num_queries):
    with django_assert_num_queries(3):
        response = get(client, "search", q="kalin")
    html = response.content.decode()
    assert reverse("explore:person", args=[world.kalin.uuid]) in html
    assert "Herzog calls Kal" in html
    response = get(client, "search", q="Israeli")
    assert 'href="/countries/IL/"' in response.content.decode()


def test_search_without_query_runs_no_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = get(client, "search", q="  ")
    assert response.status_code == 200


def test_relations_timeline_with_planned_events_and_counts_per_year(client, world, django_assert_num_queries):
    with django_assert_num_queries(6):
        response = get(client, "relations", "IL", "TR")
    html = response.content.decode()
    assert response.status_code == 200
    assert reverse("explore:event", args=[world.meeting.uuid]) in html
    assert "17 February 2022" in html
    assert "March 2022" in html and "tl-planned" in html and "badge-planned" in html
    assert world.rejected.title not in html
    page = response.context["page"]
    assert [e.title for e in page] == [world.call.title, world.meeting.title, world.visit.title]
    assert [(y["year"], y["total"]) for y in response.context["table"].years] == [(2021, 1), (2022, 2)]


def test_relations_filter_by_kind(client, world):
    response = get(client, "relations", "IL", "TR", kind="visit")
    assert [e.title for e in response.context["page"]] == [world.visit.title]
    assert response.context["table"].total == 3


def test_relations_paginates(client, world, monkeypatch):
    monkeypatch.setattr("diplomacy.explore.views.PAGE_SIZE", 2)
    response = get(client, "relations", "IL", "TR", page=2)
    assert [e.title for e in response.context["page"]] == [world.visit.title]
    assert "Page 2 of 2" in response.content.decode()


def test_relations_codes_are_case_insensitive_and_checked(client, world):
    assert get(client, "relations", "il", "tr").url == "/relations/IL/TR/"
    assert get(client, "relations", "IL", "IL").status_code == 404
    assert get(client, "relations", "IL", "QQ").status_code == 404


def test_country_page_lists_partners(client, world, django_assert_num_queries):
    with django_assert_num_queries(7):
        response = get(client, "country", "TR")
    html = response.content.decode()
    assert 'href="/relations/TR/IL/"' in html
    assert response.context["page"].paginator.count == 3


def test_person_page_tenures_timeline_and_counterparts(client, world, django_assert_num_queries):
    with django_assert_num_queries(9):
        response = get(client, "person", world.kalin.uuid)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ibrahim Kalin" in html  # an alias
    assert [e.title for e in response.context["page"]] == [world.call.title, world.meeting.title]
    assert [c["person__name"] for c in response.context["counterparts"]] == ["Isaac Herzog", "Sedat Önal"]

    response = get(client, "person", world.herzog.uuid)
    assert "President" in response.content.decode()
    assert response.context["tenures"]["rows"][0]["bar"] == {"left": 0, "width": 100}


def test_merged_person_redirects_to_survivor(client, world):
    absorbed = "8f1f6a3e-2b0b-4f5e-9d7a-111111111111"
    models.Redirect.objects.create(model="diplomacy.person", old_uuid=absorbed, new_uuid=world.kalin.uuid)
    response = get(client, "person", absorbed)
    assert response.status_code == 301
    assert response.url == reverse("explore:person", args=[world.kalin.uuid])
    assert get(client, "person", "8f1f6a3e-2b0b-4f5e-9d7a-222222222222").status_code == 404


def test_event_page_who_what_when_where_and_highlighted_evidence(client, world, django_assert_num_queries):
    with django_assert_num_queries(4):
        response = get(client, "event", world.meeting.uuid)
    html = response.content.decode()
    assert "17 February 2022" in html
    assert "Jerusalem, Israel" in html
    assert "badge-confirmed" in html
    assert "<mark>Sedat Önal</mark>" in html and "<mark>Isaac Herzog</mark>" in html
    assert "Deputy Foreign Minister" in html
    assert world.source.title in html

    html = get(client, "event", world.visit.uuid).content.decode()
    assert "March 2022" in html and "17 March" not in html
    assert "badge-planned" in html and "badge-extracted" in html


def test_rejected_event_is_not_public(client, world):
    assert get(client, "event", world.rejected.uuid).status_code == 404


def test_user_text_is_escaped(client, world):
    evil = "<script>alert(1)</script>"
    source = f.SourceFactory(title=evil, text=f"{evil} met someone.", url="JavaScript:alert(1)")
    event = f.EventFactory(title=evil, location=evil, countries=["IL", "TR"])
    f.ParticipationFactory(event=event, person=f.PersonFactory(name=evil))
    f.EvidenceFactory(source=source, event=event, sentence=source.text, highlights=[[0, len(evil)]])
    for response in [
        get(client, "event", event.uuid),
        get(client, "relations", "IL", "TR"),
        get(client, "search", q="script"),
        get(client, "graph"),
        get(client, "map"),
    ]:
        html = response.content.decode()
        assert evil not in html, response.request["PATH_INFO"]
    html = get(client, "event", event.uuid).content.decode()
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html.lower()


def test_event_links_web_sources_only(client, world):
    world.source.url = "https://example.org/news/1"
    world.source.save()
    assert 'href="https://example.org/news/1"' in get(client, "event", world.meeting.uuid).content.decode()


def test_graph_page_embeds_nodes_and_edges(client, world, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = get(client, "graph", start="2022-01-01", end="2022-12-31")
    data = response.context["graph_data"]
    assert {n["label"] for n in data["nodes"]} == {"Isaac Herzog", "İbrahim Kalın", "Sedat Önal"}
    assert 'id="graph-data"' in response.content.decode()
    assert "vis-network.min.js" in response.content.decode()

    with django_assert_num_queries(3):  # and the latest event's date
        response = get(client, "graph", mode="countries")
    assert response.context["graph_data"]["edges"][0]["value"] == 3


def test_graph_defaults_to_the_year_up_to_the_latest_event(client, world):
    old = f.EventFactory(date=date(2019, 5, 1))
    f.ParticipationFactory(event=old, person=world.herzog)
    f.ParticipationFactory(event=old, person=world.onal)
    response = get(client, "graph")
    html = response.content.decode()
    assert 'value="2021-03-01"' in html and 'value="2022-03-01"' in html
    edges = response.context["graph_data"]["edges"]
    assert sorted(e["value"] for e in edges) == [1, 1, 2], "the 2019 meeting is outside the default year"
    assert sum(e["value"] for e in get(client, "graph", start="2019-01-01").context["graph_data"]["edges"]) == 5


def test_graph_ignores_bad_dates(client, world):
    response = get(client, "graph", start="yesterday")
    assert response.status_code == 200
    assert "Dates as YYYY-MM-DD" in response.content.decode()
    assert len(response.context["graph_data"]["edges"]) == 3


def test_map_page_points_and_unresolved_places(client, world, django_assert_num_queries):
    f.EventFactory(location="Xyzzyville", location_country=f.country("TR"), countries=["TR"])
    with django_assert_num_queries(1):
        response = get(client, "map")
    assert sorted(p["name"] for p in response.context["points"]) == ["Ankara", "Jerusalem"]
    html = response.content.decode()
    assert "Xyzzyville" in html and "no place of that name" in html
    assert "countries-50m.json" in html


def test_admin_links_to_explore(admin_client):
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert f'<a href="{reverse("explore:home")}">Explore</a>' in html
    assert "Log out" in html


def test_an_inferred_date_is_marked_as_such_on_the_event_page_and_timelines(client, world):
    inferred = f.EventFactory(date_inferred=True, title="Talks dated by the story's day")
    stated = f.EventFactory(title="Talks with a day of their own")
    for event in (inferred, stated):
        event.countries.set(world.meeting.countries.all())
    assert "(inferred)" in get(client, "event", inferred.uuid).content.decode()
    assert "(inferred)" not in get(client, "event", stated.uuid).content.decode()
    assert "(inferred)" in get(client, "home").content.decode()
