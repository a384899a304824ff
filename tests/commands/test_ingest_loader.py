"""What the loader does with what it has stored: other spellings of a person among namesakes,
a fuller name, a country, a tenure seen again, a copy of an article (queries: test_ingest_queries)."""

from datetime import date
from itertools import product

import pytest

from diplomacy.extraction import resolve
from diplomacy.extraction.text import fold
from diplomacy.extraction.types import (
    EVENT_KINDS,
    STATUSES,
    Article,
    ArticleResult,
    ExtractedEvent,
    ExtractedPerson,
    KnownEvent,
    KnownPerson,
    OfficeMention,
    Participant,
)
from diplomacy.models import Event, Person, PersonAlias, Source, Tenure
from diplomacy.services import _EVENT_FIELDS, _may_report, _names_may_match, article_store
from tests.commands.test_ingest_queries import sentence

pytestmark = pytest.mark.django_db


def note(name: str, n: int, *, country: str | None = "GH", published: date | None = date(2021, 5, 4)) -> ArticleResult:
    """The n-th note naming one official (with an office when the country is known)."""
    text = f"Note {n}. Trade Minister {name} spoke."
    offices = []
    if country:
        offices = [OfficeMention(title="Trade Minister", country=country, evidence=sentence(text, "Trade Minister"))]
    person = ExtractedPerson(
        key="p1",
        name=name,
        aliases=[name],
        country=country,
        offices=offices,
        evidence=[sentence(text, name)],
    )
    return ArticleResult(
        article=Article(name=f"note-{n}.txt", text=text, published=published), persons=[person], events=[]
    )


def stored(result: ArticleResult) -> None:
    assert article_store(result=result).state == "stored"


@pytest.mark.parametrize(
    "name, spelling, country",
    [
        ("Sedat Önal", "Sadat Onal", "TR"),
        ("Eyal Shuiki", "Eyal Shviki", "IL"),
        ("Recep Tayyip Erdoğan", "Tayyip Erdogan", "TR"),
    ],
)
def test_another_spelling_of_a_stored_person_is_them_among_namesakes(name, spelling, country):
    stored(note(name, 0, country=country))
    family = name.split()[-1]
    for n, given in enumerate(["Amos", "Dana", "Lena", "Omar"], start=1):
        stored(note(f"{given} {family}", n, country=country))
    assert Person.objects.count() == 5  # a shared family name alone joins no one
    stored(note(spelling, 9, country=country))
    assert Person.objects.count() == 5
    person = Person.objects.get(aliases__name=spelling)
    assert person.name == name
    assert set(person.aliases.values_list("name", flat=True)) == {name, spelling}


def test_a_fuller_spelling_renames_a_stored_person_and_records_it():
    stored(note("Tayyip Erdogan", 0, country="TR"))
    person = Person.objects.get()
    stored(note("Recep Tayyip Erdoğan", 1, country="TR"))
    renamed = Person.objects.get()
    assert (renamed.pk, renamed.uuid) == (person.pk, person.uuid)
    assert (renamed.name, renamed.match_key, renamed.version) == ("Recep Tayyip Erdoğan", "recep tayyip erdogan", 2)
    change = renamed.history.first()
    assert change.history_type == "~"
    assert (change.name, change.uuid, change.version, change.created_at) == (
        renamed.name,
        person.uuid,
        2,
        person.created_at,
    )


def test_a_name_a_curator_edited_is_kept():
    stored(note("Tayyip Erdogan", 0, country="TR"))
    person = Person.objects.get()
    person.curated_fields = ["name"]
    person.save()
    stored(note("Recep Tayyip Erdoğan", 1, country="TR"))
    person.refresh_from_db()
    assert (person.name, person.version) == ("Tayyip Erdogan", 1)
    assert PersonAlias.objects.filter(person=person, match_key=fold("Recep Tayyip Erdoğan")).exists()


def test_a_stored_person_without_a_country_takes_the_one_a_later_article_gives():
    stored(note("Kwame Mensah", 0, country=None))
    stored(note("Kwame Mensah", 1, country="GH"))
    person = Person.objects.get()
    assert (person.country_id, person.version) == ("GH", 2)
    assert person.history.first().country_id == "GH"


def test_reports_before_and_after_widen_a_stored_tenure_and_record_it():
    stored(note("Kwame Mensah", 0, published=date(2021, 5, 4)))
    stored(note("Kwame Mensah", 1, published=date(2021, 6, 10)))
    stored(note("Kwame Mensah", 2, published=date(2021, 3, 1)))
    stored(note("Kwame Mensah", 3, published=date(2021, 4, 1)))  # within: nothing to change
    tenure = Tenure.objects.get()
    assert (tenure.start, tenure.end) == (date(2021, 3, 1), date(2021, 6, 10))
    assert [(h.history_type, h.start, h.end) for h in tenure.history.order_by("history_id")] == [
        ("+", date(2021, 5, 4), date(2021, 5, 4)),
        ("~", date(2021, 5, 4), date(2021, 6, 10)),
        ("~", date(2021, 3, 1), date(2021, 6, 10)),
    ]


def wire(n: int, published: date | None) -> ArticleResult:
    words = " ".join(f"word{i}" for i in range(80))
    return ArticleResult(
        article=Article(name=f"copy-{n}.txt", text=f"{words} Copy {n}.", published=published), persons=[], events=[]
    )


@pytest.mark.parametrize("published", [date(2021, 5, 6), None])
def test_a_copy_of_a_stored_article_is_linked_to_it_as_a_near_duplicate(published):
    stored(wire(0, date(2021, 5, 4)))
    stored(wire(1, published))
    original, copy = Source.objects.order_by("pk")
    assert (original.duplicate_of_id, copy.duplicate_of_id) == (None, original.pk)


SPELLINGS = [
    ("Sedat Önal", ["Önal"]),
    ("Sadat Onal", []),
    ("Eyal Shuiki", ["Shuiki"]),
    ("Eyal Shviki", []),
    ("Recep Tayyip Erdoğan", ["Erdoğan"]),
    ("Tayyip Erdogan", []),
    ("Erdogan", []),
    ("Dana Levin", ["Levin"]),
    ("Amos Levin", []),
    ("Levin", []),
    ("Khalid bin Rashid Al Harbi", []),
    ("Khalid bin Rashid", []),
    ("Mehmet Öztürk", []),
    ("Mehmed Ozturk", []),
    ("Mehmet Ahmet Yılmaz", []),
    ("Ahmet Yilmaz", []),
    ("Park Min-jun", []),
    ("Min-jun Park", []),
    ("Kim Jong Un", []),
    ("Kim Jong-un", []),
    ("Lena Novak", []),
    ("Lena Nowak", []),
    ("Eyal Novak", []),
    ("Ayal Novak", []),
    ("Abdel Fattah al-Sisi", ["Sisi"]),
    ("Abdel Fattah el-Sisi", []),
    ("al-Sisi", []),
]


def test_the_loader_passes_over_only_the_persons_the_matcher_would():
    """``_names_may_match`` decides which stored persons ``resolve.match_person`` is asked about
    (and whose offices are read): it must say yes whenever the matcher's name score is above 0."""

    def tokens(name, aliases):
        return [fold(n).split() for n in dict.fromkeys([name, *aliases]) if fold(n)]

    for name, aliases in SPELLINGS:
        extracted = ExtractedPerson(key="p1", name=name, aliases=[name, *aliases])
        for other, other_aliases in SPELLINGS:
            known = KnownPerson(id=1, name=other, aliases=tuple(other_aliases))
            matcher = resolve._best_name_score(extracted, known) > 0
            assert _names_may_match(tokens(name, [name, *aliases]), tokens(other, other_aliases)) == matcher, (
                name,
                other,
            )


def test_the_loader_passes_over_only_the_events_the_matcher_would():
    """``_may_report`` decides which stored events ``resolve.match_event`` is asked about (and
    whose participants are read): a report of the same encounter must pass whatever its kind."""
    day = date(2022, 3, 7)
    for kind, status, known_kind, known_status in product(EVENT_KINDS, STATUSES, EVENT_KINDS, STATUSES):
        extracted = ExtractedEvent(
            kind=kind,
            status=status,
            date=day,
            date_precision="day",
            countries=["IL", "TR"],
            participants=[Participant(person="p1"), Participant(person="p2")],
        )
        known = KnownEvent(
            id=1,
            kind=known_kind,
            date=day,
            date_precision="day",
            status=known_status,
            countries=("IL", "TR"),
            participant_ids=(1, 2),
        )
        row = tuple({"id": 1, "kind": known_kind, "status": known_status}.get(f) for f in _EVENT_FIELDS)
        matcher = resolve.event_match_score(extracted, {1, 2}, known) > 0
        assert _may_report(extracted, row) == matcher, (kind, status, known_kind, known_status)


# -- dates inferred from the story's day


def talks(n: int, day: date | None, *, precision: str | None = "day", inferred: bool = False) -> ArticleResult:
    """The n-th report of one meeting of two officials, dated ``day`` (by the story's day when
    ``inferred``: the sentence gave no date of its own)."""
    text = f"Report {n}. Foreign Minister Amir Haddad met Foreign Minister Lena Novak."
    persons = [
        ExtractedPerson(key=f"p{i}", name=name, aliases=[name], country=country, evidence=[sentence(text, name)])
        for i, (name, country) in enumerate([("Amir Haddad", "TR"), ("Lena Novak", "IL")], start=1)
    ]
    meeting = ExtractedEvent(
        kind="meeting",
        date=day,
        date_precision=precision if day else None,
        date_inferred=inferred,
        countries=["IL", "TR"],
        participants=[Participant(person="p1", country="TR"), Participant(person="p2", country="IL")],
        evidence=[sentence(text, "met")],
        trigger="met",
    )
    return ArticleResult(
        article=Article(name=f"talks-{n}.txt", text=text, published=date(2022, 3, 8)), persons=persons, events=[meeting]
    )


SUNDAY, MARCH = date(2022, 3, 6), date(2022, 3, 1)


def dated(event: Event) -> tuple:
    return event.date, event.date_precision, event.date_inferred


@pytest.mark.parametrize("inferred", [True, False])
def test_a_new_event_keeps_whether_its_date_was_inferred_and_records_it(inferred):
    stored(talks(0, SUNDAY, inferred=inferred))
    event = Event.objects.get()
    assert dated(event) == (SUNDAY, "day", inferred)
    assert event.history.get().date_inferred is inferred


def test_an_undated_event_is_never_marked_inferred():
    stored(talks(0, None, inferred=True))
    assert dated(Event.objects.get()) == (None, "", False)


@pytest.mark.parametrize(
    "first, second, kept",
    [
        # a stated date replaces an inferred one, even a coarser one, and clears the flag
        ((SUNDAY, "day", True), (SUNDAY, "day", False), (SUNDAY, "day", False)),
        ((SUNDAY, "day", True), (MARCH, "month", False), (MARCH, "month", False)),
        # an inferred date is no correction of a stated one, even a finer one
        ((SUNDAY, "day", False), (SUNDAY, "day", True), (SUNDAY, "day", False)),
        ((MARCH, "month", False), (SUNDAY, "day", True), (MARCH, "month", False)),
        # an undated event takes either; the flag goes with the date taken
        ((None, None, False), (SUNDAY, "day", True), (SUNDAY, "day", True)),
        ((None, None, False), (SUNDAY, "day", False), (SUNDAY, "day", False)),
        # among inferred dates the finer one wins, still inferred
        ((MARCH, "month", True), (SUNDAY, "day", True), (SUNDAY, "day", True)),
    ],
)
def test_a_second_report_settles_the_date_and_its_flag(first, second, kept):
    stored(talks(0, first[0], precision=first[1], inferred=first[2]))
    event = Event.objects.get()
    stored(talks(1, second[0], precision=second[1], inferred=second[2]))
    updated = Event.objects.get()
    assert updated.pk == event.pk and updated.sources.count() == 2
    assert dated(updated) == kept
    assert updated.history.latest().date_inferred == kept[2]


def test_the_order_of_two_reports_does_not_change_the_date_kept():
    reports = [(SUNDAY, "day", True), (MARCH, "month", False)]
    kept = []
    for order in (reports, reports[::-1]):
        Event.objects.all().delete()
        Source.objects.all().delete()
        for n, (day, precision, inferred) in enumerate(order):
            stored(talks(n, day, precision=precision, inferred=inferred))
        kept.append(dated(Event.objects.get()))
    assert kept == [(MARCH, "month", False)] * 2


@pytest.mark.parametrize("edited", [["date"], ["date_precision"], ["date_inferred"]])
def test_a_date_a_curator_touched_is_never_replaced(edited):
    stored(talks(0, SUNDAY, inferred=True))
    event = Event.objects.get()
    event.curated_fields = edited
    event.save()
    stored(talks(1, MARCH, precision="month"))
    event.refresh_from_db()
    assert dated(event) == (SUNDAY, "day", True)
    assert event.sources.count() == 2


def test_a_forced_re_extraction_of_the_only_article_sets_the_flag_of_an_event_stored_before_it():
    stored(talks(0, SUNDAY))
    Event.objects.update(date_inferred=False)  # as stored before the extractor told
    assert article_store(result=talks(0, SUNDAY, inferred=True), force=True).state == "stored"
    assert dated(Event.objects.get()) == (SUNDAY, "day", True)
    assert article_store(result=talks(0, SUNDAY), force=True).state == "stored"
    assert dated(Event.objects.get()) == (SUNDAY, "day", False)


def test_a_forced_re_extraction_leaves_the_flag_of_a_date_another_article_states():
    stored(talks(0, SUNDAY))
    stored(talks(1, SUNDAY))
    assert article_store(result=talks(0, SUNDAY, inferred=True), force=True).state == "stored"
    event = Event.objects.get()
    assert dated(event) == (SUNDAY, "day", False) and event.sources.count() == 2
