"""The only writers: ingest articles, manage curator accounts.

The extractor (``diplomacy.extraction``) turns text into plain dataclasses; this module
resolves them against what the database holds and stores them, one transaction per
article, so a bad article rolls back alone. Curators' decisions win: a confirmed or
rejected event keeps its review status, fields a curator edited (``curated_fields``) are
never overwritten, and "not the same person" decisions keep people apart.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from diplomacy.extraction import EXTRACTOR_VERSION, codes, dedupe, resolve
from diplomacy.extraction.events import FAMILIES
from diplomacy.extraction.reader import read_articles
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
from diplomacy.extraction.types import (
    Evidence as ExtractedEvidence,
)
from diplomacy.models import (
    Country,
    Event,
    EventSource,
    Evidence,
    EvidenceKind,
    IngestRun,
    NameKey,
    NotSamePerson,
    Office,
    Organization,
    Participation,
    Person,
    PersonAlias,
    ReviewStatus,
    Source,
    Tenure,
)

logger = logging.getLogger(__name__)

CURATORS_GROUP = "Curators"
NEAR_DUPLICATE_SIMILARITY = 0.8
NEAR_DUPLICATE_WINDOW = timedelta(days=7)
MAX_CANDIDATES = 200
EVENT_WINDOW_DAYS = 62  # known events within this many days of a report's date are its candidates
# Writers of articles take this PostgreSQL advisory lock for their transaction, so two
# workers never resolve the same new person or event at once; extraction, the costly
# part, still runs in parallel. (SQLite serialises writers with IMMEDIATE transactions.)
WRITER_LOCK_KEY = 0x6469706C  # "dipl"
RUN_PROGRESS_SECONDS = 5  # how often an inline run saves its counts (for ingest --status)


@transaction.atomic
def user_create_demo_curator(*, username: str, password: str):
    """Create or reset a staff account in the Curators group; returns the user."""
    User = get_user_model()
    user, _ = User.objects.get_or_create(username=username, defaults={"is_staff": True})
    user.is_staff = True
    user.set_password(password)
    user.save()
    group = Group.objects.filter(name=CURATORS_GROUP).first()
    if group is not None:
        user.groups.add(group)
    return user


# --- ingest -------------------------------------------------------------------------------


@dataclass
class ArticleOutcome:
    name: str
    state: str  # "stored", "unchanged", "failed"
    persons_new: int = 0
    events_new: int = 0
    events_updated: int = 0
    message: str = ""


@dataclass
class IngestSummary:
    run_id: str | None = None
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    persons_new: int = 0
    events_new: int = 0
    events_updated: int = 0
    failures: list[str] = field(default_factory=list)
    outcomes: list[ArticleOutcome] = field(default_factory=list)

    def add(self, outcome: ArticleOutcome) -> None:
        self.read += 1
        self.outcomes.append(outcome)
        if outcome.state == "failed":
            self.failed += 1
            self.failures.append(outcome.message)
            return
        if outcome.state == "unchanged":
            self.unchanged += 1
            return
        self.stored += 1
        self.persons_new += outcome.persons_new
        self.events_new += outcome.events_new
        self.events_updated += outcome.events_updated


class DryRunRollback(Exception):
    """Raised inside the article transaction to undo a dry run."""


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def known_person_names() -> list[str]:
    """The spellings a curator vouched for, for the recogniser: confirmed aliases and every
    alias of a person in a confirmed event or edited by a curator.

    Names the machine alone found are left out on purpose: with them, what an article
    yields would depend on which articles happened to be stored before it (a crashed and
    resumed run, or several workers, would not equal one clean run).
    """
    vouched = Person.objects.filter(
        Q(participations__event__review_status=ReviewStatus.CONFIRMED) | ~Q(curated_fields=[])
    )
    return list(
        PersonAlias.objects.filter(Q(confirmed=True) | Q(person__in=vouched.values("pk")))
        .values_list("name", flat=True)
        .distinct()
    )


def ingest_paths(
    *,
    paths: Iterable[str],
    force: bool = False,
    dry_run: bool = False,
    batch_size: int = 32,
    on_article: Callable[[ArticleOutcome], None] | None = None,
) -> IngestSummary:
    """Read, extract and store every article under ``paths``; returns what happened.

    Unreadable articles are reported (one line each) and the others still stored.
    """
    from diplomacy.extraction.pipeline import Pipeline

    paths = [str(p) for p in paths]
    summary = IngestSummary()
    run = None
    if not dry_run:
        runs_mark_interrupted()
        run = IngestRun.objects.create(paths=paths, host=socket.gethostname(), pid=os.getpid())
        summary.run_id = str(run.uuid)
    saved_at = time.monotonic()

    def report(outcome: ArticleOutcome) -> None:
        nonlocal saved_at
        summary.add(outcome)
        if on_article is not None:
            on_article(outcome)
        if run is not None and time.monotonic() - saved_at >= RUN_PROGRESS_SECONDS:
            _run_save_progress(run, summary)
            saved_at = time.monotonic()

    def to_extract() -> Iterator[Article]:
        items = iter(read_articles(paths))
        # which are stored already is asked of a batch at a time (one query, not one per article)
        while batch := list(itertools.islice(items, batch_size)):
            hashes = [None if isinstance(item, ArticleError) else text_sha256(item.text) for item in batch]
            stored = set()
            if not force:
                stored = set(Source.objects.by_hashes([h for h in hashes if h]).values_list("sha256", flat=True))
            for item, sha in zip(batch, hashes, strict=True):
                if isinstance(item, ArticleError):
                    report(ArticleOutcome(getattr(item, "name", "?"), "failed", message=str(item)))
                elif sha in stored:
                    report(ArticleOutcome(item.name, "unchanged"))
                else:
                    yield item

    pipeline = Pipeline(known_names=known_person_names())
    for result in pipeline.extract_apart(to_extract(), batch_size=batch_size):
        report(article_store(result=result, force=force, dry_run=dry_run))

    if run is not None:
        run.finished_at = timezone.now()
        run.state = IngestRun.State.FAILED if summary.failed else IngestRun.State.DONE
        _run_save_progress(run, summary)
    return summary


def _run_save_progress(run: IngestRun, summary: IngestSummary) -> None:
    run.progress_at = timezone.now()
    run.articles_read = summary.read
    run.articles_stored = summary.stored
    run.articles_unchanged = summary.unchanged
    run.articles_failed = summary.failed
    run.persons_new = summary.persons_new
    run.events_new = summary.events_new
    run.events_updated = summary.events_updated
    run.failures = summary.failures
    run.save()


def runs_mark_interrupted() -> int:
    """Mark inline runs of this machine whose process is gone (killed, crashed) as failed.

    What such a run stored is complete (one transaction per article); running ingest again
    on the same paths stores the rest. Runs of other machines are left alone: their
    process cannot be checked from here (``ingest --status`` shows when they last progressed).
    """
    interrupted = 0
    for run in IngestRun.objects.filter(state=IngestRun.State.RUNNING, host=socket.gethostname(), pid__isnull=False):
        if _process_alive(run.pid):
            continue
        run.state = IngestRun.State.FAILED
        run.finished_at = timezone.now()
        run.failures = [
            *run.failures,
            f"interrupted: ingest process {run.pid} on {run.host} ended before finishing; "
            "the articles it stored are complete, run ingest again on the same paths for the rest",
        ]
        run.save(update_fields=["state", "finished_at", "failures"])
        interrupted += 1
    return interrupted


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def article_store(*, result: ArticleResult, force: bool = False, dry_run: bool = False) -> ArticleOutcome:
    """Store one extracted article in its own transaction; failures are reported, not raised."""
    name = result.article.name
    try:
        with transaction.atomic():
            _lock_writers()
            if not force and Source.objects.by_hash(text_sha256(result.article.text)).exists():
                return ArticleOutcome(name, "unchanged")  # stored meanwhile by another writer
            outcome = _ArticleWriter(result, force=force).write()
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        return outcome
    except Exception as exc:  # one bad article must not stop the run
        logger.info("ingest: %s failed", name, exc_info=True)
        return ArticleOutcome(name, "failed", message=f"{name}: cannot store: {type(exc).__name__}: {exc}")
    return outcome


def _lock_writers() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK_KEY])


def ingest_enqueue(*, paths: Iterable[str], force: bool = False) -> IngestSummary:
    """Read the articles and queue one Celery task per article; returns the run's summary so far.

    Unreadable and unchanged articles are counted at once; workers count the rest. The run
    stays "running" while articles are read, "queued" while workers have some left.
    """
    from diplomacy.tasks import article_to_message, ingest_article

    paths = [str(p) for p in paths]
    run = IngestRun.objects.create(paths=paths)
    summary = IngestSummary(run_id=str(run.uuid))
    queued = 0
    for item in read_articles(paths):
        if isinstance(item, ArticleError):
            summary.add(ArticleOutcome(getattr(item, "name", "?"), "failed", message=str(item)))
            continue
        if not force and Source.objects.by_hash(text_sha256(item.text)).exists():
            summary.add(ArticleOutcome(item.name, "unchanged"))
            continue
        ingest_article.delay(str(run.uuid), article_to_message(item), force)
        queued += 1
    with transaction.atomic():
        run = IngestRun.objects.select_for_update().get(pk=run.pk)
        run.state = IngestRun.State.QUEUED
        run.articles_queued = queued
        run.articles_read = summary.read + queued
        run.articles_unchanged += summary.unchanged
        run.articles_failed += summary.failed
        run.failures = [*run.failures, *summary.failures]
        run.save()
    _finish_if_done(run.pk)
    return summary


def article_ingest_queued(*, run_id: str, result: ArticleResult, force: bool = False) -> str:
    """Store one article of a queued run and count it; returns the outcome's state."""
    outcome = article_store(result=result, force=force)
    field_name = {"stored": "articles_stored", "unchanged": "articles_unchanged", "failed": "articles_failed"}
    with transaction.atomic():
        run = IngestRun.objects.select_for_update().filter(uuid=run_id).first()
        if run is None:
            return outcome.state
        setattr(run, field_name[outcome.state], getattr(run, field_name[outcome.state]) + 1)
        run.persons_new += outcome.persons_new
        run.events_new += outcome.events_new
        run.events_updated += outcome.events_updated
        if outcome.state == "failed":
            run.failures = [*run.failures, outcome.message]
        _finish_run_if_done(run)
        run.save()
    return outcome.state


def _finish_if_done(run_pk: int) -> None:
    with transaction.atomic():
        run = IngestRun.objects.select_for_update().get(pk=run_pk)
        if _finish_run_if_done(run):
            run.save(update_fields=["finished_at", "state"])


def _finish_run_if_done(run: IngestRun) -> bool:
    """Marks a queued run (locked by the caller) finished once every article is counted; returns
    whether it did. The caller saves it."""
    done = run.articles_stored + run.articles_unchanged + run.articles_failed
    if run.state != IngestRun.State.QUEUED or done < run.articles_read:
        return False
    run.finished_at = timezone.now()
    run.state = IngestRun.State.FAILED if run.articles_failed else IngestRun.State.DONE
    return True


class _ArticleWriter:
    """Resolves one ArticleResult against the database and writes it."""

    def __init__(self, result: ArticleResult, *, force: bool):
        self.result = result
        self.article = result.article
        self.force = force
        self.outcome = ArticleOutcome(self.article.name, "stored")
        self.countries: dict[str, Country | None] = {}
        self.persons: dict[str, Person] = {}
        self.person_offices: dict[str, Office] = {}
        self.evidence: list[Evidence] = []
        self.orphan_candidates: set[int] = set()
        self.taken_events: set[int] = set()
        # What this article's transaction has read or written, so nothing is asked twice
        # (the writer lock keeps other ingest writers out until the commit).
        # person id -> office id -> tenure (a _HeldTenure until this article changes it)
        self.tenures: dict[int, dict[int, Tenure | _HeldTenure]] = {}
        self.offices: dict[tuple, Office] = {}
        self.organizations: dict[str, Organization | None] = {}
        self.linked_events: set[int] = set()  # events already linked to the source
        self.candidate_events: dict[int, tuple] = {}  # id -> (row, {person: country}, countries)
        # The known events the article's events may report, read once (``_read_events``):
        # (row, {person: country}, countries) in id order; None: each event reads its own.
        self.events_read: list[tuple] | None = None
        self.events_read_rows = 0  # what the query returned, those no event may report included
        # the events the database links to the source until _flush (a forced re-extraction's)
        self.source_events: frozenset[int] = frozenset()
        # machine-made events no other article reports (a forced re-extraction's): their date
        # came from this article alone
        self.sole_source_events: frozenset[int] = frozenset()
        self.person_countries: dict[int, str | None] = {}  # of the persons this article wrote
        self.any_not_same: bool | None = None
        # The persons the article's names may name, read once (``_read_persons``), and what
        # the article adds to them: name key -> person ids, the persons (as plain rows until
        # one is matched), their stored aliases, office titles and tenures.
        self.key_index: dict[str, set[int]] = {}
        self.stored_keys: set[tuple[str, int]] = set()  # (key, person id) rows read or queued
        self.known_persons: dict[int, Person | _PersonRow] = {}
        self.stored_aliases: dict[int, list[str]] = {}
        self.stored_titles: dict[int, list[str]] = {}
        self.stored_tenures: dict[int, list[_HeldTenure]] = {}
        # Of those, the ones some name of the article may name (``resolve.match_person`` scores
        # their names above 0): the only ones whose offices are read, the only ones it is asked
        # about; and the persons this article created.
        self.namable: set[int] = set()
        self.created_persons: set[int] = set()  # (no stored event has them yet)
        self.new_name_keys: list[NameKey] = []
        # Rows only this article's later events could find, and those are taken already:
        # written once, at the end of the article.
        self.event_sources: list[EventSource] = []
        self.participations: list[Participation] = []
        self.event_countries: list = []  # Event.countries.through rows
        # New aliases and tenures, written at the end too; a later person of the article that
        # is matched against these persons sees them from here.
        self.new_aliases: list[PersonAlias] = []
        self.alias_names: dict[int, list[str]] = {}  # person id -> names of new_aliases
        self.new_tenures: list[Tenure] = []
        self.tenure_titles: dict[int, list[str]] = {}  # person id -> office titles of new_tenures
        # History records, built when the change is made and inserted in one query per model
        # at the end: historical model -> rows; events' rows with their countries' snapshot.
        self.history: dict[type, list] = {}
        self.new_events: list[Event] = []  # inserted first by ``_flush``
        self.event_history: list[tuple] = []  # (event, history type, its through rows or None)

    def write(self) -> ArticleOutcome:
        self.source = self._source()
        self._read_offices()
        self._read_persons()
        for person in self.result.persons:
            self._person(person)
        self._read_events()
        for event in self.result.events:
            self._event(event)
        self._flush()
        self._drop_orphans()
        return self.outcome

    def _flush(self) -> None:
        """Insert what the article's persons and events left for the end, then all history rows."""
        Event.objects.bulk_create(self.new_events, batch_size=500)
        NameKey.objects.bulk_create(self.new_name_keys, batch_size=500, ignore_conflicts=True)
        for model, objs in (
            (PersonAlias, self.new_aliases),
            (Tenure, self.new_tenures),
            (Participation, self.participations),
        ):
            model.objects.bulk_create(objs, batch_size=500)
            for obj in objs:
                self._record(obj, "+")
        EventSource.objects.bulk_create(self.event_sources, batch_size=500)
        Event.countries.through.objects.bulk_create(self.event_countries, batch_size=500)
        Evidence.objects.bulk_create(self.evidence, batch_size=500)
        events = [(self._record(event, history_type), event, rows) for event, history_type, rows in self.event_history]
        for historical, rows in self.history.items():
            historical.objects.bulk_create(rows, batch_size=500)
        m2m = _HistoricalEventCountries()
        snapshot = []
        for record, event, through_rows in events:
            if through_rows is None:  # countries the event had before this article, and its changes
                through_rows = Event.countries.through.objects.filter(event_id=event.pk).order_by("pk")
            snapshot += [m2m(history=record, id=t.pk, event_id=event.pk, country_id=t.country_id) for t in through_rows]
        m2m.objects.bulk_create(snapshot, batch_size=500)

    def _record(self, obj, history_type: str):
        """The history row ``save()`` would write now (no user, no reason), inserted by ``_flush``."""
        historical = _historical_model(type(obj))
        row = historical(
            history_date=timezone.now(),
            history_user=None,
            history_change_reason=None,
            history_type=history_type,
            **{f.attname: getattr(obj, f.attname) for f in historical.tracked_fields},
        )
        self.history.setdefault(historical, []).append(row)
        return row

    # -- helpers
    def _country(self, code: str | None, *, stored: bool = False) -> Country | None:
        """The Country of a code, without a query: a Country's primary key is its code
        (``stored``: a code read from a foreign key, so a Country of it exists)."""
        if not code or not stored and code not in _country_codes():
            return None
        if code not in self.countries:
            country = Country(code=code)
            country._state.adding, country._state.db = False, "default"
            self.countries[code] = country
        return self.countries[code]

    def _evidence(self, item: ExtractedEvidence, kind: str, **links) -> None:
        self.evidence.append(
            Evidence(
                source=self.source,
                kind=kind,
                sentence=item.sentence,
                start=item.start,
                end=item.end,
                highlights=[list(h) for h in item.highlights],
                **links,
            )
        )

    # -- source
    def _source(self) -> Source:
        article = self.article
        sha = text_sha256(article.text)
        # article_store has just checked, under the writer lock, that an unforced article is new
        source = Source.objects.filter(sha256=sha).first() if self.force else None
        signature = list(dedupe.signature(article.text))
        if source is None:
            source = Source(
                sha256=sha,
                name=article.name,
                title=article.title,
                url=article.url,
                published=article.published,
                text=article.text,
                extractor_version=EXTRACTOR_VERSION,
                signature=signature,
            )
            source.duplicate_of_id = self._near_duplicate_of(source, signature)
            source.save()
            return source
        source.name, source.title, source.url = article.name, article.title or source.title, article.url
        source.published = article.published or source.published
        source.extractor_version = EXTRACTOR_VERSION
        source.signature = signature
        source.save()
        self._forget_extraction(source)
        self.linked_events = set(EventSource.objects.filter(source=source).values_list("event_id", flat=True))
        self.source_events = frozenset(self.linked_events)
        source.duplicate_of_id = self._near_duplicate_of(source, signature)
        if source.duplicate_of_id:
            source.save(update_fields=["duplicate_of"])
        return source

    def _near_duplicate_of(self, source: Source, signature: list[int]) -> int | None:
        """The id of the stored source this one is a copy of (MinHash signatures), if any."""
        others = Source.objects.filter(duplicate_of__isnull=True)
        if source.pk is not None:
            others = others.exclude(pk=source.pk)
        if source.published:
            others = others.filter(
                published__range=(
                    source.published - NEAR_DUPLICATE_WINDOW,
                    source.published + NEAR_DUPLICATE_WINDOW,
                )
            )
        for pk, other in others.order_by("pk").values_list("pk", "signature")[:MAX_CANDIDATES]:
            if other and dedupe.similarity(signature, other) >= NEAR_DUPLICATE_SIMILARITY:
                return pk
        return None

    def _forget_extraction(self, source: Source) -> None:
        """Before a forced re-extraction: drop what the machine said about this source.

        Curated events keep their link to the source (a curator saw it). Machine-made
        events lose it; the re-extraction usually finds them again (same participants and
        date) and links them back, keeping their UUIDs. Those it does not find and that
        are left without a source are deleted after the write (``_drop_orphans``).
        """
        Evidence.objects.filter(source=source).delete()
        for link in EventSource.objects.filter(source=source).select_related("event"):
            event = link.event
            if event.review_status != ReviewStatus.EXTRACTED or event.curated_fields:
                continue
            link.delete()
            self.orphan_candidates.add(event.pk)
        if self.orphan_candidates:
            self.sole_source_events = frozenset(
                Event.objects.filter(pk__in=self.orphan_candidates, event_sources__isnull=True).values_list(
                    "pk", flat=True
                )
            )

    def _drop_orphans(self) -> None:
        if self.orphan_candidates:
            Event.objects.filter(pk__in=self.orphan_candidates, event_sources__isnull=True).delete()

    # -- persons
    def _person(self, extracted: ExtractedPerson) -> None:
        names = list(dict.fromkeys([extracted.name, *extracted.aliases]))
        keys = resolve.candidate_keys(names)
        # the persons sharing a key with these names (from what _read_persons read and this
        # article wrote), those sharing the full name or more keys first: a common family
        # name's many bearers never crowd out the person named
        shared: dict[int, int] = {}
        for k in keys:
            for pk in self.key_index.get(k, ()):
                shared[pk] = shared.get(pk, 0) + (len(keys) if k.startswith("n:") else 1)
        candidates = sorted((self.known_persons[pk] for pk in shared), key=lambda p: (-shared[p.id], p.match_key, p.id))
        # (the others' names cannot match: the matcher would pass them over)
        known = {p.id: p for p in candidates[:MAX_CANDIDATES] if p.id in self.namable}
        # with what this article added and has not written yet
        aliases = {pk: self.stored_aliases.get(pk, []) + self.alias_names.get(pk, []) for pk in known}
        titles = {pk: self.stored_titles.get(pk, []) + self.tenure_titles.get(pk, []) for pk in known}
        not_same = self._not_same_pairs(known)
        match = resolve.match_person(
            extracted,
            [
                KnownPerson(
                    id=p.id,
                    name=p.name,
                    aliases=tuple(aliases[p.id]),
                    country=p.country_id,
                    office_titles=tuple(titles[p.id]),
                    not_same_as=tuple(not_same.get(p.id, ())),
                )
                for p in known.values()
            ],
        )
        if match is None:
            person = Person(
                name=extracted.name, match_key=fold(extracted.name), country=self._country(extracted.country)
            )
            Person.objects.bulk_create([person])
            self._record(person, "+")
            self.outcome.persons_new += 1
            self.namable.add(person.id)
            self.created_persons.add(person.id)
            existing = set()
            self.tenures[person.id] = {}
        else:
            person = known[match.id]
            if isinstance(person, _PersonRow):  # first match of a stored person: a model now
                person = Person.from_db(Person.objects.db, _PERSON_ROW_FIELDS, person)
            self._update_person(person, extracted)
            existing = set(aliases[person.id])
            if person.id not in self.tenures:
                self.tenures[person.id] = {t.office_id: t for t in self.stored_tenures.get(person.id, [])}
        self.persons[extracted.key] = person
        self.person_countries[person.id] = person.country_id
        # the aliases just read are all the person has: no get_or_create (and savepoint) each
        for alias in names:
            if alias not in existing:
                self.new_aliases.append(
                    PersonAlias(person=person, name=alias, match_key=fold(alias), source=self.source)
                )
                self.alias_names.setdefault(person.id, []).append(alias)
        all_names = [person.name, *names, *existing]
        self.known_persons[person.id] = person
        for key in resolve.candidate_keys(all_names):
            if (key, person.id) not in self.stored_keys:  # (a row read is there already)
                self.stored_keys.add((key, person.id))
                self.new_name_keys.append(NameKey(person=person, key=key))
            self.key_index.setdefault(key, set()).add(person.id)
        for item in extracted.evidence:
            self._evidence(item, EvidenceKind.PERSON, person=person)
        for mention in extracted.offices:
            office = self._office(mention)
            if office is None:
                continue
            self.person_offices.setdefault(extracted.key, office)
            self._tenure(person, office)
            if mention.evidence is not None:
                self._evidence(mention.evidence, EvidenceKind.OFFICE, person=person, office=office)

    def _read_persons(self) -> None:
        """Reads, in three queries, every person sharing a blocking key with a name of the
        article, with their aliases (``_person`` would read them for each person), as plain
        values; and the office titles and tenures of those whose names may match one of the
        article's persons (most do not: a family name's other bearers).

        A person whose stored names match none of the article's persons matches none of them
        later in the article either: a person gains the article's names only by a match.
        """
        keys = set()
        for extracted in self.result.persons:
            keys.update(resolve.candidate_keys(list(dict.fromkeys([extracted.name, *extracted.aliases]))))
        if not keys:
            return
        # a key shared by many (a common family name in a large database) gives its first
        # MAX_CANDIDATES persons in _person's order: every person _person can keep, no more
        rank = Window(RowNumber(), partition_by=F("key"), order_by=[F("person__match_key"), F("person_id")])
        shared = NameKey.objects.filter(key__in=keys).annotate(rank=rank).filter(rank__lte=MAX_CANDIDATES)
        person_fields = [f"person__{f}" for f in _PERSON_ROW_FIELDS]  # (joined for the rank anyway)
        for key, *row in shared.values_list("key", *person_fields):
            pk = row[0]
            self.key_index.setdefault(key, set()).add(pk)
            self.stored_keys.add((key, pk))
            if pk not in self.known_persons:
                self.known_persons[pk] = _PersonRow(*row)
        if not self.known_persons:
            return
        self.stored_aliases = _aliases(self.known_persons)
        theirs = {
            pk: _name_tokens([person.name, *self.stored_aliases[pk]]) for pk, person in self.known_persons.items()
        }
        for extracted in self.result.persons:
            names = list(dict.fromkeys([extracted.name, *extracted.aliases]))
            mine = _name_tokens(names)
            sharing = {pk for key in resolve.candidate_keys(names) for pk in self.key_index.get(key, ())}
            for pk in sharing - self.namable:
                if _names_may_match(mine, theirs[pk]):
                    self.namable.add(pk)
        self.stored_titles, self.stored_tenures = _tenures(self.namable)

    def _update_person(self, person: Person, extracted: ExtractedPerson) -> None:
        if not _better_name(extracted.name, person.name) and not (person.country_id is None and extracted.country):
            return  # nothing to change (the common case: no need of the fields not read)
        deferred = person.get_deferred_fields()
        if deferred:  # a person read as a _PersonRow: its other fields, to save and record it
            person.refresh_from_db(fields=sorted(deferred))
        changed = []
        if "name" not in person.curated_fields and _better_name(extracted.name, person.name):
            person.name = extracted.name
            changed.append("name")
        if person.country_id is None and extracted.country and "country" not in person.curated_fields:
            person.country = self._country(extracted.country)
            changed.append("country")
        if changed:
            person.version += 1
            _save_without_history(person)
            self._record(person, "~")

    def _not_same_pairs(self, known: dict[int, Person | _PersonRow]) -> dict[int, set[int]]:
        if len(known) < 2:
            return {}  # (a decision only matters between two candidates)
        if self.any_not_same is None:
            self.any_not_same = NotSamePerson.objects.exists()  # curators' decisions are rare
        return _not_same_pairs(known) if self.any_not_same else {}

    def _read_offices(self) -> None:
        """Reads the offices and organisations the article's office titles may name, in two queries."""
        mentions = [m for p in self.result.persons for m in p.offices if (m.title or "").strip()]
        acronyms = {m.organization for m in mentions if m.organization}
        if acronyms:
            found = {o.acronym: o for o in Organization.objects.filter(acronym__in=acronyms)}
            self.organizations = {acronym: found.get(acronym) for acronym in acronyms}
        self.title_keys = {fold(m.title.strip()) for m in mentions}
        if self.title_keys:
            # only the countries the article names (and none): a title common to many states
            # ("Foreign Minister") has an office per state, and _office asks for these alone
            codes = sorted({m.country for m in mentions if m.country})
            near = Q(country__isnull=True) | Q(country_id__in=codes) if codes else Q(country__isnull=True)
            for office in Office.objects.filter(near, title_key__in=self.title_keys):
                self.offices.setdefault((office.title_key, office.country_id, office.organization_id), office)

    def _organization(self, acronym: str) -> Organization | None:
        if acronym not in self.organizations:
            self.organizations[acronym] = Organization.objects.filter(acronym=acronym).first()
        return self.organizations[acronym]

    def _office(self, mention) -> Office | None:
        title = (mention.title or "").strip()
        if not title:
            return None
        organization = self._organization(mention.organization) if mention.organization else None
        country = None if organization else self._country(mention.country)
        lookup = {"title_key": fold(title), "country": country, "organization": organization}
        cache_key = (lookup["title_key"], country and country.pk, organization and organization.pk)
        if cache_key in self.offices:
            return self.offices[cache_key]
        # every office of this title in a country the article names was read by _read_offices:
        # a miss is a new office
        office = None if lookup["title_key"] in self.title_keys else Office.objects.filter(**lookup).first()
        if office is None:
            try:
                with transaction.atomic():
                    office = Office(title=title, country=country, organization=organization)
                    _save_without_history(office)
                self._record(office, "+")
            except IntegrityError:  # created meanwhile by a concurrent ingest
                office = Office.objects.get(**lookup)
        self.offices[cache_key] = office
        return office

    def _tenure(self, person: Person, office: Office) -> None:
        seen = self.article.published
        tenure = self.tenures[person.id].get(office.id)
        if tenure is None:
            tenure = Tenure(person=person, office=office, start=seen, end=seen)
            self.new_tenures.append(tenure)
            self.tenure_titles.setdefault(person.id, []).append(office.title)
            self.tenures[person.id][office.id] = tenure
        elif seen and tenure.pk is not None:  # (one this article made has seen this date already)
            start, end = tenure.start, tenure.end
            if start is None or seen < start:
                start = seen
            if end is None or seen > end:
                end = seen
            if (start, end) != (tenure.start, tenure.end):
                if isinstance(tenure, _HeldTenure):  # the whole row, to save and record it
                    tenure = self.tenures[person.id][office.id] = Tenure.objects.get(pk=tenure.pk)
                tenure.start, tenure.end = start, end
                _save_without_history(tenure)
                self._record(tenure, "~")

    # -- events
    def _event(self, extracted: ExtractedEvent) -> None:
        participant_ids = {
            p.person: (self.persons[p.person].id if p.person in self.persons else None) for p in extracted.participants
        }
        ids = self._participant_ids(extracted)
        # The article's own events are one per encounter already: each known event (and
        # each event this article created) is taken by at most one of them.
        known = [e for e in self._event_candidates(extracted, ids) if e.id not in self.taken_events]
        match = resolve.match_event(extracted, participant_ids, known)
        # One history record per event and article, written last, with the event's final
        # fields and countries (``save()`` and ``countries.add()`` would write one each).
        if match is None:
            event = self._create_event(extracted)
            self.outcome.events_new += 1
            people, countries = {}, set()
            history_type = "+"
        else:
            row, people, countries = self.candidate_events[match.id]
            people = dict(people)  # (what was read stays as read)
            event = Event.from_db(Event.objects.db, _EVENT_FIELDS, row)
            history_type = None
            if self._update_event(event, match, extracted):
                self.outcome.events_updated += 1
                history_type = "~"
        if match is None:  # inserted by _flush: no later event of this article reads it
            self.event_sources.append(EventSource(event=event, source=self.source))
        else:
            self.taken_events.add(event.id)
            if event.id not in self.linked_events:
                self.event_sources.append(EventSource(event=event, source=self.source))
                self.linked_events.add(event.id)
        locked = event.review_status != ReviewStatus.EXTRACTED
        if "participants" not in event.curated_fields and not locked:
            # the participations just read are all the event has: no get_or_create each
            for participant in extracted.participants:
                person = self.persons.get(participant.person)
                if person is None or person.id in people:
                    continue
                people[person.id] = person.country_id
                self.participations.append(
                    Participation(
                        event=event,
                        person=person,
                        role=participant.role,
                        country=self._country(participant.country) or self._country(person.country_id, stored=True),
                        office=self.person_offices.get(participant.person),
                    )
                )
        country_rows = None  # the event's (through id, code) pairs, when this article changes them
        if "countries" not in event.curated_fields and not locked:
            # the countries of its people as stored now: this article may have just set some
            people_countries = [self.person_countries.get(pk, code) for pk, code in people.items()]
            reported = countries | set(extracted.countries)
            codes_ = [c for c in resolve.event_countries(people_countries, reported) if self._country(c)]
            if set(codes_) != countries:
                country_rows = self._set_countries(event, countries, codes_)
                history_type = history_type or "~"
        if history_type:
            if country_rows is None and history_type == "+":
                country_rows = []
            self.event_history.append((event, history_type, country_rows))
        for item in extracted.evidence:
            self._evidence(item, EvidenceKind.EVENT, event=event)

    def _participant_ids(self, extracted: ExtractedEvent) -> set[int]:
        """The ids of the event's participants (resolved or created by ``_person``)."""
        return {self.persons[p.person].id for p in extracted.participants if p.person in self.persons}

    def _read_events(self) -> None:
        """Reads, in three queries, the known events the article's dated events with known
        people may report: those ``_event_candidates`` would read for each, as plain values
        (participants and countries only of those of a kind and status one of them may report).

        An event of the article takes the ones that pass its own filters (``_events_read_for``).
        The article writes nothing to a known event before one of its events has taken it, and
        a taken event is no candidate any more: what is read here stays what the database holds
        for every event still a candidate. More than MAX_CANDIDATES: each event reads its own.
        """
        dated, ids, reports = set(), set(), []
        for extracted in self.result.events:
            person_ids = self._participant_ids(extracted) - self.created_persons
            if person_ids and extracted.date:
                ids |= person_ids
                dated.add(extracted.date)
                reports.append(extracted)
        if not ids:
            return
        window = timedelta(days=EVENT_WINDOW_DAYS)
        near = self._linked_or_undated()
        for day in sorted(dated):
            near |= Q(date__range=(day - window, day + window))
        qs = Event.objects.filter(participations__person_id__in=ids).filter(near)
        rows = list(qs.distinct().order_by("pk").values_list(*_EVENT_FIELDS)[: MAX_CANDIDATES + 1])
        if len(rows) > MAX_CANDIDATES:
            return
        self.events_read_rows = len(rows)
        rows = [row for row in rows if any(_may_report(extracted, row) for extracted in reports)]
        people, countries = _people_and_countries(rows)
        self.events_read = [(row, people[row[0]], countries[row[0]]) for row in rows]

    def _event_candidates(self, extracted: ExtractedEvent, person_ids: set[int]) -> list[KnownEvent]:
        """Known events the extracted one may report, as the matcher sees them (read as plain
        values: no model instances for the many candidates that do not match)."""
        found = self._events_read_for(extracted, person_ids)
        if found is None:
            rows = [row for row in self._event_rows(extracted, person_ids) if _may_report(extracted, row)]
            people, countries = _people_and_countries(rows)
            found = [(row, people[row[0]], countries[row[0]]) for row in rows]
        known = []
        for row, people_, countries_ in found:
            values = dict(zip(_EVENT_FIELDS, row, strict=True))
            id_ = values["id"]
            self.candidate_events[id_] = (row, people_, countries_)
            dated = "date" not in values["curated_fields"]  # a date a curator set is not held against a report
            known.append(
                KnownEvent(
                    id=id_,
                    kind=values["kind"],
                    date=values["date"] if dated else None,
                    date_precision=(values["date_precision"] or None) if dated else None,
                    status=values["status"],
                    countries=tuple(sorted(countries_)),
                    participant_ids=tuple(sorted(people_)),
                    location=values["location"] or None,
                    date_inferred=dated and values["date_inferred"],
                )
            )
        return known

    def _events_read_for(self, extracted: ExtractedEvent, person_ids: set[int]) -> list[tuple] | None:
        """What ``_event_rows`` would read for the event and it may report, from what
        ``_read_events`` read; None when it cannot tell (an event without date or known people,
        or too many candidates)."""
        if self.events_read is None or not person_ids or not extracted.date:
            return None
        # the database differs from what was read only in events taken already: with those
        # the event's own query would still be under its limit, so it would return these
        if self.events_read_rows + len(self.taken_events) > MAX_CANDIDATES:
            return None
        window = timedelta(days=EVENT_WINDOW_DAYS)
        low, high = extracted.date - window, extracted.date + window
        found = []
        for item in self.events_read:
            row = item[0]
            if person_ids.isdisjoint(item[1]) or not _may_report(extracted, row):
                continue
            day = row[_EVENT_DATE]
            if day is not None and not low <= day <= high and row[0] not in self.source_events:
                continue
            found.append(item)
        return found

    def _event_rows(self, extracted: ExtractedEvent, person_ids: set[int]) -> list[tuple]:
        """Known events the extracted one may report (at most MAX_CANDIDATES), as rows of _EVENT_FIELDS."""
        if person_ids and person_ids <= self.created_persons:
            return []  # persons this article created take part in no stored event yet
        qs = Event.objects.all()
        if person_ids:
            qs = qs.filter(participations__person_id__in=person_ids)
        else:
            qs = qs.filter(participations__isnull=True)
            for code in set(extracted.countries):
                qs = qs.filter(countries__code=code)
        if extracted.date:
            window = timedelta(days=EVENT_WINDOW_DAYS)
            qs = qs.filter(
                self._linked_or_undated() | Q(date__range=(extracted.date - window, extracted.date + window))
            )
        return list(qs.distinct().order_by("pk").values_list(*_EVENT_FIELDS)[:MAX_CANDIDATES])

    def _linked_or_undated(self) -> Q:
        """Known events without a date, or that this article reported before (a re-extraction):
        candidates whatever the date (by id: a join of the links would read every event)."""
        undated = Q(date__isnull=True)
        return undated | Q(pk__in=sorted(self.source_events)) if self.source_events else undated

    def _set_countries(self, event: Event, countries: set[str], codes_: list[str]) -> list | None:
        """What ``event.countries.set(codes_)`` does, without its history record or reading the
        countries again (new rows are inserted by ``_flush``); returns the event's through rows
        when they are all new, else None (``_flush`` reads them)."""
        through = Event.countries.through
        gone = countries - set(codes_)
        if gone:  # (only a known event has countries to lose)
            through.objects.filter(event_id=event.pk, country_id__in=gone).delete()
        added = [through(event=event, country_id=c) for c in codes_ if c not in countries]
        self.event_countries += added
        return added if not countries else None

    def _create_event(self, extracted: ExtractedEvent) -> Event:
        """A new event, inserted with its history record by ``_flush``."""
        plover_event, plover_mode = codes.plover(extracted.kind, extracted)
        event = Event(
            kind=extracted.kind,
            cameo_code=codes.cameo_code(extracted.kind, extracted),
            plover_event=plover_event,
            plover_mode=plover_mode,
            date=extracted.date,
            date_precision=extracted.date_precision or "",
            date_inferred=bool(extracted.date and extracted.date_inferred),
            end_date=extracted.end_date,
            status=extracted.status,
            location=(extracted.location or "")[:200],
            location_country=self._country(extracted.location_country),
            confidence=extracted.confidence,
        )
        event.title = self._title(event, extracted)
        self.new_events.append(event)
        return event

    def _title(self, event: Event, extracted: ExtractedEvent) -> str:
        names = [self.persons[p.person].name for p in extracted.participants if p.person in self.persons]
        who = ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
        if not who:
            who = "–".join(extracted.countries)
        where = f" in {event.location}" if event.location else ""
        return f"{event.get_kind_display()}: {who}{where}"[:300]

    def _update_event(self, event: Event, match: KnownEvent, extracted: ExtractedEvent) -> bool:
        """Merge what this article adds; fields a curator touched, or a reviewed event's, stay."""
        if event.review_status != ReviewStatus.EXTRACTED:
            return False
        updates = resolve.merge_event_fields(match, extracted)
        self._date_updates(event, extracted, updates)
        changed = False
        for name, value in updates.items():
            if name in event.curated_fields or name == "countries" or not hasattr(event, name):
                continue  # countries are added (never replaced) by the caller
            if name == "location_country":
                value = self._country(value)
            if name == "date_precision":
                value = value or ""
            if name == "location":
                value = (value or "")[:200]
            if getattr(event, name) != value:
                setattr(event, name, value)
                changed = True
        if changed:
            if "kind" in updates:
                event.cameo_code = codes.cameo_code(event.kind, extracted)
                event.plover_event, event.plover_mode = codes.plover(event.kind, extracted)
            event.confidence = max(event.confidence, extracted.confidence)
            event.version += 1  # a curator's form loaded before this update is now stale
            _save_without_history(event)  # the caller records the change
        return changed

    def _date_updates(self, event: Event, extracted: ExtractedEvent, updates: dict) -> None:
        """Settles the date fields of ``updates`` (``resolve.merge_event_fields``'s) for a known
        event: a date an article states beats one inferred from the story's day whichever came
        first (then the more precise wins), ``date_inferred`` goes with the date kept, and a
        date a curator touched (date, precision or flag) stays whole."""
        stated = bool(extracted.date) and not extracted.date_inferred
        if not _DATE_FIELDS.isdisjoint(event.curated_fields):
            for name in _DATE_FIELDS:
                updates.pop(name, None)
        elif "date" in updates and not stated and event.date is not None and not event.date_inferred:
            del updates["date"], updates["date_precision"]  # the story's day is no correction
        elif "date" in updates:  # a more precise date than the event's, or its first
            updates["date_inferred"] = not stated
        elif stated and (event.date is None or event.date_inferred):
            updates.update(date=extracted.date, date_precision=extracted.date_precision, date_inferred=False)
        elif event.pk in self.sole_source_events and extracted.date == event.date:
            # a forced re-extraction of the event's only article says how its date was found
            updates["date_inferred"] = bool(extracted.date) and not stated


_EVENT_FIELDS = tuple(f.attname for f in Event._meta.concrete_fields)
# An event's date as one fact: a curator who edits one of these keeps all three.
_DATE_FIELDS = frozenset({"date", "date_precision", "date_inferred"})
_EVENT_DATE, _EVENT_KIND, _EVENT_STATUS = (_EVENT_FIELDS.index(f) for f in ("date", "kind", "status"))
# What resolution reads of a candidate person (in the order of Person's fields, for from_db).
_PERSON_ROW_FIELDS = tuple(
    f.attname for f in Person._meta.concrete_fields if f.attname in {"id", "name", "match_key", "country_id"}
)


class _PersonRow(NamedTuple):
    """A stored person as resolution sees it; ``Person.from_db(db, _PERSON_ROW_FIELDS, row)``
    makes the one matched a model (its other fields deferred)."""

    id: int
    name: str
    match_key: str
    country_id: str | None


class _HeldTenure(NamedTuple):
    """A stored tenure of a candidate person: whether it is held, since and until when."""

    pk: int
    office_id: int
    start: date | None
    end: date | None


def _may_report(extracted: ExtractedEvent, row: tuple) -> bool:
    """Whether ``resolve.match_event`` can take a known event (a row of _EVENT_FIELDS) for the
    extracted one: kinds of one family and the same status (``resolve.event_match_score``)."""
    return FAMILIES.get(extracted.kind) == FAMILIES.get(row[_EVENT_KIND]) and extracted.status == row[_EVENT_STATUS]


def _people_and_countries(rows: list[tuple]) -> tuple[dict, dict]:
    """Of each event row, in two queries: its participants ({person id: person's country}) and
    its countries."""
    people: dict[int, dict[int, str | None]] = {row[0]: {} for row in rows}
    countries: dict[int, set[str]] = {row[0]: set() for row in rows}
    if rows:
        for event_id, person_id, code in Participation.objects.filter(event_id__in=people).values_list(
            "event_id", "person_id", "person__country_id"
        ):
            people[event_id][person_id] = code
        for event_id, code in Event.countries.through.objects.filter(event_id__in=people).values_list(
            "event_id", "country_id"
        ):
            countries[event_id].add(code)
    return people, countries


def _aliases(persons: Iterable[int]) -> dict[int, list[str]]:
    """The aliases of each person, in one query of plain values."""
    aliases: dict[int, list[str]] = {pk: [] for pk in persons}
    if aliases:
        for pk, name in PersonAlias.objects.filter(person_id__in=aliases).values_list("person_id", "name"):
            aliases[pk].append(name)
    return aliases


def _tenures(persons: Iterable[int]) -> tuple[dict[int, list[str]], dict[int, list[_HeldTenure]]]:
    """Of each person, in one query of plain values: the titles of the offices held, and the tenures."""
    titles: dict[int, list[str]] = {pk: [] for pk in persons}
    tenures: dict[int, list[_HeldTenure]] = {pk: [] for pk in persons}
    if titles:
        held = Tenure.objects.filter(person_id__in=titles).values_list(
            "person_id", "pk", "office_id", "start", "end", "office__title"
        )
        for pk, *row, title in held:
            tenures[pk].append(_HeldTenure(*row))
            titles[pk].append(title)
    return titles, tenures


def _name_tokens(names: Iterable[str]) -> list[tuple[str, ...]]:
    """The folded tokens of each name, as ``resolve.match_person`` compares them."""
    return [tokens for name in dict.fromkeys(names) if (tokens := _folded_tokens(name))]


@functools.lru_cache(maxsize=1 << 16)
def _folded_tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())  # (the same few thousand names come back article after article)


def _names_may_match(mine: list[Sequence[str]], theirs: list[Sequence[str]]) -> bool:
    """Whether ``resolve.match_person`` gives two persons' names (folded tokens) a score above 0:
    when both have full names, only those are compared (``resolve._best_name_score``)."""
    full_mine, full_theirs = [n for n in mine if len(n) >= 2], [n for n in theirs if len(n) >= 2]
    if full_mine and full_theirs:
        mine, theirs = full_mine, full_theirs
    return any(resolve.name_score(a, b) > 0 for a in mine for b in theirs)


def _save_without_history(obj) -> None:
    """``obj.save()`` without simple_history's record: the caller records it (``_record``)."""
    obj.skip_history_when_saving = True
    try:
        obj.save()
    finally:
        del obj.skip_history_when_saving


@functools.cache
def _historical_model(model):
    """simple_history's model of ``model``'s history (``model.history`` builds a manager class each time)."""
    return model.history.model


@functools.cache
def _HistoricalEventCountries():
    """simple_history's model of the event-country rows of each historical event."""
    return Event.history.model._meta.get_field("historicalevent_countries").related_model


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(Country.objects.values_list("code", flat=True))


def _not_same_pairs(known: dict[int, Person | _PersonRow]) -> dict[int, set[int]]:
    pairs: dict[int, set[int]] = {}
    if not known:
        return pairs
    rows = NotSamePerson.objects.filter(Q(person_id__in=known) | Q(other_id__in=known)).values_list(
        "person_id", "other_id"
    )
    for a, b in rows:
        pairs.setdefault(a, set()).add(b)
        pairs.setdefault(b, set()).add(a)
    return pairs


def _better_name(new: str, old: str) -> bool:
    """A fuller spelling ("Mehmet Ahmet Yılmaz" over "Ahmet Yilmaz") or one with its diacritics."""
    new_tokens, old_tokens = len(new.split()), len(old.split())
    if new_tokens != old_tokens:
        return new_tokens > old_tokens
    if fold(new) == fold(old):
        return sum(not c.isascii() for c in new) > sum(not c.isascii() for c in old)
    return False
