"""Wire idioms for diplomatic events, on invented sentences: nouns and set phrases that tell a
meeting, call, agreement or withdrawal, and negations that tell none."""

from datetime import date

import pytest

from tests.extraction.test_events import participants

ON = date(2019, 11, 20)


@pytest.mark.parametrize(
    ("text", "kind", "people"),
    [
        (
            "Canadian Prime Minister John Bell spent an hour with Mexican President Ana Torres in Ottawa on Monday.",
            "meeting",
            {"John Bell", "Ana Torres"},
        ),
        (
            "British Prime Minister Jane Hale sat down with Irish Taoiseach Sean Byrne in London on Thursday.",
            "meeting",
            {"Jane Hale", "Sean Byrne"},
        ),
        (
            "Israeli Prime Minister David Levi and Egyptian President Omar Fathy discussed the crisis by "
            "telephone on Sunday.",
            "call",
            {"David Levi", "Omar Fathy"},
        ),
        (
            "German Chancellor Klaus Berger held a video conference with Chinese President Zhang Wei on Tuesday.",
            "call",
            {"Klaus Berger", "Zhang Wei"},
        ),
        (
            "Greek Foreign Minister Nikos Pappas and Turkish Foreign Minister Ahmet Kaya put their signatures "
            "to the accord in Athens on Tuesday.",
            "agreement",
            {"Nikos Pappas", "Ahmet Kaya"},
        ),
        (
            "Vietnamese President Tran Minh and Philippine President Jose Reyes issued a joint declaration in "
            "Hanoi on Friday.",
            "agreement",
            {"Tran Minh", "Jose Reyes"},
        ),
    ],
)
def test_idioms_tell_events(extract, text, kind, people):
    r = extract(text, ON)
    assert [(e.kind, participants(r, e)) for e in r.events] == [(kind, people)]


def test_press_conference_is_no_call(extract):
    r = extract("German Chancellor Klaus Berger held a news conference in Berlin on Tuesday.", ON)
    assert r.events == []


def test_discussing_a_phone_call_is_no_call_by_itself(extract):
    r = extract("Japanese Foreign Minister Kenji Sato discussed calls for a ceasefire with reporters.", ON)
    assert [e for e in r.events if e.kind == "call"] == []


def test_restoring_ties_is_an_agreement_between_the_two_states(extract):
    r = extract("Qatar and Bahrain restored diplomatic ties on Thursday.", ON)
    (e,) = r.events
    assert (e.kind, set(e.countries)) == ("agreement", {"QA", "BH"})


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania declared the Russian ambassador, Oleg Ivanov, persona non grata on Friday.",
        "Peru ordered the Bolivian ambassador, Rene Quispe, to leave the country on Monday.",
        "Ghana gave two Nigerian diplomats 72 hours to leave the country on Thursday.",
    ],
)
def test_envoys_told_to_go_are_withdrawals(extract, text):
    r = extract(text, ON)
    assert [e.kind for e in r.events] == ["withdrawal"]


def test_an_ambassador_declaring_something_is_no_withdrawal(extract):
    r = extract("The Russian ambassador, Oleg Ivanov, declared on Friday that ties were strong.", ON)
    assert r.events == []


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Zhang Wei did not meet Japanese Prime Minister Kenji Sato in Beijing on Monday.",
        "Chinese President Zhang Wei refused to meet Japanese Prime Minister Kenji Sato on Monday.",
        "No meeting between Chinese President Zhang Wei and Japanese Prime Minister Kenji Sato is planned.",
        "Chinese President Zhang Wei did not hold talks with Japanese Prime Minister Kenji Sato on Monday.",
        "Chinese President Zhang Wei would not rule out a visit to Japan, he said on Monday.",
    ],
)
def test_denied_events_are_not_events(extract, text):
    assert extract(text, ON).events == []


def test_not_only_is_no_negation(extract):
    r = extract(
        "Chinese President Zhang Wei met not only Japanese Prime Minister Kenji Sato but also South Korean "
        "President Park Min on Monday.",
        ON,
    )
    assert r.events
