"""Queries (and rows read) of storing an article: a fixed budget, the same however much is stored already."""

from collections import Counter
from datetime import date, timedelta

import pytest
from django.db import connection
from django.db.models.query import FlatValuesListIterable, ModelIterable, ValuesIterable, ValuesListIterable
from django.test.utils import CaptureQueriesContext

from diplomacy.extraction.types import (
    Article,
    ArticleResult,
    Evidence,
    ExtractedEvent,
    ExtractedPerson,
    OfficeMention,
    Participant,
)
from diplomacy.models import Event, EventSource, Person, Source, Tenure
from diplomacy.services import article_store

pytestmark = pytest.mark.django_db

# Storing a report of people and an event the database already holds (the common case)
# took 46 queries (47 on PostgreSQL, which also takes the writer lock) before the loader
# read candidates as plain values and dropped its get_or_create savepoints; a report that
# creates them all took 119. Then 26 and 64 (27 and 65 on PostgreSQL); with the history
# rows, aliases, tenures, events and their links inserted in one query per table at the end
# of the article, 25 and 42 (26 and 43 on PostgreSQL); with the persons every name of the
# article may name read once per article, and their name keys written at the end, 18 and 38
# (19 and 39 on PostgreSQL); with the persons read along with their name keys, and no
# candidate events read for persons the article has just created, 16 and 37 (17 and 38).
# An article's events read their candidates together (test below).
BUDGET_KNOWN = 17
BUDGET_NEW = 38


def sentence(text: str, word: str) -> Evidence:
    start = text.index(word)
    return Evidence(sentence=word, start=start, end=start + len(word), highlights=((start, start + len(word)),))


def article(n: int, events: int = 1) -> ArticleResult:
    """The n-th report of one meeting of three officials (texts differ, facts do not), and of
    their calls a month apart after it when ``events`` is more than one."""
    text = (
        f"Report {n}. Foreign Minister Amir Haddad of Turkey met Israeli Foreign Minister Lena Novak "
        "and UN envoy Carlos Okafor in Ankara on Monday."
    )
    persons = [
        ExtractedPerson(
            key=f"p{i}",
            name=name,
            aliases=[name, name.split()[-1]],
            country=country,
            offices=[OfficeMention(title=title, country=country, organization=org, evidence=sentence(text, title))],
            evidence=[sentence(text, name)],
        )
        for i, (name, title, country, org) in enumerate(
            [
                ("Amir Haddad", "Foreign Minister", "TR", None),
                ("Lena Novak", "Foreign Minister", "IL", None),
                ("Carlos Okafor", "envoy", None, "UN"),
            ],
            start=1,
        )
    ]
    meeting = ExtractedEvent(
        kind="meeting",
        date=date(2022, 3, 7),
        date_precision="day",
        location="Ankara",
        location_country="TR",
        countries=["IL", "TR"],
        participants=[
            Participant(person="p1", role="host", country="TR"),
            Participant(person="p2", role="guest", country="IL"),
            Participant(person="p3"),
        ],
        evidence=[sentence(text, "met")],
        trigger="met",
        confidence=0.8,
    )
    calls = [
        ExtractedEvent(
            kind="call",
            date=date(2022, 3, 7) + timedelta(days=30 * k),
            date_precision="day",
            countries=["IL", "TR"],
            participants=[Participant(person="p1", country="TR"), Participant(person="p2", country="IL")],
            evidence=[sentence(text, "met")],
            trigger="met",
            confidence=0.8,
        )
        for k in range(1, events)
    ]
    return ArticleResult(
        article=Article(name=f"report-{n}.txt", text=text, published=date(2022, 3, 8)),
        persons=persons,
        events=[meeting, *calls],
    )


def store(n: int, events: int = 1) -> int:
    """Stores the n-th report; returns the number of queries it took."""
    with CaptureQueriesContext(connection) as queries:
        assert article_store(result=article(n, events)).state == "stored"
    return len(queries)


@pytest.fixture
def rows_read(monkeypatch) -> Counter:
    """Rows the ORM reads, per model, from now on."""
    counts = Counter()
    for iterable in (ModelIterable, ValuesIterable, ValuesListIterable, FlatValuesListIterable):

        def counting(self, rows=iterable.__iter__):
            for row in rows(self):
                counts[self.queryset.model] += 1
                yield row

        monkeypatch.setattr(iterable, "__iter__", counting)
    return counts


def test_a_new_article_about_new_people_stays_within_budget():
    assert store(0) <= BUDGET_NEW
    assert (Person.objects.count(), Event.objects.count()) == (3, 1)


def test_an_article_about_known_people_stays_within_budget_however_many_reports_are_stored():
    store(0)
    second = store(1)
    assert second <= BUDGET_KNOWN
    for n in range(2, 12):
        store(n)
    # no query per stored report, person or event: the twelfth costs what the second did
    assert store(12) == second
    assert (Person.objects.count(), Event.objects.count(), Source.objects.count()) == (3, 1, 13)


def one_person(name: str, n: int) -> ArticleResult:
    text = f"Note {n}. Trade Minister {name} of Ghana spoke."
    person = ExtractedPerson(
        key="p1",
        name=name,
        aliases=[name],
        country="GH",
        offices=[OfficeMention(title="Trade Minister", country="GH", evidence=sentence(text, "Trade Minister"))],
        evidence=[sentence(text, name)],
    )
    return ArticleResult(
        article=Article(name=f"note-{n}.txt", text=text, published=date(2021, 5, 4)), persons=[person], events=[]
    )


def test_an_articles_events_read_their_candidates_together():
    # before: three queries per event (its candidates, their participants, their countries)
    store(0, events=4)
    assert store(1, events=4) <= BUDGET_KNOWN
    assert Event.objects.count() == 4
    assert EventSource.objects.count() == 8


def test_the_offices_of_a_family_names_other_bearers_are_not_read(rows_read):
    # before: every bearer's tenures were read, to compare office titles with the person named
    article_store(result=one_person("Zeno Mensah", 0))
    for n, first in enumerate(["Abel", "Basil", "Cyrus", "Dario", "Elias", "Felix"], start=1):
        article_store(result=one_person(f"{first} Mensah", n))
    assert Tenure.objects.count() == 7
    rows_read.clear()
    assert article_store(result=one_person("Zeno Mensah", 9)).state == "stored"
    assert rows_read[Tenure] == 1
    assert Person.objects.count() == 7


def test_a_family_name_shared_by_more_persons_than_the_candidate_limit_still_finds_the_person_named(monkeypatch):
    # stored before its namesakes, and last of them in alphabetical order
    article_store(result=one_person("Zeno Mensah", 0))
    for n, first in enumerate(["Abel", "Basil", "Cyrus", "Dario", "Elias", "Felix"], start=1):
        article_store(result=one_person(f"{first} Mensah", n))
    monkeypatch.setattr("diplomacy.services.MAX_CANDIDATES", 3)
    assert article_store(result=one_person("Zeno Mensah", 9)).state == "stored"
    assert Person.objects.filter(name="Zeno Mensah").count() == 1
    assert Person.objects.count() == 7
