from datetime import date


def names(result):
    return {p.key: p.name for p in result.persons}


def participants(result, event):
    by_key = names(result)
    return {by_key[p.person] for p in event.participants}


def test_meeting_with_date_place_and_countries(extract):
    r = extract(
        "Soviet Foreign Minister Eduard Shevardnadze met U.S. Secretary of State George Shultz "
        "in Washington on Tuesday.",
        date(1987, 9, 17),
    )
    assert len(r.events) == 1
    e = r.events[0]
    assert e.kind == "meeting" and e.status == "occurred"
    assert (e.date, e.date_precision) == (date(1987, 9, 15), "day")
    assert e.location == "Washington"
    assert set(e.countries) == {"SU", "US"}
    assert participants(r, e) == {"Eduard Shevardnadze", "George Shultz"}
    assert e.evidence and e.evidence[0].sentence.startswith("Soviet Foreign Minister")
    ev = e.evidence[0]
    assert r.article.text[ev.start : ev.end] == ev.sentence


def test_phone_call(extract):
    r = extract(
        "Indian Prime Minister Narendra Modi spoke by phone with Japanese Prime Minister Fumio Kishida on Monday.",
        date(2022, 3, 2),
    )
    assert [e.kind for e in r.events] == ["call"]
    assert r.events[0].date == date(2022, 2, 28)
    assert set(r.events[0].countries) == {"IN", "JP"}


def test_planned_visit(extract):
    r = extract(
        "The delegation discussed preparations for the planned visit of Israeli President Isaac Herzog "
        "to Turkey, set for March 9-10."
    )
    (e,) = r.events
    assert e.kind == "visit" and e.status == "planned"
    assert (e.date, e.end_date) == (date(2022, 3, 9), date(2022, 3, 10))
    assert e.location == "Turkey"


def test_statements_are_not_events(extract):
    r = extract(
        "Turkish Foreign Minister Mevlut Cavusoglu said Ankara would not abandon its support. "
        "\u201cWe discussed the visit,\u201d Cavusoglu said."
    )
    assert r.events == []


def test_agreement_between_countries(extract):
    r = extract("Turkey and Israel signed a comprehensive reconciliation deal in 2016.")
    (e,) = r.events
    assert e.kind == "agreement" and (e.date, e.date_precision) == (date(2016, 1, 1), "year")
    assert set(e.countries) == {"TR", "IL"}


def test_withdrawal_of_an_ambassador(extract):
    r = extract("China recalled its ambassador to Lithuania on Tuesday.", date(2021, 8, 11))
    (e,) = r.events
    assert e.kind == "withdrawal" and set(e.countries) == {"CN", "LT"}


def test_appointment_participant_is_the_envoy(extract):
    r = extract(
        "Prime Minister Yair Lapid welcomed the appointment of the new ambassador to Turkey Irit Lilian on Sunday.",
        date(2022, 10, 27),
    )
    (e,) = r.events
    assert e.kind == "appointment"
    assert participants(r, e) == {"Irit Lilian"}


def test_separate_counterparts_are_separate_meetings(extract):
    r = extract(
        "Defense Minister Benny Gantz met with Turkish President Recep Tayyip Erdogan on Thursday. "
        "Earlier, Gantz met with Turkish Defense Minister Hulusi Akar.",
        date(2022, 10, 27),
    )
    assert len(r.events) == 2
    assert all(e.date == date(2022, 10, 27) for e in r.events)


def test_day_after_anchors_to_lead_event(extract):
    r = extract(
        "A team of senior Turkish officials led by Deputy Foreign Minister Sedat Onal held talks in "
        "Jerusalem on Thursday. The trip came a day after Onal met with Palestinian President Mahmoud "
        "Abbas in Ramallah."
    )
    dated = sorted((e.date, e.location) for e in r.events)
    assert (date(2022, 2, 16), "Ramallah") in dated


def test_calls_are_not_name_calling_or_press_talk(extract):
    d = date(2022, 5, 24)
    assert [
        e.kind
        for e in extract(
            "Egyptian President Abdel Fattah el-Sisi called Israeli Prime Minister Naftali Bennett on Monday.",
            d,
        ).events
    ] == ["call"]
    assert (
        extract(
            "Turkish President Recep Tayyip Erdogan called Israeli Prime Minister Benjamin Netanyahu a "
            "terrorist on Monday.",
            d,
        ).events
        == []
    )
    assert extract("Russian Foreign Minister Sergei Lavrov spoke to Reuters on Monday.", d).events == []
    assert (
        extract(
            "U.S. President Joe Biden called on Israeli Prime Minister Naftali Bennett to halt settlements.",
            d,
        ).events
        == []
    )


def test_unclosed_quotes_end_with_their_paragraph(extract):
    r = extract(
        "\u201cWe will meet again soon, the minister said.\n\nTurkish President Recep Tayyip Erdogan met "
        "Israeli President Isaac Herzog in Ankara on Wednesday.",
        date(2022, 3, 10),
    )
    assert [(e.kind, e.date) for e in r.events] == [("meeting", date(2022, 3, 9))]
