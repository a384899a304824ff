"""Classes of wire writing found missing on the seventh round of dev sets (invented names and places)."""

from datetime import date

from spacy.tokens import Doc

from diplomacy.extraction.events import _kind_of, _scope
from tests.extraction.names import names_in


def test_an_encounter_told_without_a_date_in_a_dated_story_is_on_the_story_day(extract):
    r = extract(
        "BELGRAVIA, Oct. 9 (Kyodo) - Freedonia and Belgravia pledged on Sunday to double their trade.\n\n"
        "Prime Minister Anton Weller met Parliament Speaker Kemal Oren at the assembly building, "
        "a spokesman for Oren said.",
        date(2006, 10, 9),
    )
    (meeting,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, meeting) == {"Anton Weller", "Kemal Oren"}
    assert (meeting.date, meeting.date_precision, meeting.date_inferred) == (date(2006, 10, 8), "day", True)


def test_a_call_on_the_way_home_is_on_the_story_day_not_the_publication_day(extract):
    r = extract(
        "President Anton Weller ended his visit to Belgravia on Thursday.\n\n"
        "Weller spoke by telephone with Prime Minister Kemal Oren from his plane on his way home, "
        "his office said.",
        date(2019, 3, 1),
    )
    (call,) = [e for e in r.events if e.kind == "call"]
    assert (call.date, call.date_inferred) == (date(2019, 2, 28), True)


def test_an_undated_encounter_takes_the_day_its_own_sentence_names(extract):
    r = extract(
        "President Anton Weller arrived in Belgravia from Carpathia.\n\n"
        "On Friday he became the first Freedonian leader to meet a Belgravian king, holding 75 minutes of talks "
        "with King Otto Reyes at the palace.",
        date(1989, 12, 3),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert "Otto Reyes" in names_in(r, talks)
    assert (talks.date, talks.date_inferred) == (date(1989, 12, 1), False)


def test_what_happened_before_the_story_day_keeps_no_date(extract):
    for told in (
        "Prime Minister Anton Weller had held talks with Foreign Minister Otto Reyes at a hotel in the capital.",
        "Prime Minister Anton Weller has also asked to meet Foreign Minister Otto Reyes, officials said.",
        "Prime Minister Anton Weller previously held talks with Foreign Minister Otto Reyes in the capital.",
    ):
        (earlier,) = extract(told, date(2006, 10, 8)).events
        assert earlier.date is None and not earlier.date_inferred, told


def test_an_event_of_an_earlier_year_is_not_dated_to_the_story_day(extract):
    r = extract(
        "Weller was joined by his aide Otto Reyes, who signed the 1993 border accord on behalf of Freedonia.",
        date(1996, 9, 4),
    )
    (accord,) = [e for e in r.events if e.kind == "agreement"]
    assert accord.date is None or accord.date.year == 1993


def test_a_meeting_on_a_journey_takes_the_journeys_day_and_status(extract):
    r = extract(
        "President Anton Weller flies to Brussels on Monday to brief leaders of the alliance at a special "
        "session called by Secretary-General Kemal Oren.",
        date(1989, 12, 3),
    )
    (session,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, session) == {"Anton Weller", "Kemal Oren"}
    assert (session.date, session.status) == (date(1989, 12, 4), "planned")


def test_a_counterpart_the_parser_cut_from_a_bare_with_still_takes_part(nlp):
    # the parse the model gave a real lead: "with" left without its object, the counterpart made
    # the subject of the next verb
    words = ["President", "Anton", "Weller", "'s", "summit", "with", "Belgravian", "leader", "Kemal", "Oren",
             "collapsed", "on", "Thursday"]  # fmt: skip
    heads = [2, 2, 4, 2, 10, 4, 7, 9, 9, 10, 10, 10, 11]
    deps = ["compound", "compound", "poss", "case", "nsubj", "prep", "amod", "compound", "compound", "nsubj",
            "ROOT", "prep", "pobj"]  # fmt: skip
    pos = ["PROPN", "PROPN", "PROPN", "PART", "NOUN", "ADP", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "PROPN"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "B-DATE"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    summit = doc[4]
    assert summit.head.i == 10 and not list(doc[5].children)  # the bad parse as the model gives it

    toks, _ = _scope(summit)

    assert {8, 9} <= toks  # Kemal Oren


def test_speaking_by_telephone_with_two_leaders_is_two_calls(extract):
    r = extract(
        "President Anton Weller spoke by telephone with Belgravian President Kemal Oren and Carpathian Prime "
        "Minister Otto Reyes from his plane on Thursday, his office said.",
        date(2019, 2, 28),
    )
    calls = [e for e in r.events if e.kind == "call"]
    assert sorted(sorted(names_in(r, c)) for c in calls) == [
        ["Anton Weller", "Kemal Oren"],
        ["Anton Weller", "Otto Reyes"],
    ]


def test_a_conference_call_with_two_leaders_stays_one_call(extract):
    r = extract(
        "President Anton Weller spoke in a three-way conference call with Belgravian President Kemal Oren and "
        "Carpathian Prime Minister Otto Reyes on Thursday, his office said.",
        date(2019, 2, 28),
    )
    (call,) = [e for e in r.events if e.kind == "call"]
    assert names_in(r, call) == {"Anton Weller", "Kemal Oren", "Otto Reyes"}


def test_a_minister_recalling_two_named_envoys_from_two_states_is_two_withdrawals(extract):
    r = extract(
        "Ambassador Philippe Lemoine will return to Washington next week, the statement said.\n\n"
        "Foreign Minister Anton Weller recalled Lemoine and France's ambassador to Australia, Jean Dufresne, "
        "last Friday.",
        date(2021, 9, 23),
    )
    recalls = [e for e in r.events if e.kind == "withdrawal"]
    assert sorted(sorted(names_in(r, e)) for e in recalls) == [
        ["Anton Weller", "Jean Dufresne"],
        ["Anton Weller", "Philippe Lemoine"],
    ]
    assert all(e.date == date(2021, 9, 17) for e in recalls)


def test_talks_at_the_end_of_a_flight_are_in_the_whole_place_named(extract):
    r = extract(
        "Secretary of State Anton Weller flies to Saudi Arabia on Thursday for talks with King Otto Reyes.",
        date(1991, 1, 9),
    )
    (talks,) = r.events
    assert (talks.location, talks.status) == ("Saudi Arabia", "planned")


def test_a_visiting_minister_the_parser_made_a_verb_is_no_visit_of_its_own(nlp):
    # the parse the model gave a real lead: "with visiting Norwegian Foreign Minister X" as a verb
    # "visiting" with X its object
    words = ["Oren", "held", "talks", "with", "visiting", "Freedonian", "Foreign", "Minister", "Anton", "Weller"]
    heads = [1, 1, 1, 2, 3, 7, 7, 9, 9, 4]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "amod", "compound", "compound", "compound", "dobj"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "VERB", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    doc[4].lemma_ = "visit"

    assert _kind_of(doc[4]) is None
    assert _kind_of(doc[2]) == "meeting"


def test_who_stays_on_for_a_visit_makes_the_visit(extract):
    r = extract(
        "Prime Minister Kemal Oren told Weller he would do his best to keep the negotiations going.\n\n"
        "President Anton Weller, who arrived by train on Tuesday, will stay in Belgravia for an official "
        "goodwill visit on Friday and Saturday, the Belgravian Foreign Ministry said.",
        date(2019, 2, 28),
    )
    (visit,) = r.events
    assert (visit.kind, visit.status, visit.date) == ("visit", "planned", date(2019, 3, 1))
    assert names_in(r, visit) == {"Anton Weller"}


def test_talks_held_on_the_day_of_the_lead_are_not_taken_for_an_earlier_meeting(extract):
    r = extract(
        "OSTRAVA, Nov 19 (Reuters) - Anton Weller on Monday became the first sitting Freedonian president to "
        "visit Belgravia, holding talks with President Kemal Oren during a six-hour stop.\n\n"
        "Weller received Oren in Washington in September.",
        date(2012, 11, 19),
    )
    meetings = sorted((e.date, e.date_precision) for e in r.events if e.kind == "meeting")
    assert meetings == [(date(2012, 9, 1), "month"), (date(2012, 11, 19), "day")]


def test_a_clause_with_its_own_subject_does_not_share_the_first_clauses_date(extract):
    r = extract(
        "In July 2013 President Anton Weller and his Belgravian counterpart Kemal Oren met at the White House, "
        "and two years later Belgravian party chief Otto Reyes became the first party chief to visit "
        "Washington, meeting Weller in the Oval Office.",
        date(2023, 9, 10),
    )
    (later,) = [e for e in r.events if e.kind == "meeting" and "Otto Reyes" in names_in(r, e)]
    assert later.date is None or later.date.year == 2015


def test_the_two_leaders_are_the_heads_of_state_not_the_aides_who_met_last(extract):
    r = extract(
        "OSTRAVA (AP) — President Anton Weller's second summit with Belgravian leader Kemal Oren collapsed on "
        "Thursday.\n\n"
        "Foreign Minister Otto Reyes held talks with Belgravian Vice Chairman Ivan Petrov on Thursday.\n\n"
        "The two leaders had opened the summit on Wednesday evening with a dinner at the same hotel, joined by "
        "Reyes and chief of staff Paul Lemoine on one side and by Petrov on the other.",
        date(2019, 2, 28),
    )
    (dinner,) = [e for e in r.events if e.kind == "meeting" and e.date == date(2019, 2, 27)]
    assert names_in(r, dinner) == {"Anton Weller", "Kemal Oren", "Otto Reyes", "Paul Lemoine", "Ivan Petrov"}
