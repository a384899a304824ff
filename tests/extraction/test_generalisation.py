"""Behaviour on wire sentences of other regions and eras (not the seeds)."""

from datetime import date

from diplomacy.extraction.lexicon import place_country
from diplomacy.extraction.wire import dateline
from tests.extraction.names import names_in


def people(result):
    return {p.name: p for p in result.persons}


def test_counterpart_takes_the_title_of_the_person_met(extract):
    r = extract(
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov held talks with his Chinese "
        "counterpart Wang Yi in Moscow on Monday.",
        date(2019, 4, 16),
    )
    wang = people(r)["Wang Yi"]
    assert wang.country == "CN" and wang.offices[0].title == "Foreign Minister"
    (e,) = r.events
    assert (e.kind, e.date, e.location) == ("meeting", date(2019, 4, 15), "Moscow")


def test_organisation_officials_have_no_country(extract):
    r = extract(
        "U.N. Secretary-General Antonio Guterres spoke by phone with Chinese Foreign Minister Wang Yi on Monday.",
        date(2021, 8, 11),
    )
    guterres = people(r)["Antonio Guterres"]
    assert guterres.country is None and guterres.offices[0].organization == "UN"


def test_places_belong_to_the_state_of_the_day():
    assert place_country("Moscow", date(1989, 5, 1)) == "SU"
    assert place_country("Moscow", date(1995, 5, 1)) == "RU"
    assert place_country("Belgrade", date(1995, 1, 1)) == "YU"
    assert place_country("the White House") == "US"


def test_dateline_is_not_a_date_and_gives_the_lead_its_place(extract):
    line = dateline("NEW DELHI, Jan 5 (Reuters) - Indian Prime Minister ...")
    assert line is not None and line.place == "New Delhi" and line.place_country == "IN"
    r = extract(
        "NEW DELHI, Jan 5 (Reuters) - Indian Prime Minister Narendra Modi met Australian Prime "
        "Minister Scott Morrison on Monday.",
        date(2021, 1, 5),
    )
    (e,) = r.events
    assert e.date == date(2021, 1, 4) and e.location == "New Delhi"


def test_trip_told_through_its_meeting_is_one_event(extract):
    r = extract(
        "Brazilian President Luiz Inacio Lula da Silva met with his Argentine counterpart Alberto "
        "Fernandez in Buenos Aires on Monday. Lula arrived in Argentina on Sunday.",
        date(2023, 1, 24),
    )
    assert [e.kind for e in r.events] == ["meeting"]
    assert len(r.events[0].evidence) == 2


def test_pronoun_subject_and_host_abroad(extract):
    r = extract(
        "Brazilian President Luiz Inacio Lula da Silva spoke in Brasilia on Monday. He will travel to "
        "Uruguay on Wednesday to meet President Luis Lacalle Pou.",
        date(2023, 1, 24),
    )
    assert people(r)["Luis Lacalle Pou"].country == "UY"
    (e,) = r.events
    assert e.status == "planned" and e.date == date(2023, 1, 25)
    assert names_in(r, e) == {"Luiz Inacio Lula da Silva", "Luis Lacalle Pou"}


def test_envoy_appointed_as_ambassador(extract):
    r = extract(
        "Japan appointed Koji Tomita as its new ambassador to the United States, the government said.",
        date(2023, 1, 24),
    )
    tomita = people(r)["Koji Tomita"]
    assert tomita.country == "JP" and "Ambassador" in tomita.offices[0].title
    (e,) = r.events
    assert e.kind == "appointment" and set(e.countries) == {"JP", "US"}


def test_hyphenated_and_apposed_names(extract):
    r = extract(
        "Egypt's President Abdel Fattah el-Sisi received Saudi Crown Prince Mohammed bin Salman in "
        "Cairo on Sunday. The talks were led by the head of the political division at the Defense "
        "Ministry, Dror Shalom, officials said.",
        date(2021, 1, 5),
    )
    ps = people(r)
    assert "Abdel Fattah el-Sisi" in ps and ps["Mohammed bin Salman"].offices[0].title == "Crown Prince"
    assert "Dror Shalom" in ps and ps["Dror Shalom"].offices[0].title.startswith("Head of")


def test_countries_without_named_people(extract):
    r = extract("The foreign ministers of Japan and South Korea met in Tokyo on Friday.", date(2021, 1, 5))
    (e,) = r.events
    assert set(e.countries) == {"JP", "KR"} and e.participants == []


def test_process_spans_are_not_encounters(extract):
    r = extract(
        "President Bush and Soviet President Mikhail Gorbachev signed the treaty in the Kremlin on "
        "Wednesday, ending nine years of negotiations.",
        date(1991, 8, 1),
    )
    assert [e.kind for e in r.events] == ["agreement"]


def test_country_after_the_name_and_old_wire_dashes(extract):
    r = extract(
        "JERUSALEM (AP) _ Prime Minister Yitzhak Shamir of Israel met King Hussein of Jordan in London on Tuesday.",
        date(1989, 3, 1),
    )
    ps = people(r)
    assert ps["Yitzhak Shamir"].country == "IL" and ps["Hussein"].country == "JO"
    (e,) = r.events
    assert e.location == "London" and e.date == date(1989, 2, 28)


def test_agreements_reached_and_statements_of_agreement(extract):
    r = extract(
        "Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations.",
        date(2020, 8, 14),
    )
    (e,) = r.events
    assert e.kind == "agreement" and set(e.countries) == {"IL", "AE"} and e.date == date(2020, 8, 13)
    assert extract("Both sides have agreed that closer relations can contribute to stability.").events == []


def test_credentials_are_an_accreditation(extract):
    r = extract("The new Chinese ambassador, Qin Gang, presented his credentials on Monday.", date(2021, 8, 4))
    (e,) = r.events
    assert e.kind == "appointment" and names_in(r, e) == {"Qin Gang"}


def test_people_named_by_title_alone(extract):
    r = extract(
        "Iranian Foreign Minister Hossein Amir-Abdollahian spoke in Tehran on Sunday. The Iranian "
        "foreign minister arrived in Beirut on Monday.",
        date(2023, 4, 28),
    )
    (e,) = r.events
    assert e.kind == "visit" and names_in(r, e) == {"Hossein Amir-Abdollahian"} and e.location == "Beirut"


def test_the_two_are_the_pair_just_named(extract):
    r = extract(
        "Turkish President Recep Tayyip Erdogan spoke by phone with Israeli President Isaac Herzog on "
        "Monday. The two also spoke by phone in November.",
        date(2022, 2, 18),
    )
    calls = sorted(r.events, key=lambda e: e.date)
    assert [names_in(r, e) for e in calls] == [{"Recep Tayyip Erdogan", "Isaac Herzog"}] * 2


def test_the_two_countries_in_envoy_events(extract):
    r = extract(
        "Relations between Cuba and the United States were tense. The two countries broke off relations "
        "in January 1961. In December 2016, both countries reappointed ambassadors.",
        date(2017, 3, 1),
    )
    kinds = sorted((e.kind, e.date, tuple(sorted(e.countries))) for e in r.events)
    assert kinds == [
        ("appointment", date(2016, 12, 1), ("CU", "US")),
        ("withdrawal", date(1961, 1, 1), ("CU", "US")),
    ]


def test_later_meetings_take_the_lead_day(extract):
    r = extract(
        "WASHINGTON (Reuters) - The United States and Cuba formally restored diplomatic relations on Monday. "
        "Cuban Foreign Minister Bruno Rodriguez raised his country's flag in Washington and later met "
        "Secretary of State John Kerry at the State Department.",
        date(2015, 7, 21),
    )
    # restoring relations is itself an agreement of the two states; the meeting is the later one
    (e,) = [e for e in r.events if e.kind == "meeting"]
    assert e.date == date(2015, 7, 20) and e.location == "State Department"
    assert {p.name: p.country for p in r.persons} == {"Bruno Rodriguez": "CU", "John Kerry": "US"}


def test_summit_on_the_sidelines(extract):
    r = extract(
        "OSAKA, Japan (Reuters) - South Korean President Moon Jae-in and Chinese President Xi Jinping held "
        "a summit on the sidelines of the G20 meeting in Osaka on Thursday.",
        date(2019, 6, 28),
    )
    (e,) = r.events
    assert names_in(r, e) == {"Moon Jae-in", "Xi Jinping"}
    assert (e.date, e.location, set(e.countries)) == (date(2019, 6, 27), "Osaka", {"KR", "CN"})


def test_statuses_and_spans(extract):
    r = extract(
        "Turkish President Recep Tayyip Erdogan cancelled a planned visit to Washington, officials said on "
        "Monday. Chinese Premier Li Keqiang is scheduled to visit Germany from May 31 to June 2.",
        date(2022, 5, 20),
    )
    got = sorted((e.status, e.location, e.date, e.end_date) for e in r.events)
    assert got == [
        ("cancelled", "Washington", None, None),
        ("planned", "Germany", date(2022, 5, 31), date(2022, 6, 2)),
    ]


def test_travel_for_talks_is_one_planned_meeting(extract):
    r = extract(
        "Indian External Affairs Minister S. Jaishankar plans to travel to Moscow next month for talks with "
        "Russian Foreign Minister Sergei Lavrov.",
        date(2022, 5, 20),
    )
    (e,) = r.events
    assert (e.kind, e.status, e.date, e.date_precision, e.location) == (
        "meeting",
        "planned",
        date(2022, 6, 1),
        "month",
        "Moscow",
    )


def test_honorifics_and_organisation_officials(extract):
    r = extract(
        "Saudi Foreign Minister Prince Faisal bin Farhan met EU foreign policy chief Josep Borrell in "
        "Brussels on Monday. Iran's Supreme Leader Ayatollah Ali Khamenei received Syrian President "
        "Bashar al-Assad in Tehran on Sunday.",
        date(2022, 5, 24),
    )
    ps = people(r)
    assert ps["Faisal bin Farhan"].offices[0].title == "Foreign Minister"
    assert ps["Ali Khamenei"].offices[0].title == "Supreme Leader"
    assert ps["Josep Borrell"].country is None and ps["Josep Borrell"].offices[0].organization == "EU"
    brussels = next(e for e in r.events if e.location == "Brussels")
    assert brussels.countries == ["SA"]


def test_place_named_after_a_capital(extract):
    r = extract(
        "Jordan's King Abdullah II met Palestinian President Mahmoud Abbas in the Jordanian capital, Amman, on Sunday.",
        date(2023, 6, 20),
    )
    (e,) = r.events
    assert (e.location, e.date, set(e.countries)) == ("Amman", date(2023, 6, 18), {"JO", "PS"})
    assert people(r)["Abdullah II"].offices[0].title == "King"


def test_offices_only_one_state_has(extract):
    r = extract(
        "Secretary of State James Baker met Soviet Foreign Minister Alexander Bessmertnykh on Tuesday.",
        date(1991, 8, 1),
    )
    assert people(r)["James Baker"].country == "US"
    assert set(r.events[0].countries) == {"US", "SU"}


def test_named_states_decide_event_countries(extract):
    r = extract(
        "Turkish President Recep Tayyip Erdogan met Palestinian President Mahmoud Abbas on Monday, then "
        "posted pictures from his meetings with Israeli and Palestinian officials.",
        date(2022, 2, 17),
    )
    assert all(set(e.countries) == {"TR", "PS"} for e in r.events) and r.events
