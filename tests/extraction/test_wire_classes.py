"""Classes of wire writing found missing on a third dev set (invented names and places)."""

from datetime import date

from diplomacy.extraction.dates import find_dates
from tests.extraction.names import names_in


def test_lone_family_name_is_the_person_introduced_first(extract):
    r = extract(
        "SEOUL (AP) - North Korean leader Ryu Sung Il met South Korean President Lee Dong-ho on Friday. "
        '"A new start," Ryu said, according to Lee\'s spokesman Ryu Chol-min.\n\n'
        "Ryu made a surprise trip to Vientiane last month and met Lao President Khamla Vong.",
        date(2018, 4, 27),
    )
    hanoi = next(e for e in r.events if e.location == "Vientiane")
    assert names_in(r, hanoi) == {"Ryu Sung Il", "Khamla Vong"}


def test_a_season_is_told_to_the_year():
    (m,) = find_dates("Lee will visit the North in the fall", date(2018, 4, 27), future=True)
    assert (m.date, m.precision) == (date(2018, 1, 1), "year")
    (m,) = find_dates("They met last summer", date(2018, 4, 27))
    assert m.date == date(2017, 1, 1)
    (m,) = find_dates("They will meet next spring", date(2018, 4, 27), future=True)
    assert m.date == date(2019, 1, 1)


def test_a_person_told_by_the_given_name(extract):
    r = extract(
        "BANJUL, May 3 (Reuters) - Malian Prime Minister Dawit Haile arrived in Gambia on Sunday.\n\n"
        "Dawit and Gambian President Amadou Ndiaye signed a trade accord on Monday.",
        date(2021, 5, 4),
    )
    deal = next(e for e in r.events if e.kind == "agreement")
    assert names_in(r, deal) == {"Dawit Haile", "Amadou Ndiaye"}


def test_later_that_day_takes_the_previous_day():
    (m,) = find_dates("The two leaders held talks later that day", date(2018, 7, 9))
    assert (m.anchor_offset, m.anchor_clause) == (0, False)


def test_talks_later_that_day_are_dated_by_the_sentence_before(extract):
    r = extract(
        "Crowds lined the streets of Dakar on Sunday as Gambian President Amadou Ndiaye greeted "
        "Malian Prime Minister Dawit Haile at the airport. The two leaders held talks later that day.",
        date(2021, 5, 4),
    )
    talks = next(e for e in r.events if e.kind == "meeting")
    assert talks.date == date(2021, 5, 2)


def test_a_handshake_is_a_meeting_and_the_two_leaders_are_the_two_named(extract):
    r = extract(
        "BANJUL (AP) - Malian leader Dawit Haile shook hands with Gambian President Amadou Ndiaye on "
        "Friday.\n\nThe two leaders then held talks at the palace, before signing a declaration.",
        date(2018, 4, 27),
    )
    meeting = next(e for e in r.events if e.kind == "meeting")
    assert names_in(r, meeting) == {"Dawit Haile", "Amadou Ndiaye"}
    assert meeting.date == date(2018, 4, 27)
    deal = next(e for e in r.events if e.kind == "agreement")
    assert names_in(r, deal) == {"Dawit Haile", "Amadou Ndiaye"}


def test_a_handshake_in_a_photo_caption_is_no_meeting(extract):
    r = extract(
        "VIENTIANE (AP) - Envoy Tom Fielding presented his credentials to President Khamla Vong on Friday.\n\n"
        "Ambassador Tom Fielding, left, shakes hands with President Khamla Vong at the palace on Friday. "
        "(AP Photo/Jan Berg)",
        date(1997, 5, 9),
    )
    assert [e.kind for e in r.events] == ["appointment"]


def test_korean_names_are_found_and_joined_at_the_talks_by_takes_part(extract):
    r = extract(
        "SEOUL (AP) - South Korean President Lee Dong-ho met North Korean leader Ryu Sung Il on Friday.\n\n"
        "Lee was joined at the talks by his chief of staff, Im Chol-su, and spy chief Yoon Hwan.",
        date(2018, 4, 27),
    )
    im = next(p for p in r.persons if p.name == "Im Chol-su")
    assert im.offices[0].title == "Chief of Staff"
    assert any({"Im Chol-su", "Yoon Hwan", "Lee Dong-ho"} <= names_in(r, e) for e in r.events)


def test_a_handshake_hung_on_a_relative_clause_keeps_its_subject(extract):
    r = extract(
        "BANJUL (AP) - Malian leader Dawit Haile crossed the bridge that spans the river on Friday and "
        "shook hands with Gambian President Amadou Ndiaye.",
        date(2018, 4, 27),
    )
    (e,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, e) == {"Dawit Haile", "Amadou Ndiaye"}


def test_the_first_summit_between_the_two_countries_is_this_sentences_meeting(extract):
    r = extract(
        "Malian leader Dawit Haile met Chinese President Wu Gang in Shanghai last month.\n\n"
        "Dawit is also expected to meet Gambian President Amadou Ndiaye in May, in what would be the "
        "first summit between the two countries.",
        date(2018, 4, 27),
    )
    planned = [e for e in r.events if e.status == "planned"]
    assert [names_in(r, e) for e in planned] == [{"Dawit Haile", "Amadou Ndiaye"}]


def test_a_declaration_signed_after_talks_takes_the_talks_day_not_a_pledged_year(extract):
    r = extract(
        "BANJUL (AP) - Malian leader Dawit Haile shook hands with Gambian President Amadou Ndiaye on "
        "Friday.\n\nThe two leaders then held talks at the palace, before signing a declaration in which "
        "they pledged to open the border this year.",
        date(2018, 4, 27),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert (deal.date, deal.date_precision) == (date(2018, 4, 27), "day")


def test_staff_joining_the_talks_join_that_meeting(extract):
    r = extract(
        "BANJUL (AP) - Malian leader Dawit Haile met Gambian President Amadou Ndiaye on Friday.\n\n"
        "Ndiaye was joined at the talks by his chief of staff, Ousmane Fall, and Foreign Minister Aida Sy.",
        date(2018, 4, 27),
    )
    (e,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, e) == {"Dawit Haile", "Amadou Ndiaye", "Ousmane Fall", "Aida Sy"}


def test_a_named_envoy_declared_persona_non_grata_is_withdrawn(extract):
    r = extract(
        "CANBERRA, May 4 (Reuters) - High Commissioner Tom Brandt left Port Vila on Friday.\n\n"
        "Vanuatu's government declared Brandt persona non grata on Thursday and gave him a day to leave.",
        date(2009, 5, 4),
    )
    (e,) = [e for e in r.events if e.kind == "withdrawal"]
    assert names_in(r, e) == {"Tom Brandt"} and e.date == date(2009, 4, 30)


def test_agreed_on_a_day_to_restore_ties_dates_the_agreement(extract):
    r = extract(
        "LISBON, March 8 (Reuters) - Chile and Norway agreed on Thursday to restore full diplomatic "
        "relations, the two governments said.",
        date(1990, 3, 8),
    )
    (e,) = [e for e in r.events if e.kind == "agreement"]
    assert (e.date, set(e.countries)) == (date(1990, 3, 8), {"CL", "NO"})


def test_sat_down_together_and_the_agreement_of_that_sentence(extract):
    r = extract(
        "Sir Alan Ford, Norway's ambassador to the United Nations, and Kenyan envoy Luis Ortega first sat "
        "down together in Tallinn in October, when the two sides agreed to re-establish consular links.",
        date(1990, 3, 8),
    )
    ford = next(p for p in r.persons if p.name.endswith("Alan Ford"))
    assert ford.country == "NO"
    meeting = next(e for e in r.events if e.kind == "meeting")
    assert names_in(r, meeting) == {ford.name, "Luis Ortega"}
    assert (meeting.date, meeting.date_precision) == (date(1989, 10, 1), "month")
    deal = next(e for e in r.events if e.kind == "agreement")
    assert deal.date == date(1989, 10, 1)


def people(result):
    return {p.name: p for p in result.persons}


def test_titles_of_juntas_spies_and_former_heads_of_state(extract):
    r = extract(
        "A delegation led by former Malian head of state Musa Keita met junta leader General Ali Tanko "
        "in Bamako on Monday, joined by spy chief Yoon Won of South Korea.",
        date(2020, 1, 6),
    )
    p = people(r)
    assert p["Musa Keita"].offices[0].title == "Head of State"
    assert p["Ali Tanko"].offices[0].title == "Junta Leader"
    assert p["Yoon Won"].offices[0].title == "Spy Chief"


def test_two_presidents_coordinated_serve_two_states(extract):
    r = extract(
        "MONTEVIDEO (AP) - President Tom Hall and Uruguayan President Ruben Diaz announced in December that they "
        "would restore ties.",
        date(2015, 7, 20),
    )
    assert people(r)["Tom Hall"].country != "UY"


def test_a_bare_title_serves_the_state_acting_in_its_sentence(extract):
    r = extract(
        "BAMAKO (Reuters) - Mali's junta ordered the Norwegian ambassador to leave.\n\n"
        "Jordan, which joined the talks, was represented by Foreign Minister Amr Fahmy, who also signed.",
        date(2023, 8, 26),
    )
    assert people(r)["Amr Fahmy"].country == "JO"


def test_became_charge_d_affaires_is_an_office_and_an_appointment(extract):
    r = extract(
        "José Luis Pardo, who had headed the Uruguayan mission, became Uruguay's chargé d'affaires pending the "
        "naming of an ambassador.",
        date(2015, 7, 20),
    )
    pardo = people(r)["José Luis Pardo"]
    assert (pardo.offices[0].title, pardo.country) == ("Chargé d'affaires", "UY")
    (e,) = r.events
    assert e.kind == "appointment" and names_in(r, e) == {"José Luis Pardo"}


def test_the_two_leaders_are_the_pair_named_before_in_the_sentence(extract):
    r = extract(
        "Estonian Foreign Minister Ana Reyes met Secretary of State Tom Cole on Monday.\n\n"
        "President Tom Hall and Latvian President Ruben Diaz announced in December that they would restore "
        "ties, and the two leaders held a landmark meeting in Tallinn in April.",
        date(2015, 7, 20),
    )
    lima = next(e for e in r.events if e.location == "Tallinn")
    assert names_in(r, lima) == {"Tom Hall", "Ruben Diaz"}


def test_an_envoy_named_by_a_state_and_told_by_title_alone(extract):
    r = extract(
        "MANILA, May 9 (AFP) - The new EU special envoy for Chad met Prime Minister Chea Sophal in "
        "the capital on Thursday.\n\n"
        "Somsak Vongsa, a veteran diplomat named envoy by Kenya, discussed aid with the prime minister.\n\n"
        "On Wednesday, the Kenyan envoy held talks with Chadian Foreign Minister Keo Rith.\n\n"
        "It did not say whether Somsak had asked to meet the jailed opposition leader Kem Sary.",
        date(2024, 5, 9),
    )
    somsak = people(r)["Somsak Vongsa"]
    assert somsak.country == "KE" and any(o.title == "Envoy" for o in somsak.offices)
    talks = {frozenset(names_in(r, e)) for e in r.events}
    assert frozenset({"Somsak Vongsa", "Keo Rith"}) in talks
    assert frozenset({"Somsak Vongsa", "Chea Sophal"}) in talks
    assert not any("Kem Sary" in t for t in talks)


def test_later_in_the_year_and_the_terms_of_a_deal(extract):
    (m,) = find_dates("He hoped to meet his counterpart later in the year", date(1990, 2, 15), future=True)
    assert (m.date, m.precision) == (date(1990, 1, 1), "year")
    r = extract(
        "Latvian President Ana Reyes and Estonian President Luis Soto held talks with Lithuanian President "
        "Tom Hall in a Riga hotel on the eve of the summit.\n\n"
        "Under the deal, Latvia and Estonia agreed not to raise tariffs on copper and fish.",
        date(2022, 6, 29),
    )
    assert [e.kind for e in r.events] == ["meeting"]


def test_an_embrace_and_a_declaration_signed_by_the_two_leaders(extract):
    r = extract(
        "MUSCAT - Jordanian King Said bin Talal embraced Kenya's ruler, Sheikh Isa bin Salman Al Busaidi, "
        "at the airport on Tuesday.\n\n"
        "Hours later, at a summit in the city, the two leaders signed what officials called the Muscat "
        "declaration.",
        date(2021, 1, 6),
    )
    isa = people(r)["Isa bin Salman Al Busaidi"]
    assert (isa.offices[0].title, isa.country) == ("Ruler", "KE")
    kinds = {e.kind: names_in(r, e) for e in r.events}
    assert kinds["meeting"] == kinds["agreement"] == {"Said bin Talal", "Isa bin Salman Al Busaidi"}


def test_the_two_prime_ministers_signed_at_the_end_of_that_visit(extract):
    r = extract(
        "COLOMBO, May 29 (Reuters) - Sri Lankan Foreign Minister Ravi Das telephoned Maldivian Foreign Minister "
        "Ram Thapa on Friday.\n\n"
        "The fighting shattered the goodwill generated in February, when Sri Lankan Prime Minister "
        "Arun Mehta rode the bus to Male for a summit with Maldivian Prime Minister Gopal Rai.\n\n"
        "The two prime ministers signed the Male Declaration at the end of that visit.",
        date(1999, 5, 29),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) == {"Arun Mehta", "Gopal Rai"}
    assert (deal.date, deal.date_precision) == (date(1999, 2, 1), "month")


def test_a_senator_and_an_adviser_who_is_also_kin(extract):
    r = extract(
        "WASHINGTON (AP) - Critics were unmoved. Sen. Mark Dobbins, R-Ohio, said the deal rewarded a "
        "dictatorship.\n\nPaul Hendry, President Tom Hall's son-in-law and senior adviser, attended the summit.",
        date(2015, 7, 20),
    )
    p = people(r)
    assert p["Mark Dobbins"].offices[0].title == "Senator"
    assert p["Paul Hendry"].offices[0].title == "Senior Adviser"


def test_a_plural_title_before_two_names_of_two_states(extract):
    r = extract(
        "Defence ministers Janis Ozols of Latvia and Peeter Kask of Estonia met on Tuesday to "
        "finalise the documents, the ministry said.",
        date(2017, 3, 22),
    )
    p = people(r)
    assert [(o.title, o.country) for o in p["Janis Ozols"].offices] == [("Defence Minister", "LV")]
    assert [(o.title, o.country) for o in p["Peeter Kask"].offices] == [("Defence Minister", "EE")]
    (e,) = r.events
    assert names_in(r, e) == {"Janis Ozols", "Peeter Kask"}


def test_received_by_a_monarch_after_addressing_parliament(extract):
    r = extract(
        "TALLINN (AP) - Latvian President Ana Reyes met Estonian Prime Minister Lars Dahl on Friday.\n\n"
        "Reyes, who arrived in Tallinn on Wednesday for a four-day visit, addressed parliament on Thursday and "
        "was received by King Olav Berg at the palace later the same day.",
        date(2006, 12, 15),
    )
    royal = next(e for e in r.events if "Olav Berg" in names_in(r, e))
    assert names_in(r, royal) == {"Ana Reyes", "Olav Berg"}


def test_an_agreement_capping_talks_takes_the_place_of_the_talks_told_later(extract):
    r = extract(
        "LISBON, Sept 18 (Reuters) - The United States and Chile agreed in principle on Friday to scrap their "
        "tariffs, capping three days of talks between Chilean Foreign Minister Ana Reyes and Norwegian Foreign "
        "Minister Lars Dahl.\n\nReyes and Dahl met for more than 20 hours at the State Department from Wednesday.",
        date(1987, 9, 18),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert deal.location == "State Department"


def test_a_trip_retold_in_apposition_is_one_trip_and_lends_no_date(extract):
    r = extract(
        "SEOUL (AP) - North Korean leader Ryu Sung Il met South Korean President Lee Dong-ho on Friday.\n\n"
        "Ryu made a surprise trip to Shanghai last month and met Chinese President Wu Gang, his first known "
        "trip abroad since taking power in late 2011.",
        date(2018, 4, 27),
    )
    shanghai = [e for e in r.events if "Lee Dong-ho" not in names_in(r, e)]
    assert [(e.kind, e.date) for e in shanghai] == [("meeting", date(2018, 3, 1))]


def test_a_planned_trip_dated_on_the_copula_and_its_purpose_is_no_agreement(extract):
    r = extract(
        "LISBON (Reuters) - Soviet President Ivan Petrov met Norwegian Prime Minister Lars Dahl on Monday.\n\n"
        "Petrov is due in Paris in November to sign a separate treaty with Dahl, officials said.",
        date(1990, 9, 12),
    )
    planned = [e for e in r.events if e.status == "planned"]
    assert [(e.kind, e.date, e.date_precision) for e in planned] == [("visit", date(1990, 11, 1), "month")]
    assert not [e for e in r.events if e.kind == "agreement"]


def test_part_of_a_month_is_told_to_the_month():
    (m,) = find_dates("He was expected in the second week of June for talks", date(1999, 5, 29), future=True)
    assert (m.date, m.precision) == (date(1999, 6, 1), "month")
