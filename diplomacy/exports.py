"""Research exports: the JSON that ``../shared/eval/score.py`` reads (see docs/CODEBOOK.md)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch

from diplomacy.models import Event, Evidence, EvidenceKind, Participation, Person, ReviewStatus, Tenure

EXPORT_FORMAT_VERSION = "1"


@dataclass(frozen=True)
class ExportFilter:
    """Which events an export holds; persons are those of the chosen events, or all persons
    when no event filter is set."""

    date_after: date | None = None
    date_before: date | None = None
    country: str | None = None
    kinds: tuple[str, ...] = ()
    review_statuses: tuple[str, ...] = (ReviewStatus.EXTRACTED, ReviewStatus.CONFIRMED)

    @property
    def narrows_events(self) -> bool:
        return bool(self.date_after or self.date_before or self.country or self.kinds)


def export_events(flt: ExportFilter):
    qs = Event.objects.filter(review_status__in=flt.review_statuses).between(flt.date_after, flt.date_before)
    if flt.country:
        qs = qs.involving(flt.country)
    if flt.kinds:
        qs = qs.filter(kind__in=flt.kinds)
    return qs.order_by("date", "pk")


def export_persons(flt: ExportFilter):
    qs = Person.objects.all()
    if flt.narrows_events:
        qs = qs.filter(participations__event__in=export_events(flt)).distinct()
    return qs.order_by("match_key", "pk")


def person_record(person: Person) -> dict:
    aliases = sorted({a.name for a in person.aliases.all()} - {person.name})
    return {
        "id": str(person.uuid),
        "name": person.name,
        "aliases": aliases,
        "country": person.country_id,
        "wikidata": person.wikidata_id or None,
        "offices": [
            {
                "title": t.office.title,
                "country": t.office.country_id,
                "organization": t.office.organization.acronym if t.office.organization else None,
                "start": _iso(t.start),
                "end": _iso(t.end),
            }
            for t in person.tenures.all()
        ],
    }


def event_record(event: Event) -> dict:
    sentences: dict[int, str] = {}
    for ev in event.evidence.all():
        sentences.setdefault(ev.source_id, ev.sentence)
    return {
        "id": str(event.uuid),
        "kind": event.kind,
        "cameo": event.cameo_code or None,
        "plover": {"event": event.plover_event or None, "mode": event.plover_mode or None},
        "date": _iso(event.date),
        "date_precision": event.date_precision or None,
        "end_date": _iso(event.end_date),
        "status": event.status,
        "location": event.location or None,
        "countries": sorted(c.code for c in event.countries.all()),
        "participants": [
            {
                "person": str(p.person.uuid),
                "name": p.person.name,
                "country": p.country_id,
                "role": p.role,
                "office": p.office.title if p.office else None,
            }
            for p in event.participations.all()
        ],
        "sources": [
            {
                "name": s.name,
                "sha256": s.sha256,
                "published": _iso(s.published),
                "sentence": sentences.get(s.pk),
                "duplicate_of": s.duplicate_of.name if s.duplicate_of else None,
            }
            for s in event.sources.all()
        ],
        "review_status": event.review_status,
        "confidence": round(event.confidence, 3),
        "title": event.title,
    }


def iter_persons(flt: ExportFilter, chunk_size: int = 500) -> Iterator[dict]:
    qs = export_persons(flt).prefetch_related(
        "aliases", Prefetch("tenures", queryset=Tenure.objects.select_related("office__organization"))
    )
    for person in qs.iterator(chunk_size=chunk_size):
        yield person_record(person)


def iter_events(flt: ExportFilter, chunk_size: int = 500) -> Iterator[dict]:
    qs = export_events(flt).prefetch_related(
        "countries",
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("person", "office").order_by(
                "role", "person__match_key"
            ),
        ),
        Prefetch("sources", queryset=_sources()),
        Prefetch(
            "evidence",
            queryset=Evidence.objects.filter(kind=EvidenceKind.EVENT).order_by("source_id", "start"),
        ),
    )
    for event in qs.iterator(chunk_size=chunk_size):
        yield event_record(event)


def research_export(flt: ExportFilter | None = None) -> dict:
    """The whole research export as one JSON-ready dict."""
    flt = flt or ExportFilter()
    return {
        "format": EXPORT_FORMAT_VERSION,
        "persons": list(iter_persons(flt)),
        "events": list(iter_events(flt)),
    }


def _sources():
    from diplomacy.models import Source

    return Source.objects.select_related("duplicate_of").order_by("name").defer("text", "signature")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def write_json(fh, flt: ExportFilter | None = None) -> tuple[int, int]:
    """Stream the research export to a text file; returns (persons, events) written."""
    import json

    flt = flt or ExportFilter()
    counts = [0, 0]
    fh.write('{"format": ' + json.dumps(EXPORT_FORMAT_VERSION) + ',\n"persons": [')
    for i, record in enumerate(iter_persons(flt)):
        fh.write(("\n" if i == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        counts[0] += 1
    fh.write('\n],\n"events": [')
    for i, record in enumerate(iter_events(flt)):
        fh.write(("\n" if i == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        counts[1] += 1
    fh.write("\n]}\n")
    return counts[0], counts[1]
