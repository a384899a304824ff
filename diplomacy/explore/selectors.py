"""Reads behind the explore pages. Aggregates run in the database; lists are paginated."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, F, Max, Min, Prefetch, Q, QuerySet
from django.db.models.functions import ExtractYear
from django.urls import reverse

from diplomacy.explore import places
from diplomacy.extraction.text import fold
from diplomacy.models import (
    Country,
    Event,
    EventKind,
    Evidence,
    EvidenceKind,
    Participation,
    Person,
    ReviewStatus,
    Tenure,
)

SEARCH_LIMIT = 20
COUNTERPART_LIMIT = 10
GRAPH_EDGE_LIMIT = 300
MAP_PLACE_LIMIT = 5000
TOP_PAIRS_RECENT = 20000

CountryThrough = Event.countries.through


def public_events() -> QuerySet[Event]:
    """Events shown to the public: everything a curator has not rejected."""
    return Event.objects.exclude(review_status=ReviewStatus.REJECTED)


def event_listing(qs: QuerySet[Event]) -> QuerySet[Event]:
    """What a timeline row shows: kind, date, place, countries and participants."""
    return qs.select_related("location_country").prefetch_related(
        "countries",
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("person").order_by("role", "person__match_key"),
        ),
    )


# Search


@dataclass
class SearchResults:
    query: str
    people: list[Person] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.people or self.countries or self.events)


def search(query: str, limit: int = SEARCH_LIMIT) -> SearchResults:
    """People (any alias, accent-insensitive), countries and events matching ``query``."""
    query = query.strip()
    results = SearchResults(query)
    key = fold(query)
    if not key:
        return results
    results.people = list(
        Person.objects.named(query)
        .select_related("country")
        .with_counts()
        .order_by("-event_count", "match_key")[:limit]
    )
    results.countries = [
        c
        for c in Country.objects.only("code", "name", "names", "demonyms", "ended")
        if query.upper() == c.code or any(key in fold(n) for n in [c.name, *c.names, *c.demonyms])
    ][:limit]
    people_ids = [p.pk for p in results.people]
    participated = Participation.objects.filter(person_id__in=people_ids).values("event_id")
    results.events = list(
        public_events()
        .filter(Q(title__icontains=query) | Q(location__icontains=query) | Q(pk__in=participated))
        .select_related("location_country")
        .order_by(F("date").desc(nulls_last=True), "-id")[:limit]
    )
    return results


# Countries and pairs


def _involving(code: str) -> Q:
    """Events listing ``code`` among their countries or with a participant of it.

    The same rows as ``EventQuerySet.involving``, as two indexed semi-joins instead of
    OR-ed joins and DISTINCT, which stays fast on millions of events.
    """
    return Q(pk__in=CountryThrough.objects.filter(country_id=code).values("event_id")) | Q(
        pk__in=Participation.objects.filter(country_id=code).values("event_id")
    )


def country_events(code: str) -> QuerySet[Event]:
    """Public events that involve the country, each event once."""
    return public_events().filter(_involving(code))


def pair_events(a: str, b: str) -> QuerySet[Event]:
    """Public events that involve both countries, each event once."""
    return public_events().filter(_involving(a)).filter(_involving(b))


def latest_event_date() -> date | None:
    return public_events().filter(date__isnull=False).aggregate(latest=Max("date"))["latest"]


@dataclass
class YearTable:
    """Counts per year and kind: ``kinds`` are (kind, label, total) for the kinds present."""

    kinds: list[tuple[str, str, int]]
    years: list[dict]
    total: int
    max_year_total: int


def year_kind_counts(qs: QuerySet[Event]) -> YearTable:
    """One row per year (oldest first, undated last) with (kind, label, count) cells and a total."""
    rows = (
        qs.order_by()
        .annotate(year=ExtractYear("date"))
        .values("year", "kind")
        .annotate(n=Count("pk"))
        .order_by("year", "kind")
    )
    per_kind: dict[str, int] = {}
    years: dict[int | None, dict] = {}
    for row in rows:
        per_kind[row["kind"]] = per_kind.get(row["kind"], 0) + row["n"]
        entry = years.setdefault(row["year"], {"year": row["year"], "counts": {}, "total": 0})
        entry["counts"][row["kind"]] = row["n"]
        entry["total"] += row["n"]
    kinds = [(k, label, per_kind[k]) for k, label in EventKind.choices if k in per_kind]
    table = sorted(years.values(), key=lambda e: (e["year"] is None, e["year"] or 0))
    for entry in table:
        entry["cells"] = [(k, label, entry["counts"].get(k, 0)) for k, label, _ in kinds]
    return YearTable(
        kinds=kinds,
        years=table,
        total=sum(per_kind.values()),
        max_year_total=max((e["total"] for e in table), default=0),
    )


def country_partners(code: str, limit: int = 50) -> list[dict]:
    """Countries that share public events with ``code``, most events first."""
    rows = (
        CountryThrough.objects.filter(country_id=code, event__in=public_events())
        .values(other=F("event__countries__code"), other_name=F("event__countries__name"))
        .annotate(n=Count("event", distinct=True))
        .order_by("-n", "other_name")[: limit + 1]
    )
    return [row for row in rows if row["other"] != code][:limit]


def top_pairs(limit: int = 12, recent: int = TOP_PAIRS_RECENT) -> list[dict]:
    """The country pairs with the most events among the ``recent`` latest public events."""
    latest = public_events().filter(date__isnull=False).order_by("-date").values("pk")[:recent]
    rows = (
        CountryThrough.objects.filter(event__in=latest, event__countries__code__gt=F("country_id"))
        .values(
            a=F("country_id"),
            a_name=F("country__name"),
            b=F("event__countries__code"),
            b_name=F("event__countries__name"),
        )
        .annotate(n=Count("event", distinct=True))
        .order_by("-n", "a", "b")[:limit]
    )
    return list(rows)


# People


def person_tenures(person: Person) -> list[Tenure]:
    return list(
        person.tenures.select_related("office", "office__country", "office__organization").order_by(
            F("start").asc(nulls_last=True), "office__title_key"
        )
    )


def person_events(person: Person) -> QuerySet[Event]:
    return public_events().filter(pk__in=Participation.objects.filter(person=person).values("event_id"))


def counterparts(person: Person, limit: int = COUNTERPART_LIMIT) -> list[dict]:
    """The people ``person`` took part in public events with, most shared events first."""
    return list(
        Participation.objects.filter(event__participations__person=person, event__in=public_events())
        .exclude(person=person)
        .values(
            "person__uuid",
            "person__name",
            "person__country_id",
            country_name=F("person__country__name"),
        )
        .annotate(n=Count("event", distinct=True), last=Max("event__date"))
        .order_by("-n", "person__match_key")[:limit]
    )


# Events


@dataclass
class SourceEvidence:
    source: object
    sentences: list[list[tuple[str, bool]]]

    @property
    def link(self) -> str:
        """The article's URL when it is a web address (never a ``javascript:`` one), else ""."""
        url = (self.source.url or "").strip()
        return url if url.lower().startswith(("https://", "http://")) else ""


def highlight_segments(sentence: str, start: int, highlights: list) -> list[tuple[str, bool]]:
    """``sentence`` cut into (text, highlighted) pieces; highlights are offsets in the article."""
    spans = []
    for pair in highlights or []:
        try:
            s, e = int(pair[0]) - start, int(pair[1]) - start
        except (TypeError, ValueError, IndexError):
            continue
        s, e = max(s, 0), min(e, len(sentence))
        if s < e:
            spans.append((s, e))
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pieces, pos = [], 0
    for s, e in merged:
        if pos < s:
            pieces.append((sentence[pos:s], False))
        pieces.append((sentence[s:e], True))
        pos = e
    if pos < len(sentence):
        pieces.append((sentence[pos:], False))
    return pieces


def event_detail(public_id) -> Event | None:
    return (
        public_events()
        .select_related("location_country")
        .prefetch_related(
            "countries",
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related(
                    "person", "country", "office", "office__country", "office__organization"
                ).order_by("role", "person__match_key"),
            ),
        )
        .filter(uuid=public_id)
        .first()
    )


def event_evidence(event: Event) -> list[SourceEvidence]:
    """Every source of ``event`` with its evidence sentences, names highlighted."""
    grouped: dict[int, SourceEvidence] = {}
    rows = (
        Evidence.objects.filter(event=event, kind=EvidenceKind.EVENT)
        .select_related("source")
        .defer("source__text", "source__signature")
        .order_by(F("source__published").asc(nulls_last=True), "source__name", "start")
    )
    for ev in rows:
        entry = grouped.setdefault(ev.source_id, SourceEvidence(ev.source, []))
        entry.sentences.append(highlight_segments(ev.sentence, ev.start, ev.highlights))
    return list(grouped.values())


# Graph


@dataclass
class Graph:
    nodes: list[dict]
    edges: list[dict]
    truncated: bool


def people_graph(start: date | None, end: date | None, limit: int = GRAPH_EDGE_LIMIT) -> Graph:
    """Who met whom: an edge per pair of people sharing events, weighted by their number."""
    events = public_events().between(start, end)
    rows = list(
        Participation.objects.filter(event__in=events, event__participations__person__gt=F("person"))
        .values(a=F("person_id"), b=F("event__participations__person_id"))
        .annotate(n=Count("event", distinct=True))
        .order_by("-n", "a", "b")[: limit + 1]
    )
    truncated = len(rows) > limit
    rows = rows[:limit]
    ids = {r["a"] for r in rows} | {r["b"] for r in rows}
    people = {p.pk: p for p in Person.objects.filter(pk__in=ids).select_related("country")}
    weight: dict[int, int] = {}
    for r in rows:
        weight[r["a"]] = weight.get(r["a"], 0) + r["n"]
        weight[r["b"]] = weight.get(r["b"], 0) + r["n"]
    nodes = [
        {
            "id": p.pk,
            "label": p.name,
            "group": p.country_id or "",
            "title": f"{p.name} ({p.country.name})" if p.country else p.name,
            "url": reverse("explore:person", args=[p.uuid]),
            "value": weight[p.pk],
        }
        for p in sorted(people.values(), key=lambda p: p.match_key)
    ]
    edges = [{"from": r["a"], "to": r["b"], "value": r["n"], "title": _events_label(r["n"])} for r in rows]
    return Graph(nodes, edges, truncated)


def countries_graph(start: date | None, end: date | None, limit: int = GRAPH_EDGE_LIMIT) -> Graph:
    """Which countries met: an edge per pair of countries sharing events, weighted by their number."""
    events = public_events().between(start, end)
    rows = list(
        CountryThrough.objects.filter(event__in=events, event__countries__code__gt=F("country_id"))
        .values(a=F("country_id"), b=F("event__countries__code"))
        .annotate(n=Count("event", distinct=True))
        .order_by("-n", "a", "b")[: limit + 1]
    )
    truncated = len(rows) > limit
    rows = rows[:limit]
    codes = {r["a"] for r in rows} | {r["b"] for r in rows}
    names = dict(Country.objects.filter(code__in=codes).values_list("code", "name"))
    weight: dict[str, int] = {}
    for r in rows:
        weight[r["a"]] = weight.get(r["a"], 0) + r["n"]
        weight[r["b"]] = weight.get(r["b"], 0) + r["n"]
    nodes = [
        {
            "id": code,
            "label": names.get(code, code),
            "group": code,
            "title": names.get(code, code),
            "url": reverse("explore:country", args=[code]),
            "value": weight[code],
        }
        for code in sorted(codes)
    ]
    edges = [
        {
            "from": r["a"],
            "to": r["b"],
            "value": r["n"],
            "title": _events_label(r["n"]),
            "url": reverse("explore:relations", args=[r["a"], r["b"]]),
        }
        for r in rows
    ]
    return Graph(nodes, edges, truncated)


def _events_label(n: int) -> str:
    return f"{n} event" if n == 1 else f"{n} events"


# Map


@dataclass
class MapData:
    points: list[dict]
    unresolved: list[dict]


def map_places(start: date | None, end: date | None, limit: int = MAP_PLACE_LIMIT) -> MapData:
    """Event places with their number of events, resolved offline; the rest listed with a reason."""
    rows = (
        public_events()
        .between(start, end)
        .exclude(location="")
        .values("location", "location_country", country_name=F("location_country__name"))
        .annotate(n=Count("pk"), first=Min("date"), last=Max("date"))
        .order_by("-n", "location")[:limit]
    )
    points, unresolved = [], []
    for row in rows:
        resolution = places.resolve(row["location"], row["location_country"])
        entry = {
            "name": row["location"],
            "country": row["location_country"] or "",
            "country_name": row["country_name"] or "",
            "n": row["n"],
            "first": row["first"].isoformat() if row["first"] else "",
            "last": row["last"].isoformat() if row["last"] else "",
        }
        if resolution.place:
            entry.update(lat=resolution.place.latitude, lon=resolution.place.longitude)
            points.append(entry)
        else:
            entry["reason"] = resolution.reason
            unresolved.append(entry)
    return MapData(points, unresolved)
