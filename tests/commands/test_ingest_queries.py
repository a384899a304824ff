"""Query counts of storing an article: a fixed budget, the same however much is stored already."""

from datetime import date

import pytest
from django.db import connection
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
from diplomacy.models import Event, Person, Source
from diplomacy.services import article_store

pytestmark = pytest.mark.django_db

# Storing a report of people and an event the database already holds (the common case)
# took 46 queries (47 on PostgreSQL, which also takes the writer lock) before the loader
# read candidates as plain values and dropped its get_or_create savepoints; a report that
# creates them all took 119. Then 26 and 64 (27 and 65 on PostgreSQL); with the history
# rows, aliases, tenures, events and their links inserted in one query per table at the end
# of the article, 25 and 42 (26 and 43 on PostgreSQL); with the persons every name of the
# article may name read once per article, and their name keys written at the end, 18 and 38
# (19 and 39 on PostgreSQL).
BUDGET_KNOWN = 19
BUDGET_NEW = 39


def sentence(text: str, word: str) -> Evidence:
    start = text.index(word)
    return Evidence(sentence=word, start=start, end=start + len(word), highlights=((start, start + len(word)),))


def article(n: int) -> ArticleResult:
    """The n-th report of one meeting of three officials (texts differ, facts do not)."""
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
    event = ExtractedEvent(
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
    return ArticleResult(
        article=Article(name=f"report-{n}.txt", text=text, published=date(2022, 3, 8)),
        persons=persons,
        events=[event],
    )


def store(n: int) -> int:
    """Stores the n-th report; returns the number of queries it took."""
    with CaptureQueriesContext(connection) as queries:
        assert article_store(result=article(n)).state == "stored"
    return len(queries)


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


def test_a_family_name_shared_by_more_persons_than_the_candidate_limit_still_finds_the_person_named(monkeypatch):
    # stored before its namesakes, and last of them in alphabetical order
    article_store(result=one_person("Zeno Mensah", 0))
    for n, first in enumerate(["Abel", "Basil", "Cyrus", "Dario", "Elias", "Felix"], start=1):
        article_store(result=one_person(f"{first} Mensah", n))
    monkeypatch.setattr("diplomacy.services.MAX_CANDIDATES", 3)
    assert article_store(result=one_person("Zeno Mensah", 9)).state == "stored"
    assert Person.objects.filter(name="Zeno Mensah").count() == 1
    assert Person.objects.count() == 7
