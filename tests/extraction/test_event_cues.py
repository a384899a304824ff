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


def test_received_by_a_host_is_a_meeting(extract):
    r = extract(
        "Ghanaian President Kofi Mensah arrived in Oslo on Monday. He was received at the Royal Palace "
        "on Monday night by King Harald Olsen.",
        date(2010, 3, 2),
    )
    (e,) = [e for e in r.events if e.kind == "meeting"]
    assert participants(r, e) == {"Kofi Mensah", "Harald Olsen"}


def test_due_in_a_capital_is_a_planned_visit(extract):
    r = extract(
        "Hungarian Foreign Minister Peter Szabo is due in Hanoi on Thursday to urge restraint.",
        date(2019, 6, 12),
    )
    (e,) = r.events
    assert (e.kind, e.status, e.location) == ("visit", "planned", "Hanoi")
    assert e.date == date(2019, 6, 13)


def test_accepting_an_invitation_to_visit_makes_the_guest_travel(extract):
    r = extract(
        "Chilean President Ana Robles accepted an invitation to pay a state visit to Peru next year.",
        date(1998, 10, 26),
    )
    (e,) = r.events
    assert (e.kind, e.status, e.date) == ("visit", "planned", date(1999, 1, 1))
    assert participants(r, e) == {"Ana Robles"}


def test_credentials_are_presented_to_a_head_of_state(extract):
    r = extract(
        "Canadian Ambassador Paul Martin presented his credentials to President Ali Hassan on Friday.",
        date(1997, 5, 10),
    )
    (e,) = r.events
    assert e.kind == "appointment"
    assert participants(r, e) == {"Paul Martin", "Ali Hassan"}


def test_an_envoy_called_home_or_taking_up_a_post(extract):
    r = extract(
        "Ambassador Jonas Petraitis had been called home for consultations, the ministry said on Friday. "
        "Brazil's new ambassador, Carlos Lima, took up his post in Lisbon in September 2023.",
        date(2023, 10, 6),
    )
    assert {e.kind for e in r.events} == {"withdrawal", "appointment"}


def test_who_signed_completes_a_treaty_told_by_countries(extract):
    r = extract(
        "Chile and Bolivia signed a treaty on Wednesday ending a century-old dispute.\n\n"
        "The treaty was signed at the Carrera Palace by Chilean Foreign Minister Ana Robles and "
        "Bolivian Foreign Minister Rene Quispe.",
        date(2004, 9, 15),
    )
    (e,) = r.events
    assert (e.kind, e.date) == ("agreement", date(2004, 9, 15))
    assert participants(r, e) == {"Ana Robles", "Rene Quispe"}


def test_a_leader_who_cuts_relations_takes_part(extract):
    r = extract(
        "Nicaragua said on Saturday that it was breaking off diplomatic relations with Ecuador. "
        "President Luis Mora announced on Friday that Panama was suspending relations with Quito.",
        date(2024, 4, 7),
    )
    cuts = {e.date: (set(e.countries), participants(r, e)) for e in r.events}
    assert cuts[date(2024, 4, 6)] == ({"NI", "EC"}, set())
    assert cuts[date(2024, 4, 5)][1] == {"Luis Mora"}


def test_at_a_meeting_with_makes_the_subject_a_participant(extract):
    r = extract(
        "In July, Italian President Marco Bellini dropped his objections during "
        "a meeting with Chancellor Karl Weber in Vienna.",
        date(1990, 9, 12),
    )
    (e,) = r.events
    assert participants(r, e) == {"Marco Bellini", "Karl Weber"}
    assert e.date == date(1990, 7, 1)


def test_talks_from_one_weekday_to_another_have_an_end_date(extract):
    r = extract(
        "Dutch Foreign Minister Anna de Vries and Polish Foreign Minister Marek Zielinski met for more "
        "than 20 hours from Wednesday to Friday.",
        date(1987, 9, 18),
    )
    (e,) = r.events
    assert (e.date, e.end_date) == (date(1987, 9, 16), date(1987, 9, 18))


def test_a_venue_is_preferred_to_the_country(extract):
    r = extract(
        "Zambian President Peter Banda began a state visit to Kenya on Monday with talks at the State "
        "House with President Daniel Mwangi. On Tuesday, the two foreign ministers signed an agreement "
        "in Nairobi.",
        date(1997, 3, 4),
    )
    meeting = next(e for e in r.events if e.kind in ("meeting", "visit"))
    assert meeting.location != "Kenya"
