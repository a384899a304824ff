"""What an event shows besides its own columns, read for a whole page in four queries.

``prefetch_related`` would do it in as many queries, but builds a queryset and model
instances for every event and related row; on a page of 50 events that machinery costs
several times the queries themselves. Plain ``values_list`` rows attached to each event as
``event.essentials`` cost little more than the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplomacy.models import Event, EventSource, Evidence, Participation


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
    listed = Event.countries.through.objects.filter(event_id__in=ids).order_by("country_id")
    for event_id, code in listed.values_list("event_id", "country_id"):
        by_id[event_id].essentials.countries.append(code)
    participations = (
        Participation.objects.filter(event_id__in=ids)
        .order_by("role", "person__match_key", "id")
        .values_list("event_id", "person__uuid", "person__name", "country_id", "role", "office__uuid", "office__title")
    )
    for event_id, *row in participations:
        by_id[event_id].essentials.participants.append(Participant(*row))
    sources: dict[tuple[int, int], SourceRef] = {}
    event_sources = (
        EventSource.objects.filter(event_id__in=ids)
        .order_by("source__published", "source_id")
        .values_list(
            "event_id",
            "source_id",
            "source__sha256",
            "source__name",
            "source__title",
            "source__published",
            "source__url",
        )
    )
    for event_id, *row in event_sources:
        ref = SourceRef(*row)
        sources[(event_id, ref.source_id)] = ref
        by_id[event_id].essentials.sources.append(ref)
    evidence = Evidence.objects.filter(event_id__in=ids).order_by("source_id", "start", "id")
    for event_id, source_id, sentence in evidence.values_list("event_id", "source_id", "sentence"):
        ref = sources.get((event_id, source_id))
        if ref is not None:
            ref.evidence.append(sentence)
    return events
