from diplomacy.explore import places, selectors


def test_highlight_segments_cut_the_sentence_at_article_offsets():
    pieces = selectors.highlight_segments("Herzog met Kalın.", 100, [[111, 116], [100, 106], [103, 104]])
    assert pieces == [("Herzog", True), (" met ", False), ("Kalın", True), (".", False)]


def test_highlight_segments_ignore_spans_outside_the_sentence_and_garbage():
    assert selectors.highlight_segments("abc", 10, [[0, 5], [20, 30], ["x"], None]) == [("abc", False)]


def test_places_resolve_a_unique_city_in_its_country():
    place = places.resolve("Jerusalem", "IL").place
    assert place is not None
    assert (round(place.latitude), round(place.longitude)) == (32, 35)


def test_places_resolve_accent_insensitively_and_by_alternate_name():
    assert places.resolve("İstanbul", "TR").place.name == "Istanbul"
    assert places.resolve("Al-Quds", "IL").place.name == "Jerusalem"


def test_places_never_guess():
    assert places.resolve("Xyzzyville").reason == places.NOT_FOUND
    assert places.resolve("Atlantis", "IL").reason == places.NOT_FOUND
    assert places.resolve("Ankara", "IL").reason == places.NOT_FOUND
    assert places.resolve("").reason == places.NO_NAME
    assert places.resolve("Paris").reason == places.AMBIGUOUS
    assert places.resolve("Turkey", "TR").reason == places.COUNTRY_ONLY
    assert places.resolve("Israel").reason == places.COUNTRY_ONLY


def test_places_city_state_is_its_own_capital():
    assert places.resolve("Singapore", "SG").place.country == "SG"


def test_search_finds_people_by_any_alias_accent_insensitively(world):
    for query in ["kalin", "Kalın", "IBRAHIM KALIN", "İbrahim"]:
        assert world.kalin in selectors.search(query).people, query


def test_search_finds_countries_by_name_code_and_demonym(world):
    assert [c.code for c in selectors.search("turkish").countries] == ["TR"]
    assert "IL" in [c.code for c in selectors.search("IL").countries]


def test_search_finds_events_by_title_and_place_but_not_rejected_ones(world):
    assert selectors.search("jerusalem").events == [world.meeting]
    assert selectors.search("atlantis").events == []


def test_pair_events_are_counted_once_per_year_and_kind(world):
    table = selectors.year_kind_counts(selectors.pair_events("IL", "TR"))
    assert [(k, n) for k, _, n in table.kinds] == [("meeting", 1), ("visit", 1), ("call", 1)]
    assert [(y["year"], y["total"]) for y in table.years] == [(2021, 1), (2022, 2)]
    assert table.total == 3


def test_counterparts_most_shared_events_first(world):
    rows = selectors.counterparts(world.herzog)
    assert [(r["person__name"], r["n"]) for r in rows] == [("İbrahim Kalın", 2), ("Sedat Önal", 1)]


def test_people_graph_weights_edges_by_events(world):
    graph = selectors.people_graph(None, None)
    names = {n["id"]: n["label"] for n in graph.nodes}
    edges = {frozenset((names[e["from"]], names[e["to"]])): e["value"] for e in graph.edges}
    assert edges == {
        frozenset({"Isaac Herzog", "İbrahim Kalın"}): 2,
        frozenset({"Isaac Herzog", "Sedat Önal"}): 1,
        frozenset({"İbrahim Kalın", "Sedat Önal"}): 1,
    }


def test_graph_date_range_and_limit(world):
    from datetime import date

    graph = selectors.people_graph(date(2021, 1, 1), date(2021, 12, 31))
    assert len(graph.edges) == 1 and graph.edges[0]["value"] == 1
    limited = selectors.people_graph(None, None, limit=1)
    assert limited.truncated and len(limited.edges) == 1 and limited.edges[0]["value"] == 2


def test_countries_graph(world):
    graph = selectors.countries_graph(None, None)
    assert [(e["from"], e["to"], e["value"]) for e in graph.edges] == [("IL", "TR", 3)]
    assert graph.edges[0]["url"] == "/relations/IL/TR/"


def test_map_places_resolved_and_unresolved(world):
    data = selectors.map_places(None, None)
    assert sorted(p["name"] for p in data.points) == ["Ankara", "Jerusalem"]
    assert data.unresolved == []
    world.call.location = "Atlantis"
    world.call.location_country = world.herzog.country
    world.call.save()
    unresolved = selectors.map_places(None, None).unresolved
    assert [(u["name"], u["reason"]) for u in unresolved] == [("Atlantis", places.NOT_FOUND)], "never guessed"
