"""What an event shows besides its own columns, read for a whole page in four queries.

``prefetch_related`` would do it in as many queries, but builds a queryset and model
instances for every event and related row; on a page of 50 events that machinery costs
several times the queries themselves. So does building and compiling four ORM querysets
with ``values_list`` (about 2 ms of CPU each, against 0.5 ms for the query): the four
statements are plain SQL, written once from the models' table and column names, and their
rows are attached to each event as ``event.essentials``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cache

from django.db import connection

from diplomacy.models import Event, EventSource, Evidence, Office, Participation, Person, Source


@dataclass
class Participant:
    person: object
    name: str
    country: str | None
    role: str
    office: object | None
    office_title: str | None


@dataclass
class SourceRef:
    source_id: int
    sha256: str
    name: str
    title: str
    published: object
    url: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class Essentials:
    countries: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)


def attach_essentials(events: list[Event]) -> list[Event]:
    """``events``, each with ``essentials``: countries, participants and sources with evidence."""
    by_id = {event.pk: event for event in events}
    for event in events:
        event.essentials = Essentials()
    if not by_id:
        return events
    ids = list(by_id)
    statements = _statements()
    for event_id, code in _rows(statements["countries"], ids):
        by_id[event_id].essentials.countries.append(code)
    for event_id, person, name, country, role, office, office_title in _rows(statements["participants"], ids):
        by_id[event_id].essentials.participants.append(
            Participant(_uuid(person), name, country, role, _uuid(office), office_title)
        )
    sources: dict[tuple[int, int], SourceRef] = {}
    for event_id, *row in _rows(statements["sources"], ids):
        ref = SourceRef(*row)
        sources[(event_id, ref.source_id)] = ref
        by_id[event_id].essentials.sources.append(ref)
    for event_id, source_id, sentence in _rows(statements["evidence"], ids):
        ref = sources.get((event_id, source_id))
        if ref is not None:
            ref.evidence.append(sentence)
    return events


def _rows(statement: str, ids: list[int]) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(statement.replace("{ids}", ", ".join(["%s"] * len(ids))), ids)
        return cursor.fetchall()


def _uuid(value):
    """SQLite returns UUID columns as hexadecimal text; PostgreSQL as ``uuid.UUID``."""
    return uuid.UUID(value) if isinstance(value, str) else value


# Only table names (from the models) are interpolated; the event ids are query parameters.


@cache
def _statements() -> dict[str, str]:
    """The four statements, each with ``{ids}`` where the events' placeholders go."""
    countries = Event.countries.through._meta.db_table
    participations, persons, offices = (m._meta.db_table for m in (Participation, Person, Office))
    event_sources, sources, evidence = (m._meta.db_table for m in (EventSource, Source, Evidence))
    return {
        "countries": f"SELECT event_id, country_id FROM {countries} WHERE event_id IN ({{ids}}) ORDER BY country_id",  # noqa: S608
        "participants": (
            "SELECT pa.event_id, pe.uuid, pe.name, pa.country_id, pa.role, o.uuid, o.title "  # noqa: S608
            f"FROM {participations} pa INNER JOIN {persons} pe ON pe.id = pa.person_id "
            f"LEFT OUTER JOIN {offices} o ON o.id = pa.office_id "
            "WHERE pa.event_id IN ({ids}) ORDER BY pa.role, pe.match_key, pa.id"
        ),
        "sources": (
            "SELECT es.event_id, es.source_id, s.sha256, s.name, s.title, s.published, s.url "  # noqa: S608
            f"FROM {event_sources} es INNER JOIN {sources} s ON s.id = es.source_id "
            "WHERE es.event_id IN ({ids}) ORDER BY s.published, es.source_id"
        ),
        "evidence": (
            f"SELECT event_id, source_id, sentence FROM {evidence} WHERE event_id IN ({{ids}}) "  # noqa: S608
            "ORDER BY source_id, start, id"
        ),
    }
