"""Classes of wire writing found missing on a fourth dev set (invented names and places)."""

from datetime import date

from tests.extraction.names import names_in


def test_the_one_addressed_at_a_summit_was_at_it_and_the_lead_clause_dates_it(extract):
    r = extract(
        "TALLINN, May 4 (Reuters) - Estonian leader Pavel Drobny admitted on Tuesday that his police had "
        "detained Finnish fishermen and apologised to Finnish Prime Minister Tomas Vell at a historic "
        "summit, where the two agreed to resume talks.",
        date(2021, 5, 5),
    )
    (summit,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, summit) == {"Pavel Drobny", "Tomas Vell"}
    assert summit.date == date(2021, 5, 4)


def test_after_the_ceremony_is_the_ceremony_s_day_and_joining_for_lunch_is_a_meeting(extract):
    r = extract(
        "VILNIUS (AP) — Lithuanian Foreign Minister Jonas Petraitis and his Latvian counterpart Ilze Berzina "
        "signed a border treaty on Sunday.\n\n"
        "After the ceremony, Lithuanian Prime Minister Rokas Daugela crossed the river by boat and joined "
        "Latvian Prime Minister Arturs Kalnins for lunch in the village of Zilupe.",
        date(2018, 6, 17),
    )
    lunch = next(e for e in r.events if e.kind == "meeting")
    assert names_in(r, lunch) == {"Rokas Daugela", "Arturs Kalnins"}
    assert lunch.date == date(2018, 6, 17)


def test_a_date_that_starts_a_span_dates_no_event(extract):
    r = extract(
        "QUITO, Aug 10 (Reuters) - Ecuadorean President Luis Andrade and Peruvian President Rosa Quispe "
        "agreed on Tuesday to reopen their border.\n\n"
        "The two leaders held nearly three hours of talks at the Hacienda El Carmen, the colonial estate "
        "where the poet Juan Montalvo died in 1889, in Andrade's first meeting with a foreign head of state "
        "since he took office on Saturday.",
        date(2010, 8, 10),
    )
    talks = next(e for e in r.events if e.kind == "meeting")
    assert talks.date != date(2010, 8, 7)


def test_one_telephone_call_per_person_telephoned(extract):
    r = extract(
        "TOKYO (Reuters) - Japanese Prime Minister Kenji Mori was expected to telephone U.S. President "
        "Daniel Hart and South Korean President Park Min-su on Wednesday to report on the summit.",
        date(2002, 9, 17),
    )
    calls = [e for e in r.events if e.kind == "call"]
    assert sorted(sorted(names_in(r, c)) for c in calls) == [
        ["Daniel Hart", "Kenji Mori"],
        ["Kenji Mori", "Park Min-su"],
    ]
    assert {c.status for c in calls} == {"planned"}


def test_the_two_leaders_talks_take_the_day_of_the_pair_s_lead_event(extract):
    r = extract(
        "QUITO, Aug 10 (Reuters) - Ecuadorean President Luis Andrade and Peruvian President Rosa Quispe "
        "agreed on Tuesday to restore diplomatic relations.\n\n"
        "The two leaders held nearly three hours of talks at the Hacienda El Carmen.",
        date(2010, 8, 10),
    )
    talks = next(e for e in r.events if e.kind == "meeting")
    assert names_in(r, talks) == {"Luis Andrade", "Rosa Quispe"}
    assert talks.date == date(2010, 8, 10)


def test_last_and_next_week_are_told_to_the_month():
    from diplomacy.extraction.dates import find_dates

    (m,) = find_dates("The two met in New York last week", date(2002, 9, 3))
    assert (m.date, m.precision) == (date(2002, 8, 1), "month")
    (m,) = find_dates("a meeting planned for next week", date(2019, 9, 20), future=True)
    assert (m.date, m.precision) == (date(2019, 9, 1), "month")


def test_a_summit_the_leaders_are_due_to_meet_for_takes_the_day_of_the_meeting(extract):
    r = extract(
        "ACCRA (Reuters) - Leaders of the regional bloc ECOWAS are due to meet in Abuja on Sunday for a "
        "summit hosted by Nigerian President Musa Danjuma, which both Ghanaian President Kofi Asante and "
        "Togolese President Edem Kpodar are expected to attend.",
        date(2020, 12, 15),
    )
    (summit,) = [e for e in r.events if e.kind == "meeting"]
    assert summit.status == "planned"
    assert summit.date == date(2020, 12, 20)


def test_switching_recognition_cuts_ties_with_the_state_left_not_the_one_joined(extract):
    r = extract(
        "TAIPEI, Sept 20 (Reuters) - Taiwan lost a diplomatic ally on Friday when the island nation of "
        "Nauru switched recognition to China.\n\n"
        "Taiwan's Foreign Minister Lin Cheng-wei said Taipei was severing ties with Nauru with immediate effect.",
        date(2019, 9, 20),
    )
    (cut,) = [e for e in r.events if e.kind == "withdrawal"]
    assert set(cut.countries) == {"NR", "TW"}
    assert cut.date == date(2019, 9, 20)


def test_the_paragraph_after_the_lead_retells_the_lead_encounter_on_its_day(extract):
    r = extract(
        "NIAMEY (AFP) - The African Union's envoy to Niger met the head of the country's ruling council on "
        "Wednesday, as mediators stepped up efforts to revive talks.\n\n"
        "AU envoy Abdou Kane Diallo held talks with junta leader General Idrissa Maiga at the presidential "
        "palace, the council said in a statement.",
        date(2019, 6, 12),
    )
    talks = next(e for e in r.events if e.kind == "meeting" and names_in(r, e) >= {"Abdou Kane Diallo"})
    assert talks.date == date(2019, 6, 12)


def test_calling_on_a_president_is_a_meeting_and_calling_on_sides_to_act_is_none(extract):
    r = extract(
        "DHAKA (Reuters) - Indian Prime Minister Vikram Rao will call on Bangladeshi President Karim Uddin "
        "at Bangabhaban on Sunday.",
        date(2015, 6, 6),
    )
    assert [e.kind for e in r.events] == ["meeting"]
    r = extract(
        "ADDIS ABABA (Reuters) - African Union chief Amina Bello called on Kenyan President John Mwangi to "
        "settle the dispute through dialogue.",
        date(2020, 12, 15),
    )
    assert r.events == []


def test_ratifications_exchanged_and_names_put_to_an_accord_are_agreements(extract):
    r = extract(
        "DHAKA (Reuters) - Indian Foreign Secretary Anil Mehra and his Bangladeshi counterpart, Rafiq Alam, "
        "exchanged the instruments of ratification of the border treaty on Saturday.",
        date(2015, 6, 6),
    )
    assert [e.kind for e in r.events] == ["agreement"]
    r = extract(
        "UNITED NATIONS (AP) - Cuban Foreign Minister Jorge Vidal and Angolan Foreign Minister Paulo Neto put "
        "their names to a separate two-nation accord on Thursday.",
        date(1988, 12, 22),
    )
    (deal,) = r.events
    assert deal.kind == "agreement" and names_in(r, deal) == {"Jorge Vidal", "Paulo Neto"}


def test_an_envoy_to_be_sent_is_a_planned_appointment_to_the_receiving_state(extract):
    r = extract(
        "BOGOTA (Reuters) - Colombian President Mario Restrepo said Colombia would send Jose Luis Pardo, a "
        "former congressman, to Caracas as its ambassador once the embassies reopen.",
        date(2010, 8, 10),
    )
    (e,) = r.events
    assert (e.kind, e.status) == ("appointment", "planned")
    assert names_in(r, e) == {"Jose Luis Pardo"} and set(e.countries) == {"CO", "VE"}


def test_a_city_the_model_takes_for_a_person_is_the_destination_and_the_boss_stays_home(extract):
    r = extract(
        "UNITED NATIONS (AP) - Secretary-General Karl Lindqvist said his special representative for Namibia, "
        "Martti Koskinen of Finland, would travel to Windhoek early next year.",
        None,
    )
    (trip,) = r.events
    assert (trip.kind, trip.status, trip.location) == ("visit", "planned", "Windhoek")
    assert names_in(r, trip) == {"Martti Koskinen"}
    assert "Windhoek" not in {p.name for p in r.persons}


def test_frozen_commercial_ties_are_no_withdrawal(extract):
    r = extract(
        "CARACAS (Reuters) - Trade between the neighbours collapsed after Venezuelan President Pedro Salas "
        "froze commercial ties with Colombia last year.",
        date(2010, 8, 10),
    )
    assert r.events == []


def test_a_river_s_name_is_no_person(nlp):
    from diplomacy.extraction.persons import find_persons

    doc = nlp(
        "They discussed the sharing of the Karnali river's waters, power trade and security.\n\n"
        "Chief Minister Anita Roy, whose objections blocked a Karnali water-sharing deal four years ago, "
        "travelled to Dhaka."
    )
    persons, _ = find_persons(doc, date(2015, 6, 6))
    assert [p.name for p in persons] == ["Anita Roy"]


def test_a_deadline_dates_no_step_and_planes_sent_are_no_envoy(extract):
    r = extract(
        "BANGKOK, Jan 30 (AFP) - Thailand downgraded diplomatic relations with Laos on Thursday.\n\n"
        "Prime Minister Somchai Wong sent military transport planes to evacuate hundreds of Thai nationals "
        "from Vientiane, among them Ambassador Anan Srisuk.\n\n"
        "Foreign Minister Prasert Chai said Laotian Ambassador Bounmy Khamphone had been given until Friday "
        "to leave.",
        date(2003, 1, 30),
    )
    assert [e.kind for e in r.events] == ["withdrawal"]
    (e,) = r.events
    assert e.date == date(2003, 1, 30) and "Bounmy Khamphone" in names_in(r, e)


def test_an_ambassador_to_an_organisation_and_the_cause_of_a_rupture(extract):
    r = extract(
        "CARACAS (Reuters) - Venezuelan President Pedro Salas broke off relations on July 22 after Mario "
        "Ortega, Peru's ambassador to the Organization of American States, presented photographs of rebel "
        "camps.",
        date(2010, 8, 10),
    )
    ortega = next(p for p in r.persons if p.name == "Mario Ortega")
    assert [o.title for o in ortega.offices] and "States" not in {p.name for p in r.persons}
    (cut,) = r.events
    assert cut.kind == "withdrawal" and names_in(r, cut) == {"Pedro Salas"}


def test_a_deal_signed_at_the_end_of_talks_between_two_delegations(extract):
    r = extract(
        "ANKARA, Oct 21 (Reuters) - Turkey and Iraq have signed an agreement to end a border crisis, with "
        "Baghdad pledging to bar rebel leader Karim Aziz from its territory, Turkish officials said on "
        "Wednesday.\n\n"
        "The accord was signed on Tuesday in the southern Turkish city of Mersin at the end of two days of "
        "talks between delegations led by Selim Kaya, deputy undersecretary at the Turkish Foreign Ministry, "
        "and Major General Hamid Jabbar, the head of Iraq's border security directorate.",
        date(1998, 10, 21),
    )
    by_kind = {e.kind: e for e in r.events}
    assert sorted(by_kind) == ["agreement", "meeting"]
    deal, talks = by_kind["agreement"], by_kind["meeting"]
    assert names_in(r, deal) == names_in(r, talks) == {"Selim Kaya", "Hamid Jabbar"}
    assert deal.date == date(1998, 10, 20)
    assert (talks.date, talks.end_date) == (date(1998, 10, 19), date(1998, 10, 20))


def test_a_separate_accord_is_its_own_deal(extract):
    r = extract(
        "UNITED NATIONS (AP) - Chad, Libya and Niger signed accords at U.N. headquarters on Thursday.\n\n"
        "Chadian Foreign Minister Idriss Mahamat, Libyan Foreign Minister Salem Trabelsi and Nigerien Foreign "
        "Minister Moussa Issa signed the three-nation agreement in the council chamber. Minutes later, "
        "Trabelsi and Issa put their names to a separate two-nation accord on border patrols.",
        None,
    )
    deals = sorted(sorted(names_in(r, e)) for e in r.events if e.kind == "agreement")
    assert deals == [["Idriss Mahamat", "Moussa Issa", "Salem Trabelsi"], ["Moussa Issa", "Salem Trabelsi"]]


def test_expelling_one_envoy_and_recalling_the_other_is_one_rupture(extract):
    r = extract(
        "NAIROBI (Reuters) - On Nov. 29, Somalia expelled Kenya's ambassador, Peter Otieno, and recalled its "
        "own envoy, Abdi Hassan Warsame, accusing Nairobi of interference.",
        date(2020, 12, 15),
    )
    (e,) = r.events
    assert e.kind == "withdrawal" and names_in(r, e) == {"Peter Otieno", "Abdi Hassan Warsame"}


def test_a_country_told_as_a_location_takes_part_in_a_rupture(extract):
    r = extract(
        "TAIPEI, Sept 20 (Reuters) - The announcement came four days after the Marshall Islands, one of "
        "Taiwan's remaining Pacific allies, cut ties with Taipei following a cabinet vote on Monday.",
        date(2019, 9, 20),
    )
    (e,) = r.events
    assert e.kind == "withdrawal" and set(e.countries) == {"MH", "TW"} and e.date == date(2019, 9, 16)


def test_they_in_a_when_clause_are_the_two_ministers_of_the_main_clause(extract):
    r = extract(
        "LIMA, Aug 10 (Reuters) - Foreign ministers Carla Medina and Tomas Ibarra will meet in Quito later "
        "this month, Medina said.\n\n"
        "The two ministers laid the groundwork for the summit when they met on the sidelines of the "
        "president's inauguration in Lima on Saturday.",
        date(2010, 8, 10),
    )
    met = next(e for e in r.events if e.status == "occurred")
    assert names_in(r, met) == {"Carla Medina", "Tomas Ibarra"} and met.date == date(2010, 8, 7)


def test_talks_with_one_and_then_with_another_are_two_encounters(extract):
    r = extract(
        "CAIRO (Reuters) - Egyptian President Karim Fahmy defused the standoff earlier this month, holding "
        "talks with Syrian President Nabil Haddad in Damascus and then with Turkish President Orhan Aksoy "
        "in Ankara.",
        date(1998, 10, 21),
    )
    meetings = sorted((e.location, sorted(names_in(r, e)), e.date) for e in r.events if e.kind == "meeting")
    assert meetings == [
        ("Ankara", ["Karim Fahmy", "Orhan Aksoy"], date(1998, 10, 1)),
        ("Damascus", ["Karim Fahmy", "Nabil Haddad"], date(1998, 10, 1)),
    ]


def test_the_two_delegations_are_those_of_the_talks_told_with_delegations(extract):
    r = extract(
        "ANKARA, Oct 21 (Reuters) - The accord was signed on Tuesday at the end of two days of talks between "
        "delegations led by Turkish diplomat Selim Kaya and Iraqi General Hamid Jabbar.\n\n"
        "Egyptian President Karim Fahmy held talks with Syrian President Nabil Haddad in Damascus earlier "
        "this month.\n\n"
        "The two delegations agreed to meet again in Baghdad next month, a Turkish diplomat said.",
        date(1998, 10, 21),
    )
    planned = next(e for e in r.events if e.status == "planned")
    assert names_in(r, planned) == {"Selim Kaya", "Hamid Jabbar"}


def test_the_counterpart_named_before_a_speaker_is_in_the_talks(extract):
    r = extract(
        "TOKYO, Dec 15 (Reuters) - Japanese Foreign Minister Kenji Mori is also expected in New Delhi in "
        "January for strategic talks with his Indian counterpart Pranab Mehra, a Japanese foreign ministry "
        "official said.",
        date(2006, 12, 15),
    )
    assert any(names_in(r, e) == {"Kenji Mori", "Pranab Mehra"} for e in r.events)


def test_the_two_leaders_at_a_meeting_with_a_mediator_are_the_leaders_of_two_states(extract):
    r = extract(
        "OHRID (AP) - Kosovo Prime Minister Arben Krasniqi and Serbian President Milan Jovic agreed on "
        "Saturday on how to implement the plan, EU foreign policy chief Pieter Smit said.\n\n"
        "Smit chaired the talks together with the bloc's special envoy, Anna Novak.\n\n"
        "The two leaders endorsed the plan at a meeting with Smit in Brussels last month.",
        date(2023, 3, 19),
    )
    brussels = next(e for e in r.events if e.location == "Brussels")
    assert names_in(r, brussels) == {"Arben Krasniqi", "Milan Jovic", "Pieter Smit"}


def test_the_same_month_is_the_month_of_the_step_told_before(extract):
    r = extract(
        "RIYADH (AFP) - Iran's new ambassador, Reza Karimi, took up his post in Riyadh in September 2023. "
        "The kingdom's envoy, Fahd al-Otaibi, presented his credentials to the Iranian president in Tehran "
        "the same month.",
        None,
    )
    otaibi = next(e for e in r.events if "Fahd al-Otaibi" in names_in(r, e))
    assert (otaibi.date, otaibi.date_precision) == (date(2023, 9, 1), "month")


def test_a_portfolio_of_two_parts_before_an_apposed_name(nlp):
    from diplomacy.extraction.persons import find_persons

    doc = nlp(
        "The announcement came days after New Zealand's Minister for Trade and the Pacific, Zed Pasek, "
        "flew to Apia last week."
    )
    persons, _ = find_persons(doc, date(2022, 4, 20))
    assert [(p.name, [o.title for o in p.offices]) for p in persons] == [
        ("Zed Pasek", ["Minister for Trade and the Pacific"])
    ]


def test_the_two_leaders_named_without_titles_and_their_host(extract):
    r = extract(
        "PRETORIA, July 30 (Reuters) - The presidents of Burundi and Tanzania signed a peace deal in "
        "Pretoria on Tuesday.\n\n"
        "Burundi's Pierre Ndayishimiye and Tanzania's John Mwakyembe put their signatures to the accord at a "
        "ceremony hosted by South African President Sipho Dlamini.\n\n"
        "The two leaders, who had not met face to face for more than a year, held three hours of talks with "
        "Dlamini on Monday evening to settle the final text.",
        None,
    )
    talks = next(e for e in r.events if e.kind == "meeting")
    assert names_in(r, talks) == {"Pierre Ndayishimiye", "John Mwakyembe", "Sipho Dlamini"}


def test_a_summit_of_a_long_subject_list_its_communique_and_a_stand_in(extract):
    r = extract(
        "LUSAKA, Nov 23 (Reuters) - Regional leaders meeting in the Zambian capital on Wednesday agreed that "
        "the rebels must stop fighting.\n\n"
        "Malawian President Peter Banda, Tanzania's President Grace Mushi, who chairs the regional bloc, and "
        "former Kenyan President Daniel Otieno, the bloc's facilitator for the crisis, held closed-door talks "
        "at the invitation of Zambian President Joseph Mwale, the African Union's mediator.\n\n"
        "Mozambican President Carlos Nhaca stayed away and was represented by his foreign minister, "
        "Veronica Macamo.\n\n"
        "A final communique said hostilities would cease from Friday evening.",
        date(2022, 11, 23),
    )
    people = {"Peter Banda", "Grace Mushi", "Daniel Otieno", "Joseph Mwale", "Veronica Macamo"}
    talks = next(e for e in r.events if e.kind == "meeting")
    deal = next(e for e in r.events if e.kind == "agreement")
    assert names_in(r, talks) == people and talks.date == date(2022, 11, 23)
    assert names_in(r, deal) >= people - {"Veronica Macamo"} and deal.date == date(2022, 11, 23)


def test_greetings_at_a_named_summit_are_that_summit(extract):
    r = extract(
        "SANTO DOMINGO, March 7 (Reuters) - Latin American leaders met on Friday.\n\n"
        "Peruvian President Luis Pardo crossed the conference hall to greet Bolivia's Juan Quispe at the "
        "Rio Group meeting, then embraced Chilean President Ana Rojas and Paraguayan President Jorge Mena as the "
        "host, Dominican President Felix Castillo, urged the four leaders to make peace.",
        date(2008, 3, 7),
    )
    (summit,) = [e for e in r.events if e.kind == "meeting" and len(e.participants) > 1]
    assert names_in(r, summit) == {"Luis Pardo", "Juan Quispe", "Ana Rojas", "Jorge Mena", "Felix Castillo"}
    castillo = next(p for p in r.persons if p.name == "Felix Castillo")
    assert castillo.country == "DO"


def test_an_embassy_closed_and_a_commission_led_abroad(extract):
    r = extract(
        "QUITO, March 7 (Reuters) - Bolivian President Juan Quispe had ordered the closure of Bolivia's "
        "embassy in Lima a day earlier.\n\n"
        "The regional body said its secretary-general, Luis Fernando Ortiz, would lead a commission to Quito and "
        "Lima next week to investigate.",
        date(2008, 3, 7),
    )
    kinds = {e.kind: e for e in r.events}
    assert names_in(r, kinds["withdrawal"]) == {"Juan Quispe"}
    assert kinds["visit"].status == "planned" and names_in(r, kinds["visit"]) == {"Luis Fernando Ortiz"}


def test_separate_talks_with_each_guest_and_the_documents_they_signed(extract):
    r = extract(
        "WASHINGTON (AP) - Israeli Prime Minister Dan Adler, Omani Foreign Minister Salim al-Harthi and "
        "Kuwaiti Foreign Minister Jaber al-Sabah signed the documents at a White House ceremony on Tuesday.\n\n"
        "Before the ceremony, U.S. President Tom Walker welcomed Adler to the Oval Office and held separate "
        "talks there with al-Harthi and with al-Sabah.",
        date(2020, 9, 16),
    )
    deal = next(e for e in r.events if e.kind == "agreement")
    assert names_in(r, deal) >= {"Dan Adler", "Salim al-Harthi", "Jaber al-Sabah"}
    meetings = sorted(sorted(names_in(r, e)) for e in r.events if e.kind == "meeting")
    assert meetings == [
        ["Dan Adler", "Tom Walker"],
        ["Jaber al-Sabah", "Tom Walker"],
        ["Salim al-Harthi", "Tom Walker"],
    ]


def test_the_four_leaders_are_heads_of_state_not_the_envoys_who_signed_for_them(extract):
    r = extract(
        "MINSK, Feb 12 (Reuters) - The leaders of Russia, Ukraine, Germany and France agreed on Thursday on "
        "a package of measures.\n\n"
        "Russian President Ivan Sokolov, German Chancellor Anna Weber and French President Louis Martin "
        "negotiated with Ukrainian President Taras Bondar for more than 16 hours at the palace.\n\n"
        "The deal itself was signed by Russia's ambassador Oleg Petrov, German envoy Karl Schmidt, French "
        "envoy Paul Durand and Ukraine's ambassador Ivan Shevchuk.\n\n"
        "The four leaders adopted a separate declaration backing the agreement.",
        date(2015, 2, 12),
    )
    deals = [names_in(r, e) for e in r.events if e.kind == "agreement"]
    assert {"Ivan Sokolov", "Anna Weber", "Louis Martin", "Taras Bondar"} in deals
    assert {"Oleg Petrov", "Karl Schmidt", "Paul Durand", "Ivan Shevchuk"} in deals


def test_a_colon_dateline_gives_the_home_country():
    from diplomacy.extraction.wire import dateline

    line = dateline("ISLAMABAD: Pakistan on Wednesday downgraded its relations with India.")
    assert line is not None and line.place_country == "PK"
    assert dateline("WARNING: graphic content follows.") is None


def test_an_undated_article_dates_a_day_by_the_year_it_last_named(extract):
    r = extract(
        "By Aziza Karimova\n\nTASHKENT - When Kyrgyz President Almaz Osmonov landed in Dushanbe on March 9, "
        "2018, crowds lined the road. His foreign minister had visited Dushanbe in early 2017.\n\n"
        "On March 15, Osmonov sat down in Astana with Kazakh President Yerlan Sadykov.",
        None,
    )
    astana = next(e for e in r.events if "Yerlan Sadykov" in names_in(r, e))
    assert astana.date == date(2018, 3, 15)


def test_the_deal_told_again_and_the_call_it_was_announced_after(extract):
    r = extract(
        "MINSK, Feb 12 (Reuters) - Russia and Ukraine agreed on Thursday on a package of measures.\n\n"
        "The deal itself was signed by former Ukrainian president Pavlo Hrytsenko and Russia's ambassador "
        "Oleg Petrov.\n\n"
        "The package was announced on Feb. 2 after a phone call between Russian President Ivan Sokolov "
        "and Ukrainian President Taras Bondar.",
        date(2015, 2, 12),
    )
    signed = next(e for e in r.events if e.kind == "agreement" and "Oleg Petrov" in names_in(r, e))
    assert signed.date == date(2015, 2, 12)
    call = next(e for e in r.events if e.kind == "call")
    assert call.date == date(2015, 2, 2)


def test_who_tells_a_call_is_no_party_and_a_treaty_that_must_be_ratified_is_none_yet(extract):
    r = extract(
        "WASHINGTON (AP) - Secretary of State Anne Kelly spoke by telephone with Syrian Foreign Minister Omar "
        "Haddad on Sunday in an effort to salvage the session, spokesman Tom Reilly said, but the Syrians held "
        "firm.",
        date(2000, 1, 17),
    )
    assert [(e.kind, names_in(r, e)) for e in r.events] == [("call", {"Anne Kelly", "Omar Haddad"})]
    r = extract(
        "KIEV (AP) - Russian President Ivan Sokolov and Ukrainian President Taras Bondar signed a friendship "
        "treaty on Saturday.\n\nUkraine depends on Russia for its gas. The treaty must still be ratified by "
        "the legislatures of both countries.",
        date(1997, 5, 31),
    )
    assert len([e for e in r.events if e.kind == "agreement"]) == 1


def test_a_charter_initialed_at_a_meeting_is_an_agreement(extract):
    r = extract(
        "KIEV (AP) - On Thursday, Ukrainian Foreign Minister Petro Marchuk and NATO Secretary-General Lars "
        "Holm initialed a charter on a special partnership at a meeting in Sintra, Portugal.",
        date(1997, 5, 31),
    )
    deal = next(e for e in r.events if e.kind == "agreement")
    assert names_in(r, deal) == {"Petro Marchuk", "Lars Holm"} and deal.date == date(1997, 5, 29)


def test_agreeing_to_visit_is_a_plan_and_a_meeting_on_the_sidelines_is_on_the_occasion_s_day(extract):
    r = extract(
        "PARIS, Oct 23 (AFP) - Cambodian Prime Minister Sok Dara and Thai Prime Minister Anan Chai signed a "
        "peace settlement here on Wednesday. Anan also agreed to visit Phnom Penh at an appropriate time.\n\n"
        "On the sidelines, U.S. Secretary of State John Miller held a 45-minute meeting with Vietnamese "
        "Foreign Minister Tran Van Long.",
        date(1991, 10, 23),
    )
    kinds = {e.kind: e for e in r.events}
    assert kinds["agreement"].date == date(1991, 10, 23)
    assert kinds["visit"].status == "planned"
    assert kinds["meeting"].date == date(1991, 10, 23)


def test_a_conjunction_the_recogniser_took_in_is_no_name(nlp):
    from diplomacy.extraction.persons import find_persons

    doc = nlp(
        "When Lee Dong-ho met U.S. President Tom Walker at the White House on March 7, 2001, the new "
        "president voiced open skepticism."
    )
    persons, _ = find_persons(doc, None)
    assert not any(p.name.startswith("When") for p in persons)


def test_an_envoy_returning_to_his_post_and_they_who_met_last_week(extract):
    r = extract(
        "LIMA, Feb 15 (Reuters) - Peruvian President Mario Salas and Bolivia's Juan Quispe met in Lima on "
        "Tuesday, pledging to restore the trade links frozen in January.\n\n"
        "Peruvian Foreign Minister Ana Torres said on Tuesday that Ambassador Carlos Ortiz would return to "
        "his post in the coming days.\n\n"
        "Torres and her Bolivian counterpart, Rosa Mamani, laid the groundwork for Tuesday's summit when they "
        "met in Lima last week, diplomats said.",
        date(2005, 2, 15),
    )
    assert "agreement" not in {e.kind for e in r.events}
    back = next(e for e in r.events if e.kind == "appointment")
    assert back.status == "planned" and names_in(r, back) == {"Carlos Ortiz"}
    assert any(names_in(r, e) == {"Ana Torres", "Rosa Mamani"} for e in r.events if e.kind == "meeting")


def test_a_deal_told_by_its_witness_and_its_signers_is_one_deal(extract):
    r = extract(
        "WASHINGTON (AP) - Israel signed agreements establishing full diplomatic relations with Oman and "
        "Kuwait at a White House ceremony on Tuesday, with U.S. President Tom Walker declaring a new era.\n\n"
        "Israeli Prime Minister Dan Adler, Omani Foreign Minister Salim al-Harthi and Kuwaiti Foreign "
        "Minister Jaber al-Sabah signed the documents.",
        date(2020, 9, 16),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) >= {"Dan Adler", "Salim al-Harthi", "Jaber al-Sabah"}


def test_a_when_clause_after_a_date_is_dated_by_it(extract):
    r = extract(
        "NEW DELHI (Reuters) - The last summit between the two countries took place in February 1999, when "
        "Indian Prime Minister Ravi Menon rode a bus to Lahore and signed a declaration with Pakistani Prime "
        "Minister Imran Qadir.",
        date(2001, 7, 17),
    )
    deal = next(e for e in r.events if e.kind == "agreement")
    assert (deal.date, deal.date_precision) == (date(1999, 2, 1), "month")


def test_a_day_weeks_ahead_is_this_year_s_and_a_based_court_is_no_person(extract):
    from diplomacy.extraction.dates import find_dates

    (m,) = find_dates("Mexico hosts a summit in Guadalajara on May 28", date(2004, 5, 3))
    assert m.date == date(2004, 5, 28)
    (m,) = find_dates("They met on December 12", date(2004, 5, 3))
    assert m.date == date(2003, 12, 12)
    r = extract(
        "GENEVA (Reuters) - The Hague-based court ruled last month. Nigerian President Musa Bello met "
        "Cameroonian President Jean Mbarga on Friday.",
        date(2002, 11, 16),
    )
    assert not any("based" in p.name for p in r.persons)


def test_a_bare_agency_dateline_their_talks_and_a_second_deal_of_the_day(extract):
    from diplomacy.extraction.wire import dateline

    assert dateline("CANBERRA, Dec 7 AAP - Australia will help").place_country == "AU"
    r = extract(
        "TOKYO, March 16 Kyodo - Prime Minister Kenji Mori and South Korean President Park Min-su agreed "
        "Thursday to resume regular reciprocal visits by their countries' leaders, suspended for more than a "
        "decade, as the two allies moved to turn the page on a long-running feud over wartime labor.\n\n"
        "At their talks at the prime minister's office in Tokyo, the two leaders also agreed to relaunch a "
        "security dialogue.\n\n"
        "After the summit, Mori hosted his guest for dinner, where the two leaders continued their "
        "conversation over sukiyaki.\n\n"
        "Also on Thursday, Japan and South Korea reached a deal on exports of three materials.\n\n"
        "Park is scheduled to meet Japanese business leaders on Friday.",
        date(2023, 3, 16),
    )
    kinds = sorted(e.kind for e in r.events if e.status == "occurred")
    assert kinds == ["agreement", "agreement", "meeting"]
    talks = next(e for e in r.events if e.kind == "meeting" and e.status == "occurred")
    assert names_in(r, talks) == {"Kenji Mori", "Park Min-su"} and talks.date == date(2023, 3, 16)
    assert not any(e.status == "planned" and "Kenji Mori" in names_in(r, e) for e in r.events)


def test_a_pact_signed_by_two_named_leaders_and_the_talks_before_it(extract):
    r = extract(
        "CANBERRA, Dec 7 AAP - Australia will help Fiji bolster its police under a landmark pact signed by "
        "Prime Minister Tom Walsh and his Fijian counterpart Josefa Rabuka at Parliament House on Thursday.\n\n"
        "The two leaders held talks for more than an hour before putting their names to the agreement.",
        date(2023, 12, 7),
    )
    by_kind = {e.kind: e for e in r.events}
    assert names_in(r, by_kind["agreement"]) == names_in(r, by_kind["meeting"]) == {"Tom Walsh", "Josefa Rabuka"}
    assert by_kind["agreement"].date == date(2023, 12, 7)


def test_witnesses_of_a_signing_and_time_on_the_telephone(extract):
    r = extract(
        "ZURICH (AFP) - Serbian Foreign Minister Milan Petrovic and his Croatian counterpart Ivan Horvat put "
        "their signatures to the two protocols at the university in the presence of U.S. Secretary of State "
        "Anne Kelly and French Foreign Minister Paul Durand.\n\n"
        "Kelly instead drove to the Croatian delegation's hotel and met Horvat there, while an aide said she "
        "also spent long stretches on the telephone with Petrovic.",
        None,
    )
    deal = next(e for e in r.events if e.kind == "agreement")
    assert names_in(r, deal) == {"Milan Petrovic", "Ivan Horvat", "Anne Kelly", "Paul Durand"}
    call = next(e for e in r.events if e.kind == "call")
    assert names_in(r, call) == {"Anne Kelly", "Milan Petrovic"}


def test_a_host_who_met_two_leaders_separately_before_bringing_them_together(extract):
    r = extract(
        "ANKARA (Reuters) - Turkish President Kemal Aydin met Ethiopian Prime Minister Dawit Haile and Somali "
        "President Hassan Sheikh Abdirahman separately at the presidential palace before bringing them "
        "together for several hours of talks that ran into the evening.",
        None,
    )
    together = [names_in(r, e) for e in r.events if e.kind == "meeting"]
    assert {"Kemal Aydin", "Dawit Haile", "Hassan Sheikh Abdirahman"} in together


def test_the_two_presidents_are_presidents_and_an_unknown_monday_is_no_february(extract):
    r = extract(
        "CARACAS, Feb 15 (Reuters) - Venezuelan President Pedro Salas and Colombian President Mario Rojas "
        "met in Caracas on Tuesday.\n\n"
        "Venezuelan Foreign Minister Ana Torres and her Colombian counterpart, Rosa Mejia, met in Caracas "
        "last week.\n\n"
        "The two presidents are expected to meet again next month in Ciudad Guayana.",
        date(2005, 2, 15),
    )
    planned = next(e for e in r.events if e.status == "planned")
    assert names_in(r, planned) == {"Pedro Salas", "Mario Rojas"}
    r = extract(
        "PRETORIA (Reuters) - Burundian President Pierre Ndayishimiye and Tanzanian President John Mwakyembe "
        "held talks in Washington in February 2001.\n\n"
        "The two leaders held three hours of talks with South African President Sipho Dlamini on Monday "
        "evening in Pretoria.",
        None,
    )
    assert len([e for e in r.events if e.kind == "meeting"]) == 2


def test_a_byline_before_the_dateline_and_the_talks_of_the_trip_told_after_it(extract):
    from diplomacy.extraction.wire import dateline

    assert dateline("By Aziza Karimova\n\nTASHKENT - When ...").place_country == "UZ"
    r = extract(
        "By Aziza Karimova\n\nTASHKENT - When Kyrgyz President Almaz Osmonov landed in Dushanbe on March 9, "
        "2018, crowds lined the road.\n\n"
        "It was the first state visit by a Kyrgyz leader to Tajikistan in two decades.\n\n"
        "Osmonov's talks with Tajik President Rustam Nazarov at the palace ran well past their allotted time. "
        "By the evening the two leaders had signed a treaty on strategic partnership, part of a package of "
        "some two dozen documents.",
        None,
    )
    talks = next(e for e in r.events if e.kind == "meeting")
    deal = next(e for e in r.events if e.kind == "agreement")
    assert talks.date == deal.date == date(2018, 3, 9)
    assert names_in(r, deal) == {"Almaz Osmonov", "Rustam Nazarov"}


def test_legs_of_one_trip_and_an_envoy_leading_a_mission(extract):
    r = extract(
        "BERLIN (Reuters) - German Chancellor Anna Weber and French President Louis Martin launched the "
        "latest peace push last week, flying first to Kiev for talks with Ukrainian President Taras Bondar "
        "and then to Moscow to see Russian President Ivan Sokolov.\n\n"
        "Armenian President Ashot Grigoryan is expected to travel to the Turkish city of Bursa on Wednesday.\n\n"
        "On Tuesday the foreign minister announced that Tom Reilly, a senior diplomat, would lead the mission "
        "as special coordinator.",
        date(2015, 2, 12),
    )
    meetings = {e.location: e for e in r.events if e.kind == "meeting"}
    assert names_in(r, meetings["Moscow"]) == {"Anna Weber", "Louis Martin", "Ivan Sokolov"}
    assert meetings["Moscow"].date == meetings["Kiev"].date == date(2015, 2, 1)
    assert any(e.kind == "visit" and e.status == "planned" for e in r.events)
    assert any(e.kind == "appointment" and names_in(r, e) == {"Tom Reilly"} for e in r.events)


def test_an_envoy_recalled_and_returning_and_last_thursday_in_a_friday_story(extract):
    from diplomacy.extraction.dates import find_dates

    (m,) = find_dates("France recalled him last Thursday", date(2019, 2, 15))
    assert m.date == date(2019, 2, 7)
    (m,) = find_dates("They met last Monday", date(2019, 2, 15))
    assert m.date == date(2019, 2, 11)
    r = extract(
        "PARIS, Feb 15 (Reuters) - Spain's ambassador to Portugal returned to Lisbon on Friday, a week after "
        "Madrid recalled him.\n\n"
        "The envoy, Juan Ortuno, will carry a message of friendship. Spain recalled Ortuno for consultations "
        "last Thursday.",
        date(2019, 2, 15),
    )
    back = next(e for e in r.events if e.kind == "appointment")
    assert back.date == date(2019, 2, 15) and set(back.countries) == {"ES", "PT"}


def test_presidents_who_signed_a_peace_plan(extract):
    r = extract(
        "GUATEMALA CITY (AP) - The presidents of five Central American nations signed a regional peace plan "
        "late Friday.\n\n"
        "The accord was signed at the National Palace by Guatemalan President Luis Mejia and Costa Rican "
        "President Ana Solis.",
        date(1987, 8, 8),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert deal.date == date(1987, 8, 7) and names_in(r, deal) == {"Luis Mejia", "Ana Solis"}


def test_a_possessive_country_names_the_state_of_a_person_without_title(extract):
    r = extract(
        "ASUNCION, March 26 (Reuters) - Argentine President Mario Gomez, Brazil's Pedro Alves, Uruguay's "
        "Jorge Vidal and their host, Paraguayan President Luis Benitez, put their names to the treaty.",
        date(1991, 3, 26),
    )
    countries = {p.name: p.country for p in r.persons}
    assert countries["Pedro Alves"] == "BR" and countries["Mario Gomez"] == "AR"


def test_several_states_breaking_with_one_target_in_an_undated_story(extract):
    r = extract(
        "DOHA (Reuters) - Kuwait's ruler flew to Riyadh on Tuesday to defuse the crisis, a day after Saudi "
        "Arabia and its allies cut ties with Qatar.\n\n"
        "Bahrain was the first to announce on Monday that it was severing diplomatic relations with Doha. "
        "Egypt also broke off relations and closed its airspace to Qatari aircraft.",
        None,
    )
    pairs = sorted(tuple(sorted(e.countries)) for e in r.events if e.kind == "withdrawal")
    assert ("EG", "QA") in pairs and ("QA", "SA") in pairs


def test_a_month_of_last_year():
    from diplomacy.extraction.dates import find_dates

    (m,) = find_dates("who brought the two leaders together in May last year", date(1988, 5, 17))
    assert (m.date, m.precision) == (date(1987, 5, 1), "month")
    (m,) = find_dates("a summit planned for March next year", date(1988, 5, 17), future=True)
    assert m.date == date(1989, 3, 1)


def test_a_name_after_an_office_of_an_organisation_is_a_name(nlp):
    from diplomacy.extraction.persons import find_persons

    doc = nlp(
        "The delegation held meetings with Foreign Ministry Director-General Oren Tal and CEO of the "
        "President’s Office Yossi Ben-Ami and their teams, at both the President’s Residence and the "
        "Foreign Ministry in Jerusalem."
    )
    persons, _ = find_persons(doc, date(2022, 2, 17))
    assert {"Oren Tal", "Yossi Ben-Ami"} <= {p.name for p in persons}
