from datetime import date

from diplomacy.extraction.resolve import (
    candidate_keys,
    match_event,
    match_person,
    merge_event_fields,
    merge_person_names,
)
from diplomacy.extraction.types import (
    ExtractedEvent,
    ExtractedPerson,
    KnownEvent,
    KnownPerson,
    OfficeMention,
    Participant,
)


def person(name, *aliases, country=None, title=None):
    offices = [OfficeMention(title=title, country=country)] if title else []
    return ExtractedPerson(key="p1", name=name, aliases=[name, *aliases], country=country, offices=offices)


def test_candidate_keys_block_spellings_together():
    assert candidate_keys(["İbrahim Kalın"]) & candidate_keys(["Ibrahim Kalin"])
    assert candidate_keys(["Eyal Shuiki"]) & candidate_keys(["Eyal Shviki"])
    assert candidate_keys(["Tayyip Erdogan"]) & candidate_keys(["Recep Tayyip Erdoğan"])


def test_diacritics_and_dotless_i():
    known = [KnownPerson(1, "İbrahim Kalın", ("Kalın",), "TR")]
    assert match_person(person("Ibrahim Kalin", country="TR"), known).id == 1


def test_transliterations():
    assert match_person(person("Sadat Onal", country="TR"), [KnownPerson(2, "Sedat Önal", (), "TR")]).id == 2
    assert match_person(person("Eyal Shviki", country="IL"), [KnownPerson(3, "Eyal Shuiki", (), "IL")]).id == 3


def test_partial_name():
    known = [KnownPerson(4, "Recep Tayyip Erdoğan", ("Erdoğan",), "TR")]
    assert match_person(person("Tayyip Erdogan", country="TR"), known).id == 4


def test_conflicting_first_names_never_merge():
    known = [KnownPerson(5, "Isaac Herzog", ("Herzog",), "IL", ("President",))]
    assert match_person(person("Aura Herzog"), known) is None


def test_bare_surname_only_when_unambiguous():
    herzog = KnownPerson(5, "Isaac Herzog", ("Herzog",), "IL")
    assert match_person(person("Herzog", country="IL"), [herzog]).id == 5
    other = KnownPerson(6, "Chaim Herzog", ("Herzog",), "IL")
    assert match_person(person("Herzog", country="IL"), [herzog, other]) is None


def test_different_country_blocks_a_fuzzy_match():
    assert match_person(person("Sadat Onal", country="EG"), [KnownPerson(2, "Sedat Önal", (), "TR")]) is None


def test_not_same_as_keeps_rivals_apart():
    a = KnownPerson(7, "John Smith", (), "GB", not_same_as=(8,))
    b = KnownPerson(8, "John Smith", (), "GB", not_same_as=(7,))
    assert match_person(person("John Smith", country="GB"), [a, b]) is None


def _event(
    kind="meeting",
    d=date(2022, 2, 17),
    precision="day",
    people=("p1", "p2"),
    status="occurred",
    countries=("IL", "TR"),
):
    return ExtractedEvent(
        kind=kind,
        date=d,
        date_precision=precision if d else None,
        status=status,
        countries=list(countries),
        participants=[Participant(p) for p in people],
    )


def test_match_event_same_people_compatible_kind_and_date():
    known = KnownEvent(10, "meeting", date(2022, 2, 17), "day", "occurred", ("IL", "TR"), (1, 2, 3))
    assert match_event(_event(kind="visit", d=None), {"p1": 1, "p2": 2}, [known]).id == 10
    assert match_event(_event(d=date(2022, 3, 2)), {"p1": 1, "p2": 2}, [known]) is None
    assert match_event(_event(status="planned"), {"p1": 1, "p2": 2}, [known]) is None
    assert match_event(_event(kind="call"), {"p1": 1, "p2": 2}, [known]) is None


def test_match_event_needs_overlapping_people():
    known = KnownEvent(11, "meeting", None, None, "occurred", ("IL", "US"), (1, 9))
    assert match_event(_event(d=None), {"p1": 1, "p2": None}, [known]) is None


def test_participantless_events_match_on_countries_and_date():
    known = KnownEvent(12, "withdrawal", date(2018, 1, 1), "year", "occurred", ("IL", "TR"), ())
    new = _event(kind="withdrawal", d=date(2018, 1, 1), precision="year", people=())
    assert match_event(new, {}, [known]).id == 12


def test_merge_fields_upgrade_precision_and_names():
    known = KnownEvent(13, "visit", date(2022, 3, 1), "month", "planned", ("IL",), (1,))
    new = _event(kind="visit", d=date(2022, 3, 9), status="planned")
    new.end_date = date(2022, 3, 10)
    fields = merge_event_fields(known, new)
    assert fields["date"] == date(2022, 3, 9) and fields["date_precision"] == "day"
    assert fields["end_date"] == date(2022, 3, 10) and fields["countries"] == ["IL", "TR"]
    name, aliases = merge_person_names("Tayyip Erdogan", [], person("Recep Tayyip Erdoğan", "Erdoğan"))
    assert name == "Recep Tayyip Erdoğan" and "Tayyip Erdogan" in aliases


def test_arabic_name_without_its_family_name():
    from diplomacy.extraction.resolve import name_score

    assert name_score(["khalid", "bin", "nasser"], ["khalid", "bin", "nasser", "al", "thani"]) >= 0.85
    assert name_score(["khalid", "bin", "nasser"], ["khalid", "bin", "hamad", "al", "thani"]) == 0.0
    assert candidate_keys(["Khalid bin Nasser"]) & candidate_keys(["Khalid bin Nasser Al Thani"])


def test_a_spelled_out_middle_initial_tells_father_from_son_even_with_office_and_country_alike():
    son = KnownPerson(id=7, name="Henry J. Walker", aliases=("Walker",), country="US", office_titles=("President",))
    assert match_person(person("Henry Walker", "Walker", country="US", title="President"), [son]) is None
    assert match_person(person("Henry A.J. Walker", country="US", title="President"), [son]) is None
    assert match_person(person("Henry J. Walker", "Walker", country="US", title="President"), [son]) == son


def test_initials_against_a_given_name_with_another_initial_are_two_people(extract):
    r = extract(
        "JOHANNESBURG, Sept 12 (Reuters) - President P.W. Vorster met Mozambican President Carlos Mabote on "
        "Monday. Foreign Minister Pik Vorster also held talks with Mabote's foreign minister, Lucas Tembe.",
        date(1988, 9, 12),
    )
    assert {"P.W. Vorster", "Pik Vorster"} <= {p.name for p in r.persons}


def test_a_date_inferred_from_the_story_day_neither_blocks_nor_confirms_a_match():
    stated = KnownEvent(12, "meeting", date(2022, 2, 16), "day", "occurred", ("IL", "TR"), (1, 2))
    inferred = _event(d=date(2022, 2, 17))
    inferred.date_inferred = True
    assert match_event(inferred, {"p1": 1, "p2": 2}, [stated]).id == 12
    # and a known event whose day was only inferred takes a report that states another day
    guessed = KnownEvent(13, "meeting", date(2022, 2, 17), "day", "occurred", ("IL", "TR"), (1, 2), date_inferred=True)
    assert match_event(_event(d=date(2022, 2, 16)), {"p1": 1, "p2": 2}, [guessed]).id == 13
    # stated days that differ are two encounters
    assert match_event(_event(d=date(2022, 2, 17)), {"p1": 1, "p2": 2}, [stated]) is None
