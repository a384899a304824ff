"""Event cues on invented wire sentences: tense per mention, cancellations, which date and
which sentences belong to which event."""

from datetime import date

from tests.extraction.test_events import participants


def test_evidence_leaves_out_sentences_naming_no_one(extract):
    r = extract(
        "Chilean Foreign Minister Ana Robles met Argentine Foreign Minister Pablo Serra in Santiago "
        "on Monday. President Tomas Vial hailed the visit as a new chapter.",
        date(2019, 5, 8),
    )
    (e,) = [e for e in r.events if e.kind == "meeting"]
    assert [ev.sentence[:15] for ev in e.evidence] == ["Chilean Foreign"]


def test_each_mention_reads_its_dates_by_its_own_tense(extract):
    # published on a Wednesday: "Sunday" is the last one, although the summit is still ahead
    r = extract(
        "Norwegian envoy Lars Dahl met Sudanese Foreign Minister Omar Hamid in Khartoum on Sunday "
        "to prepare the summit, officials said.",
        date(2019, 5, 8),
    )
    (e,) = [e for e in r.events if participants(r, e) == {"Lars Dahl", "Omar Hamid"}]
    assert (e.date, e.status) == (date(2019, 5, 5), "occurred")


def test_a_meeting_that_is_off_is_cancelled_and_dated_ahead(extract):
    r = extract(
        "Peruvian Foreign Minister Jorge Salas said a meeting with his Bolivian counterpart, "
        "Rene Quispe, that had been planned for Nov. 22 in La Paz was now off.",
        date(2005, 11, 15),
    )
    (e,) = r.events
    assert e.status == "cancelled"
    assert e.date == date(2005, 11, 22)


def test_called_off_visit_is_cancelled(extract):
    r = extract(
        "Kenyan President Daniel Mwangi on Tuesday called off a state visit to London that had been "
        "scheduled for next month.",
        date(2013, 9, 18),
    )
    (e,) = r.events
    assert (e.kind, e.status) == ("visit", "cancelled")


def test_a_relative_clause_dates_its_own_noun(extract):
    r = extract(
        "French President Marc Lenoir and Indian Prime Minister Ravi Shah spoke by video link on Monday, "
        "Lenoir from Paris and Shah from New Delhi, where it was already Tuesday morning.",
        date(2021, 11, 16),
    )
    (e,) = r.events
    assert e.date == date(2021, 11, 15)


def test_a_light_verb_takes_its_own_date(extract):
    r = extract(
        "Ties have improved since the two countries normalized relations in 1972, and King Harald "
        "Olsen made the first visit by a Danish monarch to Peru in 1992.",
        date(1998, 11, 26),
    )
    (e,) = [e for e in r.events if e.kind == "visit"]
    assert e.date == date(1992, 1, 1)


def test_a_coordinated_clause_keeps_its_own_actors(extract):
    r = extract(
        "Egyptian Foreign Minister Samir Fawzi travelled to Rome in June 2023, and Italian Foreign "
        "Minister Paolo Conti made a reciprocal trip in August 2023.",
        date(2023, 9, 30),
    )
    trips = {e.date: participants(r, e) for e in r.events if e.kind == "visit"}
    assert trips[date(2023, 6, 1)] == {"Samir Fawzi"}
