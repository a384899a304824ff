"""Public read-only pages. Views parse the request and render; the reads are in selectors."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from diplomacy.explore import selectors
from diplomacy.explore.forms import DateRangeForm, GraphForm
from diplomacy.models import Country, Event, EventKind, Person, Redirect

PAGE_SIZE = 50


def _page(request, qs):
    """One page of a timeline, oldest first."""
    ordered = selectors.event_listing(qs).order_by(F("date").asc(nulls_last=True), "id")
    return Paginator(ordered, PAGE_SIZE).get_page(request.GET.get("page"))


def _kind(request) -> str:
    kind = request.GET.get("kind", "")
    return kind if kind in EventKind.values else ""


def _survivor(model, public_id, view_name):
    """A redirect to the record that absorbed ``public_id`` in a merge, or a 404."""
    survivor = Redirect.objects.resolve(model._meta.label_lower, public_id)
    if survivor is None:
        raise Http404
    return redirect(view_name, public_id=survivor, permanent=True)


@require_safe
def home(request):
    return render(
        request,
        "explore/home.html",
        {
            "pairs": selectors.top_pairs(),
            "recent": selectors.public_events().order_by(F("date").desc(nulls_last=True), "-id")[:10],
        },
    )


@require_safe
def search(request):
    results = selectors.search(request.GET.get("q", "")[:200])
    return render(request, "explore/search.html", {"results": results, "query": results.query})


@require_safe
def relations(request, a, b):
    if a != a.upper() or b != b.upper():
        return redirect("explore:relations", a=a.upper(), b=b.upper())
    if a == b:
        raise Http404
    countries = {c.code: c for c in Country.objects.filter(code__in=[a, b])}
    if len(countries) != 2:
        raise Http404
    events = selectors.pair_events(a, b)
    kind = _kind(request)
    shown = events.filter(kind=kind) if kind else events
    return render(
        request,
        "explore/relations.html",
        {
            "a": countries[a],
            "b": countries[b],
            "kind": kind,
            "table": selectors.year_kind_counts(events),
            "page": _page(request, shown),
        },
    )


@require_safe
def country(request, code):
    if code != code.upper():
        return redirect("explore:country", code=code.upper())
    country = get_object_or_404(Country, code=code)
    events = selectors.country_events(code)
    return render(
        request,
        "explore/country.html",
        {
            "country": country,
            "partners": selectors.country_partners(code),
            "table": selectors.year_kind_counts(events),
            "page": _page(request, events),
        },
    )


@require_safe
def person(request, public_id):
    person = Person.objects.select_related("country").filter(uuid=public_id).first()
    if person is None:
        return _survivor(Person, public_id, "explore:person")
    events = selectors.person_events(person)
    tenures = selectors.person_tenures(person)
    return render(
        request,
        "explore/person.html",
        {
            "person": person,
            "aliases": sorted({a.name for a in person.aliases.all()} - {person.name}),
            "tenures": _tenure_rows(tenures),
            "counterparts": selectors.counterparts(person),
            "table": selectors.year_kind_counts(events),
            "page": _page(request, events),
        },
    )


def _tenure_rows(tenures):
    """Each tenure with a bar placed on the span all dated tenures cover (no bars under 30 days)."""
    dated = [t for t in tenures if t.start or t.end]
    first = min((t.start or t.end for t in dated), default=None)
    last = max((t.end or t.start for t in dated), default=None)
    span = (last - first).days if dated else 0
    rows = []
    for t in tenures:
        bar = None
        if span >= 30 and (t.start or t.end):
            s, e = t.start or t.end, t.end or t.start
            width = max((e - s).days / span * 100, 1.5)
            left = min((s - first).days / span * 100, 100 - width)
            bar = {"left": round(left, 2), "width": round(width, 2)}
        rows.append({"tenure": t, "bar": bar})
    return {"rows": rows, "first": first, "last": last, "bars": span >= 30}


@require_safe
def event(request, public_id):
    event = selectors.event_detail(public_id)
    if event is None:
        return _survivor(Event, public_id, "explore:event")
    return render(
        request,
        "explore/event.html",
        {"event": event, "sources": selectors.event_evidence(event), "countries": list(event.countries.all())},
    )


@require_safe
def graph(request):
    form = GraphForm(request.GET or None)
    start, end = form.range()
    mode = form.mode_value()
    default_range = not (start or end or form.errors)
    if default_range:
        # The whole history is a hairball and, on millions of events, a slow one.
        end = selectors.latest_event_date()
        start = end - timedelta(days=365) if end else None
        form = GraphForm(initial={"start": start, "end": end, "mode": mode})
    data = (selectors.countries_graph if mode == "countries" else selectors.people_graph)(start, end)
    return render(
        request,
        "explore/graph.html",
        {
            "form": form,
            "mode": mode,
            "default_range": default_range and end is not None,
            "graph": data,
            "graph_data": {"nodes": data.nodes, "edges": data.edges},
            "edge_rows": _edge_rows(data),
        },
    )


def _edge_rows(data):
    """The graph's edges as a table: (node, node, events, link to the pair), heaviest first."""
    nodes = {n["id"]: n for n in data.nodes}
    return [(nodes[e["from"]], nodes[e["to"]], e["value"], e.get("url", "")) for e in data.edges]


@require_safe
def event_map(request):
    form = DateRangeForm(request.GET or None)
    start, end = form.range()
    data = selectors.map_places(start, end)
    return render(
        request,
        "explore/map.html",
        {"form": form, "points": data.points, "unresolved": data.unresolved},
    )
