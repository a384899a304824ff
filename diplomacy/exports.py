"""Research exports: JSON (what ``../shared/eval/score.py`` reads), JSONL and CSV.

Every writer streams: querysets are read with ``.iterator(chunk_size=...)`` (prefetches
run per chunk), and records are written as they come, so memory stays bounded however
many events the database holds. Fields are described in ``diplomacy.codebook`` and
docs/CODEBOOK.md.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from django.db.models import F, Prefetch, Q

from diplomacy import codebook
from diplomacy.models import (
    Event,
    EventSource,
    Evidence,
    EvidenceKind,
    Office,
    Participation,
    Person,
    PersonAlias,
    ReviewStatus,
    Source,
    Tenure,
)

EXPORT_FORMAT_VERSION = "1"
CHUNK_SIZE = 500
PROGRESS_EVERY = 1000  # rows between two calls of a progress callback
FORMATS = ("json", "jsonl", "csv")


@dataclass(frozen=True)
class ExportFilter:
    """Which events an export holds. Persons (and their aliases, offices, tenures) are those
    of the chosen events, or every person when the filter is the default one (all dates,
    countries and kinds; extracted and confirmed events)."""

    date_after: date | None = None
    date_before: date | None = None
    country: str | None = None
    kinds: tuple[str, ...] = ()
    review_statuses: tuple[str, ...] = (ReviewStatus.EXTRACTED, ReviewStatus.CONFIRMED)

    @property
    def narrows_events(self) -> bool:
        default_statuses = set(ExportFilter.review_statuses)
        return bool(
            self.date_after
            or self.date_before
            or self.country
            or self.kinds
            or set(self.review_statuses) != default_statuses
        )


# --- querysets ------------------------------------------------------------------------------


def export_events(flt: ExportFilter):
    qs = Event.objects.filter(review_status__in=flt.review_statuses).between(flt.date_after, flt.date_before)
    if flt.country:
        # A subquery, not a join: the main query stays free of DISTINCT and duplicates.
        qs = Event.objects.filter(pk__in=qs.involving(flt.country).values("pk"))
    if flt.kinds:
        qs = qs.filter(kind__in=flt.kinds)
    # undated events last on every database (SQLite would put nulls first)
    return qs.order_by(F("date").asc(nulls_last=True), "pk")


def _event_ids(flt: ExportFilter):
    return export_events(flt).order_by().values("pk")


def export_persons(flt: ExportFilter):
    qs = Person.objects.all()
    if flt.narrows_events:
        qs = qs.filter(pk__in=Participation.objects.filter(event__in=_event_ids(flt)).values("person_id"))
    return qs.order_by("match_key", "pk")


def _person_ids(flt: ExportFilter):
    return export_persons(flt).order_by().values("pk")


def export_offices(flt: ExportFilter):
    """Offices the exported persons held, and those named on the exported events."""
    qs = Office.objects.all()
    if flt.narrows_events:
        qs = qs.filter(
            Q(pk__in=Tenure.objects.filter(person__in=_person_ids(flt)).values("office_id"))
            | Q(pk__in=Participation.objects.filter(event__in=_event_ids(flt)).values("office_id"))
        )
    return qs.select_related("organization").order_by("title_key", "pk")


def export_sources(flt: ExportFilter):
    """Articles of the exported events (every article when no event filter is set)."""
    qs = Source.objects.all()
    if flt.narrows_events:
        qs = qs.filter(pk__in=EventSource.objects.filter(event__in=_event_ids(flt)).values("source_id"))
    return qs.select_related("duplicate_of").defer("text", "signature").order_by("name", "pk")


def _sources():
    return Source.objects.select_related("duplicate_of").order_by("name").defer("text", "signature")


def _event_evidence():
    return (
        Evidence.objects.filter(kind=EvidenceKind.EVENT)
        .order_by("source_id", "start")
        .only("pk", "event_id", "source_id", "sentence", "start")
    )


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def _release(obj, seen: set[int] | None = None) -> None:
    """Drop the prefetch and relation caches of a rendered instance and of what it holds.

    A prefetched instance and its cached querysets refer to each other; left alone, such
    cycles wait for the cyclic garbage collector and memory grows with the export.
    """
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    cache = obj.__dict__.pop("_prefetched_objects_cache", None) or {}
    related = list(obj._state.fields_cache.values())
    obj._state.fields_cache = {}
    for qs in cache.values():
        related.extend(qs._result_cache or ())
    for other in related:
        if other is not None:
            _release(other, seen)


def _first_sentences(event: Event) -> dict[int, str]:
    sentences: dict[int, str] = {}
    for ev in event.evidence.all():
        sentences.setdefault(ev.source_id, ev.sentence)
    return sentences


# --- JSON records ---------------------------------------------------------------------------


def _office_record(tenure: Tenure) -> dict:
    office = tenure.office
    return {
        "title": office.title,
        "country": office.country_id,
        "organization": office.organization.acronym if office.organization else None,
        "start": _iso(tenure.start),
        "end": _iso(tenure.end),
    }


def person_record(person: Person) -> dict:
    aliases = sorted({a.name for a in person.aliases.all()} - {person.name})
    return {
        "id": str(person.uuid),
        "name": person.name,
        "aliases": aliases,
        "country": person.country_id,
        "wikidata": person.wikidata_id or None,
        "offices": [_office_record(t) for t in person.tenures.all()],
    }


def event_record(event: Event, *, self_contained: bool = False) -> dict:
    """An event as the JSON export writes it; ``self_contained`` (JSONL) adds each
    participant's person record and each source's title and URL."""
    sentences = _first_sentences(event)
    participants = []
    for p in event.participations.all():
        item = {
            "person": str(p.person.uuid),
            "name": p.person.name,
            "country": p.country_id,
            "role": p.role,
            "office": p.office.title if p.office else None,
        }
        if self_contained:
            person = person_record(p.person)
            item.update(
                aliases=person["aliases"],
                person_country=person["country"],
                wikidata=person["wikidata"],
                offices=person["offices"],
            )
        participants.append(item)
    sources = []
    for s in event.sources.all():
        item = {
            "name": s.name,
            "sha256": s.sha256,
            "published": _iso(s.published),
            "sentence": sentences.get(s.pk),
            "duplicate_of": s.duplicate_of.name if s.duplicate_of else None,
        }
        if self_contained:
            item.update(title=s.title or None, url=s.url or None)
        sources.append(item)
    return {
        "id": str(event.uuid),
        "kind": event.kind,
        "cameo": event.cameo_code or None,
        "plover": {"event": event.plover_event or None, "mode": event.plover_mode or None},
        "date": _iso(event.date),
        "date_precision": event.date_precision or None,
        "date_inferred": event.date_inferred,
        "end_date": _iso(event.end_date),
        "status": event.status,
        "location": event.location or None,
        "location_country": event.location_country_id,
        "countries": sorted(c.code for c in event.countries.all()),
        "participants": participants,
        "sources": sources,
        "review_status": event.review_status,
        "confidence": round(event.confidence, 3),
        "title": event.title,
    }


def iter_persons(flt: ExportFilter, chunk_size: int = CHUNK_SIZE) -> Iterator[dict]:
    qs = export_persons(flt).prefetch_related(
        "aliases", Prefetch("tenures", queryset=Tenure.objects.select_related("office__organization").order_by("pk"))
    )
    for person in qs.iterator(chunk_size=chunk_size):
        record = person_record(person)
        _release(person)
        yield record


def iter_events(flt: ExportFilter, chunk_size: int = CHUNK_SIZE, *, self_contained: bool = False) -> Iterator[dict]:
    participations = Participation.objects.select_related("person", "office").order_by("role", "person__match_key")
    if self_contained:
        participations = participations.prefetch_related(
            "person__aliases",
            Prefetch(
                "person__tenures",
                queryset=Tenure.objects.select_related("office__organization").order_by("pk"),
            ),
        )
    qs = export_events(flt).prefetch_related(
        "countries",
        Prefetch("participations", queryset=participations),
        Prefetch("sources", queryset=_sources()),
        Prefetch("evidence", queryset=_event_evidence()),
    )
    for event in qs.iterator(chunk_size=chunk_size):
        record = event_record(event, self_contained=self_contained)
        _release(event)
        yield record


def research_export(flt: ExportFilter | None = None) -> dict:
    """The whole research export as one JSON-ready dict (small databases and tests)."""
    flt = flt or ExportFilter()
    return {
        "format": EXPORT_FORMAT_VERSION,
        "persons": list(iter_persons(flt)),
        "events": list(iter_events(flt)),
    }


def _counted(items: Iterable, what: str, progress: Callable[[str, int], None] | None) -> Iterator:
    """The items, with ``progress(what, count)`` called every ``PROGRESS_EVERY`` of them."""
    count = 0
    for count, item in enumerate(items, start=1):
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(what, count)
        yield item
    if progress is not None:
        progress(what, count)


def write_json(fh, flt: ExportFilter | None = None, chunk_size: int = CHUNK_SIZE, *, progress=None) -> tuple[int, int]:
    """Stream the research export to a text file; returns (persons, events) written."""
    flt = flt or ExportFilter()
    counts = [0, 0]
    fh.write('{"format": ' + json.dumps(EXPORT_FORMAT_VERSION) + ',\n"persons": [')
    for i, record in enumerate(_counted(iter_persons(flt, chunk_size), "persons", progress)):
        fh.write(("\n" if i == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        counts[0] += 1
    fh.write('\n],\n"events": [')
    for i, record in enumerate(_counted(iter_events(flt, chunk_size), "events", progress)):
        fh.write(("\n" if i == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        counts[1] += 1
    fh.write("\n]}\n")
    return counts[0], counts[1]


def write_jsonl(fh, flt: ExportFilter | None = None, chunk_size: int = CHUNK_SIZE, *, progress=None) -> int:
    """One self-contained event per line; returns the number of events written."""
    count = 0
    records = iter_events(flt or ExportFilter(), chunk_size, self_contained=True)
    for record in _counted(records, "events", progress):
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


# --- CSV ------------------------------------------------------------------------------------


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _event_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = export_events(flt).prefetch_related("countries")
    for e in qs.iterator(chunk_size=chunk_size):
        countries = ";".join(sorted(c.code for c in e.countries.all()))
        _release(e)
        yield (
            e.uuid,
            e.kind,
            e.cameo_code,
            e.plover_event,
            e.plover_mode,
            e.date,
            e.date_precision,
            e.date_inferred,
            e.end_date,
            e.status,
            e.location,
            e.location_country_id,
            countries,
            e.title,
            e.review_status,
            round(e.confidence, 3),
            e.created_at,
            e.updated_at,
        )


def _participant_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = (
        Participation.objects.filter(event__in=_event_ids(flt))
        .order_by(F("event__date").asc(nulls_last=True), "event_id", "role", "person__match_key", "pk")
        .values_list(
            "uuid", "event__uuid", "person__uuid", "person__name", "role", "country_id", "office__uuid", "office__title"
        )
    )
    yield from qs.iterator(chunk_size=chunk_size)


def _person_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = export_persons(flt).values_list("uuid", "name", "country_id", "wikidata_id", "created_at", "updated_at")
    yield from qs.iterator(chunk_size=chunk_size)


def _alias_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = (
        PersonAlias.objects.filter(person__in=_person_ids(flt))
        .order_by("person__match_key", "person_id", "match_key", "pk")
        .values_list("uuid", "person__uuid", "name", "confirmed", "source__sha256")
    )
    yield from qs.iterator(chunk_size=chunk_size)


def _office_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = export_offices(flt).values_list("uuid", "title", "country_id", "organization__acronym", "institution")
    yield from qs.iterator(chunk_size=chunk_size)


def _tenure_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = (
        Tenure.objects.filter(person__in=_person_ids(flt))
        .order_by("person__match_key", "person_id", "start", "pk")
        .values_list("uuid", "person__uuid", "office__uuid", "start", "end")
    )
    yield from qs.iterator(chunk_size=chunk_size)


def _source_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = export_sources(flt).values_list(
        "sha256", "name", "title", "url", "published", "duplicate_of__sha256", "extractor_version"
    )
    yield from qs.iterator(chunk_size=chunk_size)


def _event_source_rows(flt: ExportFilter, chunk_size: int) -> Iterator[tuple]:
    qs = (
        EventSource.objects.filter(event__in=_event_ids(flt))
        .select_related("event", "source")
        .only("uuid", "event__uuid", "source__sha256", "source__name", "event__date", "source_id", "event_id")
        .order_by(F("event__date").asc(nulls_last=True), "event_id", "source__name", "pk")
    )
    # The sentence is the event's first evidence in that article: fetched per chunk.
    batch: list[EventSource] = []
    for link in qs.iterator(chunk_size=chunk_size):
        batch.append(link)
        if len(batch) >= chunk_size:
            yield from _with_sentences(batch)
            batch = []
    yield from _with_sentences(batch)


def _with_sentences(links: list[EventSource]) -> Iterator[tuple]:
    if not links:
        return
    sentences: dict[tuple[int, int], str] = {}
    evidence = (
        _event_evidence()
        .filter(event_id__in={link.event_id for link in links}, source_id__in={link.source_id for link in links})
        .values_list("event_id", "source_id", "sentence")
    )
    for event_id, source_id, sentence in evidence:
        sentences.setdefault((event_id, source_id), sentence)
    for link in links:
        yield (link.uuid, link.event.uuid, link.source.sha256, sentences.get((link.event_id, link.source_id)))


CSV_ROWS = {
    "events": _event_rows,
    "participants": _participant_rows,
    "persons": _person_rows,
    "aliases": _alias_rows,
    "offices": _office_rows,
    "tenures": _tenure_rows,
    "sources": _source_rows,
    "event_sources": _event_source_rows,
}


def write_csv_table(fh, table: str, rows: Iterable[tuple]) -> int:
    """Write a header and the rows of one table; returns the number of rows."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(codebook.columns(table))
    count = 0
    for row in rows:
        writer.writerow([_csv_value(v) for v in row])
        count += 1
    return count


def write_csv(
    directory: str | Path, flt: ExportFilter | None = None, chunk_size: int = CHUNK_SIZE, *, progress=None
) -> dict[str, int]:
    """Write one ``<table>.csv`` per table and ``CODEBOOK.md`` into ``directory`` (created
    if needed); returns the number of rows per table."""
    flt = flt or ExportFilter()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, rows in CSV_ROWS.items():
        with open(directory / f"{table}.csv", "w", encoding="utf-8", newline="") as fh:
            counts[table] = write_csv_table(fh, table, _counted(rows(flt, chunk_size), table, progress))
    (directory / "CODEBOOK.md").write_text(codebook.markdown(), encoding="utf-8")
    return counts
