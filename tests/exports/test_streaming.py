"""Large exports stream: rows are read chunk by chunk and memory does not grow with them."""

import gc
import io
import re
import tracemalloc
import uuid
from datetime import date, timedelta

import pytest
from django.db import connection
from django.db.models.query import QuerySet
from django.test.utils import CaptureQueriesContext

from diplomacy.exports import ExportFilter, iter_events, write_csv, write_json, write_jsonl
from diplomacy.models import (
    Event,
    EventSource,
    Office,
    Participation,
    Person,
    PersonAlias,
    Source,
    Tenure,
)
from tests import factories as f

pytestmark = pytest.mark.django_db


def many_events(n: int) -> None:
    """``n`` events, each with two participants, one country and one source (bulk-created)."""
    il, tr = f.country("IL"), f.country("TR")
    persons = Person.objects.bulk_create(
        [Person(name=f"Person {i}", match_key=f"person {i}", country=il if i % 2 else tr) for i in range(20)]
    )
    sources = Source.objects.bulk_create(
        [Source(name=f"article_{i:05d}.txt", sha256=uuid.uuid4().hex * 2, text="x") for i in range(n)]
    )
    start = date(2020, 1, 1)
    events = Event.objects.bulk_create(
        [
            Event(kind="meeting", date=start + timedelta(days=i % 900), location="Ankara", title=f"e{i}")
            for i in range(n)
        ]
    )
    Event.countries.through.objects.bulk_create(
        [Event.countries.through(event_id=e.pk, country_id="TR") for e in events]
    )
    Participation.objects.bulk_create(
        [
            Participation(event=e, person=persons[(i + k) % 20], uuid=uuid.uuid4(), role="participant")
            for i, e in enumerate(events)
            for k in (0, 1)
        ]
    )
    EventSource.objects.bulk_create([EventSource(event=e, source=s) for e, s in zip(events, sources, strict=True)])


def test_events_are_fetched_a_chunk_at_a_time():
    many_events(23)
    records = iter_events(ExportFilter(), chunk_size=5)
    with CaptureQueriesContext(connection) as first:
        next(records)
    prefetches = [q for q in first.captured_queries if "diplomacy_participation" in q["sql"]]
    assert len(prefetches) == 1
    # the prefetch after the first record covers one chunk, not all 23 events
    ids = re.search(r'"event_id" IN \(([^)]*)\)', prefetches[0]["sql"])[1]
    assert len(ids.split(",")) == 5
    with CaptureQueriesContext(connection) as rest:
        remaining = list(records)
    assert len(remaining) == 22
    assert len([q for q in rest.captured_queries if "diplomacy_participation" in q["sql"]]) == 4


@pytest.fixture
def spy(monkeypatch):
    """Records the models read through ``.iterator()``; fails on a whole table read into memory."""
    iterated = []
    streamed = {Event, EventSource, Office, Participation, Person, PersonAlias, Source, Tenure}
    original_iterator, original_fetch_all = QuerySet.iterator, QuerySet._fetch_all

    def iterator(self, chunk_size=None):
        iterated.append((self.model, chunk_size))
        return original_iterator(self, chunk_size=chunk_size)

    def fetch_all(self):
        if self._result_cache is None and self.model in streamed and not self._prefetch_done:
            hints = getattr(self, "_hints", {})
            if "instance" not in hints:  # a prefetch for one chunk is fine
                raise AssertionError(f"{self.model.__name__} read whole into memory")
        return original_fetch_all(self)

    monkeypatch.setattr(QuerySet, "iterator", iterator)
    monkeypatch.setattr(QuerySet, "_fetch_all", fetch_all)
    return iterated


def test_csv_reads_every_table_through_iterator(spy, tmp_path):
    many_events(12)
    write_csv(tmp_path, chunk_size=4)
    models = {model for model, chunk in spy if chunk == 4}
    assert {Event, Participation, Person, PersonAlias, Office, Tenure, Source, EventSource} <= models


@pytest.mark.parametrize("writer", [write_json, write_jsonl])
def test_json_formats_read_events_through_iterator(writer, monkeypatch):
    many_events(12)
    calls = []
    original = QuerySet.iterator

    def iterator(self, chunk_size=None):
        calls.append((self.model, chunk_size))
        return original(self, chunk_size=chunk_size)

    monkeypatch.setattr(QuerySet, "iterator", iterator)
    writer(io.StringIO(), ExportFilter(), 4)
    assert (Event, 4) in calls


class NullWriter(io.TextIOBase):
    def write(self, s):
        return len(s)


def peak_memory(fn) -> int:
    """The peak of memory allocated while ``fn`` runs, with the collector off, so that cycles
    left to it count, and CPython's free lists of tuples (up to 2000 freed tuples of each
    length up to 20, bounded) filled first: rows would fill them as the export goes, and the
    collector empties them when it runs."""
    gc.collect()
    kept = [tuple(range(length)) for length in range(1, 21) for _ in range(2000)]
    del kept
    gc.disable()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        gc.enable()


def test_memory_stays_bounded_as_events_grow():
    many_events(20)
    small = peak_memory(lambda: write_jsonl(NullWriter(), chunk_size=10))
    many_events(180)
    large = peak_memory(lambda: write_jsonl(NullWriter(), chunk_size=10))
    # ten times the events, about the same memory (a list of them all would take ~10x)
    assert large < 1.5 * small, (small, large)


def test_progress_is_reported_while_writing(monkeypatch, tmp_path):
    from diplomacy import exports

    monkeypatch.setattr(exports, "PROGRESS_EVERY", 5)
    many_events(12)
    calls = []
    write_jsonl(io.StringIO(), progress=lambda what, n: calls.append((what, n)))
    assert calls == [("events", 5), ("events", 10), ("events", 12)]
    calls.clear()
    write_csv(tmp_path, progress=lambda what, n: calls.append((what, n)))
    assert ("events", 12) in calls and ("participants", 24) in calls and ("sources", 12) in calls
