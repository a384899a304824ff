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


def test_separate_calls_are_one_event_each(extract):
    r = extract(
        "Italian Prime Minister Paolo Verdi spoke with German Chancellor Klaus Berger and, separately, with "
        "French President Luc Morel on Tuesday.",
        ON,
    )
    assert sorted(sorted(participants(r, e)) for e in r.events if e.kind == "call") == [
        ["Klaus Berger", "Paolo Verdi"],
        ["Luc Morel", "Paolo Verdi"],
    ]


def test_telephoning_both_leaders_is_two_calls(extract):
    r = extract(
        "U.S. Secretary of State Mark Dunn telephoned both prime ministers, Indian Prime Minister Arun Rao "
        "and Pakistani Prime Minister Imran Qadir, on Sunday.",
        ON,
    )
    calls = [participants(r, e) for e in r.events if e.kind == "call"]
    assert sorted(map(sorted, calls)) == [["Arun Rao", "Mark Dunn"], ["Imran Qadir", "Mark Dunn"]]


def test_meeting_two_counterparts_together_stays_one_meeting(extract):
    r = extract(
        "Italian Prime Minister Paolo Verdi met German Chancellor Klaus Berger and French President Luc Morel "
        "in Rome on Tuesday.",
        ON,
    )
    assert [len(e.participants) for e in r.events] == [3]


def test_speaking_twice_in_two_months_is_two_calls(extract):
    r = extract(
        "Japanese Prime Minister Kenji Sato and Chinese President Zhang Wei met in Tokyo on Monday.\n\n"
        "The leaders had spoken twice by telephone this year, in February and again in September, when "
        "Sato proposed a visit.",
        ON,
    )
    calls = [e for e in r.events if e.kind == "call"]
    assert sorted(e.date for e in calls) == [date(2019, 2, 1), date(2019, 9, 1)]
    assert all(participants(r, e) == {"Kenji Sato", "Zhang Wei"} for e in calls)


def test_a_pair_of_months_are_two_dates():
    from diplomacy.extraction.dates import find_dates

    found = find_dates("They spoke in February and September.", date(2019, 11, 20))
    assert [d.date for d in found] == [date(2019, 2, 1), date(2019, 9, 1)]
    assert [d.date for d in find_dates("He and September Lee spoke.", date(2019, 11, 20))] == []


def test_a_deal_told_by_countries_takes_the_people_of_the_talks(extract):
    r = extract(
        "Chilean Foreign Minister Ana Robles met Argentine Foreign Minister Pablo Serra in Santiago on Monday. "
        "The two countries signed a deal on water sharing.",
        ON,
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert participants(r, deal) == {"Ana Robles", "Pablo Serra"}
    assert deal.date == date(2019, 11, 18)


def test_an_agreement_in_principle_after_days_of_talks(extract):
    r = extract(
        "Ethiopia and Eritrea agreed in principle on Friday to end their border dispute, capping three days "
        "of talks between Ethiopian Foreign Minister Haile Tesfaye and Eritrean Foreign Minister Osman Saleh "
        "that began on Wednesday.",
        date(2019, 11, 16),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert participants(r, deal) == {"Haile Tesfaye", "Osman Saleh"}
    assert deal.date == date(2019, 11, 15)


def test_a_deal_of_other_countries_keeps_to_its_countries(extract):
    r = extract(
        "Chilean Foreign Minister Ana Robles met Argentine Foreign Minister Pablo Serra in Santiago on Monday.\n\n"
        "Ethiopia and Eritrea signed a border treaty on Monday.",
        ON,
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert deal.participants == [] and set(deal.countries) == {"ET", "ER"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Indonesian President Budi Santoso received a phone call from Malaysian Prime Minister Ahmad Razak "
            "on Monday.",
            "call",
        ),
        (
            "In a call with Malaysian Prime Minister Ahmad Razak on Monday, Indonesian President Budi Santoso "
            "said ties were strong.",
            "call",
        ),
        (
            "Indonesian President Budi Santoso told Malaysian Prime Minister Ahmad Razak in a phone call on "
            "Monday that ties were strong.",
            "call",
        ),
        ("Polish President Andrzej Duda rang Ukrainian President Taras Shevchenko on Monday.", "call"),
        (
            "Polish President Andrzej Duda hosted a dinner for Ukrainian President Taras Shevchenko in Warsaw "
            "on Monday.",
            "meeting",
        ),
        (
            "Polish President Andrzej Duda had lunch with Ukrainian President Taras Shevchenko in Warsaw on Monday.",
            "meeting",
        ),
        (
            "Polish President Andrzej Duda is in Warsaw for talks with Ukrainian President Taras Shevchenko, "
            "officials said on Monday.",
            "meeting",
        ),
    ],
)
def test_nouns_in_a_phrase_take_the_clause_subject(extract, text, kind):
    r = extract(text, ON)
    assert [(e.kind, len(e.participants)) for e in r.events] == [(kind, 2)]


def test_a_state_dinner_naming_no_guest_is_no_meeting(extract):
    r = extract("Polish President Andrzej Duda attended a state dinner in Warsaw on Monday.", ON)
    assert r.events == []


def test_ringing_a_bell_is_no_call(extract):
    r = extract("Polish President Andrzej Duda rang the bell to open trading in Warsaw on Monday.", ON)
    assert r.events == []


def test_the_three_leaders_are_the_three_told_before(extract):
    r = extract(
        "Peruvian President Carlos Rojas, Ecuadoran President Luis Cevallos and Brazilian President Paulo "
        "Mendes met in Brasilia on Monday.\n\n"
        "The three presidents held a final round of talks over dinner on Tuesday.",
        ON,
    )
    assert sorted(len(e.participants) for e in r.events) == [3, 3]


def test_a_two_decade_journey_names_no_pair(extract):
    r = extract(
        "Peruvian President Carlos Rojas met Ecuadoran President Luis Cevallos in Lima on Monday.\n\n"
        "The visit capped a two-decade journey toward normal relations.",
        ON,
    )
    assert len(r.events) == 1


def test_exchanging_ambassadors_is_still_an_appointment(extract):
    r = extract("India and France exchanged ambassadors on Monday.", ON)
    assert [e.kind for e in r.events] == ["appointment"]


def test_a_participle_takes_the_noun_it_modifies_as_subject(extract):
    r = extract(
        "Indian Prime Minister Arun Rao, meeting French President Luc Morel in Paris on Monday, said ties were strong.",
        ON,
    )
    (e,) = r.events
    assert (e.kind, participants(r, e)) == ("meeting", {"Arun Rao", "Luc Morel"})


def test_leaving_for_a_capital_is_a_visit_there(extract):
    r = extract("Indian Prime Minister Arun Rao left for Washington on Monday.", ON)
    (e,) = r.events
    assert (e.kind, set(e.countries), e.location) == ("visit", {"IN", "US"}, "Washington")


def test_leaving_a_capital_is_no_visit(extract):
    r = extract("Indian Prime Minister Arun Rao left Washington on Monday.", ON)
    assert r.events == []


def test_the_expelling_state_is_a_party_to_the_withdrawal(extract):
    r = extract("Peru ordered the Bolivian ambassador, Rene Quispe, to leave the country on Monday.", ON)
    (e,) = r.events
    assert (e.kind, set(e.countries)) == ("withdrawal", {"PE", "BO"})
