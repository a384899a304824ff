"""Run reader -> Pipeline -> resolution over a corpus in memory and write the research export.

    python -m diplomacy.extraction.corpus seeds/ -o /tmp/export.json

The in-memory store resolves people and events with the same functions the Django
loader uses (``resolve.resolve_article``), so its export predicts the database's.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplomacy.extraction.codes import cameo_code, plover
from diplomacy.extraction.pipeline import Pipeline
from diplomacy.extraction.reader import read_articles
from diplomacy.extraction.resolve import (
    Resolution,
    candidate_keys,
    event_countries,
    merge_event_fields,
    merge_person_names,
    resolve_article,
)
from diplomacy.extraction.text import fold
from diplomacy.extraction.types import (
    Article,
    ArticleError,
    ArticleResult,
    ExtractedEvent,
    ExtractedPerson,
    KnownEvent,
    KnownPerson,
)


@dataclass
class _Person:
    id: int
    name: str
    aliases: list[str]
    countries: Counter = field(default_factory=Counter)
    offices: dict[tuple[str, str | None], dict] = field(default_factory=dict)

    def known(self) -> KnownPerson:
        country = self.countries.most_common(1)[0][0] if self.countries else None
        return KnownPerson(
            id=self.id,
            name=self.name,
            aliases=tuple(self.aliases),
            country=country,
            office_titles=tuple(t for t, _ in self.offices),
        )


@dataclass
class _Event:
    id: int
    kind: str
    date: date | None
    date_precision: str | None
    end_date: date | None
    status: str
    location: str | None
    countries: list[str]
    participants: dict[int, dict] = field(default_factory=dict)
    sources: list[dict] = field(default_factory=list)
    date_inferred: bool = False

    def known(self) -> KnownEvent:
        return KnownEvent(
            id=self.id,
            kind=self.kind,
            date=self.date,
            date_precision=self.date_precision,
            status=self.status,
            countries=tuple(self.countries),
            participant_ids=tuple(self.participants),
            location=self.location,
            date_inferred=self.date_inferred,
        )


class InMemoryIndex:
    """A store of resolved people and events that implements the resolution index protocol."""

    def __init__(self) -> None:
        self.persons: dict[int, _Person] = {}
        self.events: dict[int, _Event] = {}
        self._keys: dict[str, set[int]] = {}

    def person_candidates(self, person: ExtractedPerson) -> Sequence[KnownPerson]:
        """Known people sharing a blocking key with the person's names."""
        ids = set()
        for key in candidate_keys([person.name, *person.aliases]):
            ids |= self._keys.get(key, set())
        return [self.persons[i].known() for i in sorted(ids)]

    def event_candidates(self, event: ExtractedEvent, person_ids: set[int]) -> Sequence[KnownEvent]:
        """Known events involving any of the people, or sharing a country when none is known."""
        out = []
        for e in self.events.values():
            if person_ids & set(e.participants) or not person_ids and set(e.countries) & set(event.countries):
                known = e.known()
                people = (self.persons[p].known().country for p in e.participants)
                countries = event_countries(people, e.countries)
                out.append(dataclasses.replace(known, countries=tuple(countries)))
        return out

    def add(self, result: ArticleResult, res: Resolution) -> None:
        """Store an article's persons and events, merging into the matched records."""
        ids: dict[str, int] = {}
        for person in result.persons:
            pid = res.persons.get(person.key)
            if pid is None:
                pid = len(self.persons) + 1
                self.persons[pid] = _Person(pid, person.name, [])
            record = self.persons[pid]
            record.name, record.aliases = merge_person_names(record.name, record.aliases, person)
            if person.country:
                record.countries[person.country] += 1
            for office in person.offices:
                key = (office.title, office.country)
                record.offices.setdefault(
                    key,
                    {
                        "title": office.title,
                        "country": office.country,
                        "start": _iso(result.article.published),
                        "end": None,
                    },
                )
            for key in candidate_keys([record.name, *record.aliases]):
                self._keys.setdefault(key, set()).add(pid)
            ids[person.key] = pid
        for event, eid in zip(result.events, res.events, strict=True):
            if eid is None:
                eid = len(self.events) + 1
                self.events[eid] = _Event(
                    eid,
                    event.kind,
                    event.date,
                    event.date_precision,
                    event.end_date,
                    event.status,
                    event.location,
                    sorted(event.countries),
                    date_inferred=bool(event.date and event.date_inferred),
                )
            else:
                record = self.events[eid]
                updates = merge_event_fields(record.known(), event)
                if "date" in updates and event.date_inferred and record.date and not record.date_inferred:
                    del updates["date"], updates["date_precision"]  # the story's day is no correction
                elif "date" in updates:
                    record.date_inferred = event.date_inferred
                for name, value in updates.items():
                    setattr(record, name, value)
                if record.date_inferred and event.date and not event.date_inferred:
                    # a date an article states beats the story's day another one was given
                    record.date, record.date_precision, record.date_inferred = event.date, event.date_precision, False
            record = self.events[eid]
            for part in event.participants:
                pid = ids.get(part.person)
                if pid is not None and pid not in record.participants:
                    record.participants[pid] = {"role": part.role, "country": part.country}
            if all(s["name"] != result.article.name for s in record.sources):
                record.sources.append(
                    {
                        "name": result.article.name,
                        "published": _iso(result.article.published),
                        "sentence": event.evidence[0].sentence if event.evidence else "",
                    }
                )

    def export(self) -> dict:
        """The research export (see /work/shared/eval/README.md)."""
        persons = []
        for p in self.persons.values():
            known = p.known()
            persons.append(
                {
                    "id": p.id,
                    "name": p.name,
                    "aliases": p.aliases,
                    "country": known.country,
                    "offices": list(p.offices.values()),
                }
            )
        events = []
        for e in self.events.values():
            event = ExtractedEvent(kind=e.kind, date=e.date, date_precision=e.date_precision, status=e.status)
            event_type, mode = plover(e.kind, event)
            events.append(
                {
                    "id": e.id,
                    "kind": e.kind,
                    "date": _iso(e.date),
                    "date_precision": e.date_precision if e.date else None,
                    "end_date": _iso(e.end_date),
                    "status": e.status,
                    "location": e.location,
                    "countries": event_countries(
                        (self.persons[pid].known().country for pid in e.participants), e.countries
                    ),
                    "participants": [
                        {
                            "person": pid,
                            "name": self.persons[pid].name,
                            "country": self.persons[pid].known().country,
                            "role": v["role"],
                        }
                        for pid, v in e.participants.items()
                    ],
                    "sources": e.sources,
                    "cameo": cameo_code(e.kind, event),
                    "plover": [event_type, mode],
                }
            )
        return {"persons": persons, "events": events}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def run(
    paths: Iterable[str | Path], pipeline: Pipeline | None = None, errors: list[ArticleError] | None = None
) -> InMemoryIndex:
    """An in-memory store filled from the articles under ``paths``."""
    pipeline = pipeline or Pipeline()
    index = InMemoryIndex()
    articles: list[Article] = []
    for item in read_articles(paths):
        if isinstance(item, ArticleError):
            if errors is not None:
                errors.append(item)
            continue
        articles.append(item)
    for result in pipeline.extract_many(articles):
        index.add(result, resolve_article(result, index))
    return index


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    errors: list[ArticleError] = []
    index = run(args.paths, errors=errors)
    for err in errors:
        print(f"skipped: {err}", file=sys.stderr)
    data = json.dumps(index.export(), ensure_ascii=False, indent=1)
    if args.output == "-":
        print(data)
    else:
        Path(args.output).write_text(data + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

_ = fold
