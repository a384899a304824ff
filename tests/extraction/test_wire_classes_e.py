"""Classes of wire writing found missing on the fifth round of dev sets (invented names and places)."""

from datetime import date

from tests.extraction.names import names_in


def test_exchanging_ambassadors_is_a_planned_appointment_between_the_two_states(extract):
    r = extract(
        "LUSAKA, May 4 (Reuters) - Zambia and Malawi restored diplomatic relations on Tuesday after a "
        "two-year rift.\n\n"
        "The two governments said they would exchange ambassadors as soon as possible.",
        date(2011, 5, 4),
    )
    (envoys,) = [e for e in r.events if e.kind == "appointment"]
    assert envoys.status == "planned"
    assert set(envoys.countries) == {"ZM", "MW"}


def test_agreeing_to_restore_ties_and_to_exchange_ambassadors_plans_the_exchange(extract):
    r = extract(
        "LIMA, Feb 15 (Reuters) - Peru and Bolivia agreed on Thursday to restore full diplomatic relations, "
        "broken off during their 1979 dispute over the lake, and to exchange ambassadors in the coming weeks, "
        "the two governments said in a joint statement.",
        date(1990, 2, 15),
    )
    (envoys,) = [e for e in r.events if e.kind == "appointment"]
    assert envoys.status == "planned"
    assert set(envoys.countries) == {"PE", "BO"}


def test_agreeing_to_a_cease_fire_is_an_agreement_and_the_hosts_named_after_with_take_part(extract):
    r = extract(
        "PORT LOUIS, Mauritius (AP) -- Ruritanian Prime Minister Anton Weller and Borduvian leader Kemal Oren "
        "agreed Tuesday to a mutual cease-fire, shaking hands at a seaside resort.\n\n"
        "The two leaders met for about four hours with their hosts, Mauritian President Ravi Ramgoolam and "
        "Seychelles President Marc Laporte, in their first meeting since Oren took office last month.",
        date(2005, 2, 8),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) == {"Anton Weller", "Kemal Oren"}
    assert deal.date == date(2005, 2, 8)
    (summit,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, summit) == {"Anton Weller", "Kemal Oren", "Ravi Ramgoolam", "Marc Laporte"}


def test_a_pact_that_two_leaders_signed_is_their_agreement(extract):
    r = extract(
        "BAMAKO, May 11 (AFP) - Mali on Sunday accused Niger of arming rebels.\n\n"
        "The row is a heavy blow to the non-aggression pact that Malian President Ousmane Keita and his "
        "Nigerien counterpart Ali Mahamadou signed in Dakar on March 13 on the sidelines of a summit.",
        date(2008, 5, 11),
    )
    (pact,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, pact) == {"Ousmane Keita", "Ali Mahamadou"}
    assert pact.date == date(2008, 3, 13)
    assert pact.location == "Dakar"


def test_both_men_invited_to_visit_separately_are_two_planned_visits_to_the_host(extract):
    r = extract(
        "GENEVA (AP) -- Ruritanian Prime Minister Anton Weller and Borduvian leader Kemal Oren met on Tuesday "
        "for the first time.\n\n"
        "In Washington, the White House said President Frank Dalton had invited both men to visit him "
        "separately at the White House in the spring.",
        date(2005, 2, 8),
    )
    visits = [e for e in r.events if e.kind == "visit"]
    assert sorted(sorted(names_in(r, v)) for v in visits) == [
        ["Anton Weller", "Frank Dalton"],
        ["Frank Dalton", "Kemal Oren"],
    ]
    assert {v.status for v in visits} == {"planned"}


def test_talks_a_day_before_the_summit_are_their_own_meetings_dated_the_day_before(extract):
    r = extract(
        "GENEVA (AP) -- Ruritanian Prime Minister Anton Weller and Borduvian leader Kemal Oren met on Tuesday "
        "at a lakeside hotel.\n\n"
        "The summit came a day after U.S. Secretary of State Mary Holt held talks in Zurich with Weller and "
        "then drove to Bern for a meeting with Oren.",
        date(2005, 2, 8),
    )
    meetings = {frozenset(names_in(r, e)): e for e in r.events if e.kind == "meeting"}
    assert meetings[frozenset({"Anton Weller", "Kemal Oren"})].date == date(2005, 2, 8)
    assert meetings[frozenset({"Mary Holt", "Anton Weller"})].date == date(2005, 2, 7)
    assert meetings[frozenset({"Mary Holt", "Kemal Oren"})].date == date(2005, 2, 7)


def test_a_rupture_takes_the_official_who_announced_it_and_the_day_he_did(extract):
    r = extract(
        "TIRANOS — Ruritania's decision to break off diplomatic relations with Borduvia, announced by "
        "Foreign Minister Anton Weller at a news conference on August 24, 2021, was the culmination of "
        "months of hostility.",
        None,
    )
    (rupture,) = [e for e in r.events if e.kind == "withdrawal"]
    assert names_in(r, rupture) == {"Anton Weller"}
    assert rupture.date == date(2021, 8, 24)


def test_the_next_sentence_s_announcer_takes_part_in_a_rupture_told_by_states(extract):
    r = extract(
        "KHARTOUM, May 11 (AFP) - Sudan on Sunday severed diplomatic relations with neighbouring Chad, "
        "accusing N'Djamena of arming rebels.\n\n"
        "President Ahmed Babiker announced the decision in a televised address.",
        date(2008, 5, 11),
    )
    (rupture,) = [e for e in r.events if e.kind == "withdrawal"]
    assert names_in(r, rupture) == {"Ahmed Babiker"}
    assert set(rupture.countries) == {"SD", "TD"}


def test_a_capital_recalling_its_ambassador_in_another_names_both_states(extract):
    r = extract(
        "The crisis deepened in the summer.\n\n"
        "Algiers recalled its ambassador in Rabat for consultations on July 18, 2021, and demanded an "
        "explanation.",
        None,
    )
    (recall,) = [e for e in r.events if e.kind == "withdrawal"]
    assert set(recall.countries) == {"DZ", "MA"}
    assert recall.date == date(2021, 7, 18)


def test_talks_held_alongside_the_day_s_signing_take_its_day(extract):
    r = extract(
        "PORT MORESBY, May 22 (Reuters) - Ruritania and Papua New Guinea signed a defence agreement on Monday.\n\n"
        "Ruritanian Foreign Minister Anton Weller and Papua New Guinea's Defence Minister Win Daka signed "
        "the pact at a ceremony in Port Moresby.\n\n"
        "Weller, who also held talks with Prime Minister James Kapo, was standing in for his president.",
        date(2023, 5, 22),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Anton Weller", "James Kapo"}
    assert talks.date == date(2023, 5, 22)


def test_a_date_ending_a_summit_between_two_named_leaders_dates_that_summit(extract):
    r = extract(
        "BERNE, April 14 (Xinhua) -- Ruritania and Borduvia signed a border accord here today.\n\n"
        "After the ceremony, Foreign Minister Anton Weller and his counterpart Kemal Oren held talks for about "
        "an hour, discussing preparations for the summit between President Frank Dalton and President Ivan "
        "Petrov in Vienna from May 29 to June 2, a spokesman said.",
        date(1988, 4, 14),
    )
    meetings = {frozenset(names_in(r, e)): e for e in r.events if e.kind == "meeting"}
    talks = meetings[frozenset({"Anton Weller", "Kemal Oren"})]
    assert (talks.date, talks.status) == (date(1988, 4, 14), "occurred")
    summit = meetings[frozenset({"Frank Dalton", "Ivan Petrov"})]
    assert (summit.date, summit.status) == (date(1988, 5, 29), "planned")


def test_informing_someone_in_a_telephone_call_is_a_call_with_him(extract):
    r = extract(
        "TOKYO, Sept. 10 Kyodo -- Japan on Thursday voiced deep regret over Borduvian President Ivan Kovalenko's "
        "postponement of his visit to Japan.\n\n"
        "Kovalenko informed Prime Minister Kenji Mori of his decision in a telephone call late Wednesday, saying "
        '"domestic circumstances" made it impossible for him to leave, government officials said.',
        date(1992, 9, 10),
    )
    (call,) = [e for e in r.events if e.kind == "call"]
    assert names_in(r, call) == {"Ivan Kovalenko", "Kenji Mori"}
    assert call.date == date(1992, 9, 9)


def test_the_postponement_of_a_visit_cancels_it(extract):
    r = extract(
        "TOKYO, Sept. 10 Kyodo -- Japan on Thursday voiced deep regret over Borduvian President Ivan Petrov's "
        "last-minute postponement of his visit to Japan, which had been scheduled for Sept. 13-16.",
        date(1992, 9, 10),
    )
    (visit,) = [e for e in r.events if e.kind == "visit"]
    assert visit.status == "cancelled"


def test_an_envoy_calling_on_a_minister_to_convey_a_decision_meets_him(extract):
    r = extract(
        "TOKYO, Sept. 10 Kyodo -- Earlier on Wednesday, Borduvian Ambassador Lev Chikov called on Vice "
        "Foreign Minister Hiro Owada at the Foreign Ministry to convey the decision, officials said.",
        date(1992, 9, 10),
    )
    (meeting,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, meeting) == {"Lev Chikov", "Hiro Owada"}
    assert meeting.date == date(1992, 9, 9)


def test_a_trip_for_the_group_of_20_summit_takes_the_summit_s_days(extract):
    r = extract(
        "WASHINGTON, Aug 7 (Reuters) - President Frank Dalton will still travel to St. Petersburg for the "
        "Group of 20 summit on Sept. 5-6, White House spokesman Jay Carter said. Instead, Dalton will add a "
        "stop in Stockholm before the G20 meeting.",
        date(2013, 8, 8),
    )
    trips = [e for e in r.events if e.kind == "visit" and e.location == "St. Petersburg"]
    assert [(t.date, t.status) for t in trips] == [(date(2013, 9, 5), "planned")]


def test_arriving_for_three_days_of_talks_with_a_host_is_a_meeting_with_him(extract):
    r = extract(
        "SEOUL (AP) — Ruritanian President Anton Weller arrived in Pyongyang on June 13, 2000, for three days "
        "of talks with leader Kim Song-il, officials said.",
        date(2000, 6, 13),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Anton Weller", "Kim Song-il"}
    assert talks.date == date(2000, 6, 13)


def test_a_summit_called_off_keeps_the_time_it_was_planned_for(extract):
    r = extract(
        "WASHINGTON, Aug 7 (Reuters) - President Frank Dalton on Wednesday called off a summit with Borduvian "
        "President Ivan Orlov that had been planned for Moscow early next month, citing a lack of progress.",
        date(2013, 8, 8),
    )
    (summit,) = [e for e in r.events if e.kind == "meeting"]
    assert (summit.status, summit.date, summit.date_precision) == ("cancelled", date(2013, 9, 1), "month")


def test_it_in_an_announced_rupture_is_the_state_that_announced_it(extract):
    r = extract(
        "DOHA (Reuters) - Gulf states cut ties with Qatar this week.\n\n"
        "Bahrain was the first to announce on Monday that it was severing diplomatic relations with Doha.\n\n"
        "Nauru, a former phosphate-mining hub of about 12,500 people, announced that it was severing ties "
        "with Taiwan.",
        None,
    )
    pairs = {frozenset(e.countries) for e in r.events if e.kind == "withdrawal"}
    assert frozenset({"BH", "QA"}) in pairs
    assert frozenset({"NR", "TW"}) in pairs


def test_downgrading_diplomatic_representation_is_a_withdrawal(extract):
    r = extract(
        "AMMAN (Reuters) - On Tuesday, Jordan said it was downgrading its diplomatic representation in Qatar "
        "and revoking the licence of a television channel.",
        date(2017, 6, 6),
    )
    (cut,) = [e for e in r.events if e.kind == "withdrawal"]
    assert set(cut.countries) == {"JO", "QA"}


def test_flying_on_the_next_day_for_talks_is_a_day_after_the_meeting_before(extract):
    r = extract(
        "MOSCOW, Jan 19 (Reuters) - The gas dispute ended on Monday.\n\n"
        "Czech Prime Minister Karel Novak met Russian Prime Minister Ivan Orlov in Moscow on Jan. 10 and flew to "
        "Kiev the next day for talks with Ukrainian President Petro Bondar.",
        date(2009, 1, 19),
    )
    meetings = {frozenset(names_in(r, e)): e for e in r.events if e.kind == "meeting"}
    assert meetings[frozenset({"Karel Novak", "Ivan Orlov"})].date == date(2009, 1, 10)
    assert meetings[frozenset({"Karel Novak", "Petro Bondar"})].date == date(2009, 1, 11)


def test_telling_someone_by_telephone_is_a_call_and_a_condition_is_no_deal(extract):
    r = extract(
        "MOSCOW, Jan 19 (Reuters) - Russian Prime Minister Ivan Orlov told German Chancellor Greta Hahn by "
        "telephone on Sunday that supplies would resume once the contracts had been signed, the Kremlin said.",
        date(2009, 1, 19),
    )
    (call,) = [e for e in r.events if e.kind == "call"]
    assert names_in(r, call) == {"Ivan Orlov", "Greta Hahn"}
    assert call.date == date(2009, 1, 18)
    assert not [e for e in r.events if e.kind == "agreement"]


def test_also_saying_he_was_recalling_his_ambassador_comes_on_the_day_of_the_expulsion(extract):
    r = extract(
        "VALLETTA, March 5 (Reuters) - The row deepened on Friday.\n\n"
        "Late on Thursday, Maltese Prime Minister Anton Weller gave Libyan Ambassador Omar Saleh 72 hours to "
        "leave the country. Speaking to supporters in Valletta, the former lawyer also said he was recalling "
        "his own ambassador in Tripoli, Karim Borg.",
        date(1999, 3, 5),
    )
    (recall,) = [e for e in r.events if e.kind == "withdrawal" and names_in(r, e) == {"Karim Borg"}]
    assert recall.date == date(1999, 3, 4)


def test_the_year_of_a_relative_clause_about_a_person_is_not_the_year_of_the_talks(extract):
    r = extract(
        "SANTIAGO, July 25 (Reuters) - Chile and Bolivia signed a gas deal on Saturday.\n\n"
        '"This is a historic day," Bolivian President Tomas Vidal, a former bishop who won the presidency last '
        "year on a pledge to renegotiate the terms, told reporters after he held more than three hours of talks "
        "with Chilean President Mateo Rojas.",
        date(2009, 7, 25),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Tomas Vidal", "Mateo Rojas"}
    assert talks.date != date(2008, 1, 1)


def test_a_lead_that_tells_a_day_but_no_encounter_dates_the_signing_of_its_two_people(extract):
    r = extract(
        "SANTIAGO, July 25 (Reuters) - Chilean President Mateo Rojas Ibanez agreed on Saturday to double the "
        "amount Chile pays Bolivia for gas from the border fields, handing his Bolivian counterpart Tomas Vidal "
        "a hard-won victory after a year of testy negotiations.\n\n"
        "Rojas and Vidal signed a joint declaration at the presidential palace that raises Chile's payments.",
        date(2009, 7, 25),
    )
    # "Rojas" is the middle word of the full name, not a second person
    assert {p.name for p in r.persons} == {"Mateo Rojas Ibanez", "Tomas Vidal"}
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) == {"Mateo Rojas Ibanez", "Tomas Vidal"}
    assert deal.date == date(2009, 7, 25)


def test_whose_meeting_is_the_meeting_of_the_names_it_follows(extract):
    r = extract(
        "QUITO, July 25 (Reuters) - Ecuador and Peru signed a fisheries accord on Saturday.\n\n"
        "The final text was hammered out earlier this month in Lima by Ecuadorean Foreign Minister Rosa Benitez "
        "and her Peruvian counterpart, Julio Tamayo, whose meeting broke a months-long deadlock over quotas.",
        date(2009, 7, 25),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Rosa Benitez", "Julio Tamayo"}
    assert (talks.date, talks.date_precision) == (date(2009, 7, 1), "month")


def test_a_trip_someone_had_been_due_to_make_but_put_off_is_his_cancelled_visit(extract):
    r = extract(
        "QUITO, July 25 (Reuters) - Ecuador and Peru signed a fisheries accord on Saturday.\n\n"
        "Ecuadorean President Marco Lozada had originally been due to travel to Lima in May, but the trip was "
        "put off when negotiators failed to close the gap.",
        date(2009, 7, 25),
    )
    (trip,) = [e for e in r.events if e.kind == "visit"]
    assert names_in(r, trip) == {"Marco Lozada"}
    assert trip.status == "cancelled"
    assert (trip.date, trip.date_precision, trip.location) == (date(2009, 5, 1), "month", "Lima")


def test_due_to_visit_but_called_off_the_stop_is_cancelled_and_the_negotiations_keep_their_place(extract):
    r = extract(
        "CANBERRA, May 22 (Reuters) - Australian Foreign Minister Jane Holt signed a defence pact with Fiji on "
        "Monday.\n\n"
        "Holt was standing in for Prime Minister Anthony Brennan, who had been due to visit Fiji on Monday but "
        "called off the stop last week to focus on budget negotiations in Canberra.",
        date(2009, 5, 22),
    )
    (trip,) = [e for e in r.events if e.kind == "visit"]
    assert names_in(r, trip) == {"Anthony Brennan"}
    assert (trip.status, trip.location) == ("cancelled", "Fiji")


def test_talks_in_one_city_and_a_visit_to_another_the_next_day_stay_two_events(extract):
    r = extract(
        "NAIROBI, Aug 6 (Reuters) - Kenyan President Daniel Mwangi met Ugandan President Peter Okello in Nairobi "
        "on Thursday.\n\n"
        "U.S. Secretary of State Susan Hale is due to hold talks with Mwangi in Nairobi on Monday before flying "
        "to Mombasa on Tuesday, where she is expected to visit a refugee camp.",
        date(2009, 8, 6),
    )
    talks = [e for e in r.events if e.kind == "meeting" and "Susan Hale" in names_in(r, e)]
    assert [(e.status, e.date, e.location) for e in talks] == [("planned", date(2009, 8, 10), "Nairobi")]
    (trip,) = [e for e in r.events if e.kind == "visit"]
    assert (trip.status, trip.date, trip.location) == ("planned", date(2009, 8, 11), "Mombasa")


def test_recalling_a_high_commissioner_and_pulling_envoys_out_are_withdrawals(extract):
    r = extract(
        "WELLINGTON, Nov 11 (Reuters) - Commonwealth leaders on Saturday suspended Zimbabwe from the grouping, as "
        "Canada and Ireland pulled their envoys out of Harare in protest.\n\n"
        "Canadian Prime Minister Paul Gagnon told reporters on Saturday that Ottawa was recalling its high "
        "commissioner from Harare for consultations.",
        date(1996, 11, 11),
    )
    # each state pulls its own envoy; the recall told next is Canada's
    assert sorted(sorted(e.countries) for e in r.events if e.kind == "withdrawal") == [["CA", "ZW"], ["IE", "ZW"]]


def test_names_of_states_after_a_plural_title_are_people_who_met(extract):
    r = extract(
        "BANGKOK, Dec 8 (Reuters) - Days later, the national security advisers, Ajay Rawal of India and Tariq "
        "Qureshi of Pakistan, held secret talks in Bangkok on December 6.",
        date(2015, 12, 8),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Ajay Rawal", "Tariq Qureshi"}
    assert talks.location == "Bangkok"


def test_calling_on_one_leader_and_holding_talks_with_his_adviser_are_two_meetings(extract):
    r = extract(
        "ISLAMABAD, Dec 10 (Reuters) - Indian Foreign Minister Meera Kapoor travelled to Islamabad on Wednesday "
        "for a conference on Afghanistan. She called on Prime Minister Imran Baig and held talks with his "
        "adviser on foreign affairs, Farid Malik, after which the two sides announced the resumption of talks.",
        date(2015, 12, 10),
    )
    meetings = {frozenset(names_in(r, e)) for e in r.events if e.kind == "meeting"}
    assert meetings == {frozenset({"Meera Kapoor", "Imran Baig"}), frozenset({"Meera Kapoor", "Farid Malik"})}


def test_leaders_who_looked_on_as_executives_signed_take_part_in_the_deal(extract):
    r = extract(
        "MOSCOW, Jan 19 (Reuters) - Russia and Ukraine signed a gas transit deal on Monday.\n\n"
        "Russian Prime Minister Ivan Orlov and Ukrainian Prime Minister Olena Bondar looked on in Moscow as "
        "Pavel Sokolov, chief executive of the state gas monopoly Gazprom, and Taras Melnyk, head of Ukraine's "
        "Naftogaz, put their names to the contracts.",
        date(2009, 1, 19),
    )
    assert "Naftogaz" not in {p.name for p in r.persons}
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) == {"Ivan Orlov", "Olena Bondar", "Pavel Sokolov", "Taras Melnyk"}
    assert deal.date == date(2009, 1, 19)


def test_ministers_who_also_signed_the_document_sign_the_same_treaty(extract):
    r = extract(
        "LIMA, March 26 (Reuters) - The presidents of Peru and Chile signed a treaty on Tuesday.\n\n"
        "Peruvian President Jorge Salas and his Chilean counterpart Pedro Vial put their names to the treaty at "
        "a ceremony in the palace. Their foreign ministers -- Ana Ruiz of Peru and Diego Soto of Chile -- also "
        "signed the document.",
        date(1991, 3, 26),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) == {"Jorge Salas", "Pedro Vial", "Ana Ruiz", "Diego Soto"}


def test_a_state_of_a_country_named_like_a_person_is_no_person(extract):
    r = extract(
        "NEW DELHI, May 27 (Reuters) - Indian Prime Minister Ravi Menon met Sri Lankan President Nimal Perera "
        "on Tuesday, whose presence angered parties in the southern state of Tamil Nadu.",
        date(2014, 5, 27),
    )
    assert "Tamil Nadu" not in {p.name for p in r.persons}
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Ravi Menon", "Nimal Perera"}


def test_a_year_before_the_summit_noun_dates_it(extract):
    r = extract(
        "NEW DELHI, May 27 (Reuters) - The visit revived memories of Pakistani Prime Minister Imran Baig's 1999 "
        "summit with Indian Prime Minister Ravi Menon in Lahore, where the two signed the Lahore Declaration.",
        date(2014, 5, 27),
    )
    (summit,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, summit) == {"Imran Baig", "Ravi Menon"}
    assert (summit.date, summit.date_precision, summit.location) == (date(1999, 1, 1), "year", "Lahore")


def test_talks_held_there_during_a_visit_take_the_month_and_place_of_the_signing(extract):
    r = extract(
        "BEIJING, April 26 (Reuters) - The border talks go back a long way.\n\n"
        "An agreement on the eastern section of the border was signed in Moscow in May 1991, during a visit by "
        "Wei Lin, then general secretary of the Chinese Communist Party, who held talks there with Soviet "
        "President Oleg Petrov.",
        date(1996, 4, 26),
    )
    (talks,) = [e for e in r.events if e.kind in ("meeting", "visit")]
    assert names_in(r, talks) == {"Wei Lin", "Oleg Petrov"}
    assert (talks.date, talks.date_precision, talks.location) == (date(1991, 5, 1), "month", "Moscow")


def test_two_years_later_counts_from_the_year_told_before(extract):
    r = extract(
        "HANOI, Sept 10 (Reuters) - In July 2013 U.S. President Mark Hollis and his Vietnamese counterpart Tran "
        "Van Long met at the White House and launched a partnership, and two years later Le Minh Duc became the "
        "first Vietnamese party chief to visit Washington, holding talks with Hollis in the Oval Office.",
        date(2023, 9, 10),
    )
    (trip,) = [e for e in r.events if e.kind == "visit"]
    assert names_in(r, trip) == {"Le Minh Duc"}
    assert (trip.date, trip.date_precision) == (date(2015, 1, 1), "year")


def test_courtesy_titles_are_not_names_and_a_rank_after_the_office_does_not_hide_it(extract):
    r = extract(
        "Australia and Indonesia yesterday signed a treaty to share the oil of the Timor Gap.\n\n"
        "The Minister for Foreign Affairs and Trade, Senator Gareth Lyle, and his Indonesian counterpart, "
        "Mr Budi Santoso, put their signatures to the document aboard the aircraft.\n\n"
        "The two ministers had held talks over breakfast in Darwin before boarding the aircraft.",
        None,
    )
    people = {p.name: p for p in r.persons}
    assert set(people) == {"Gareth Lyle", "Budi Santoso"}
    assert "Minister for Foreign Affairs and Trade" in {o.title for o in people["Gareth Lyle"].offices}
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Gareth Lyle", "Budi Santoso"}
    assert talks.location == "Darwin"


def test_an_ambassador_summoned_by_an_official_meets_him_and_going_home_is_no_visit(extract):
    r = extract(
        "WASHINGTON, July 12 (Reuters) - The United States on Tuesday expelled Nicaraguan Ambassador Jaime "
        "Rocha and seven other diplomats.\n\n"
        "A State Department spokesman said Rocha had been summoned to the department on Tuesday morning by "
        "Paul Weller, the assistant secretary of state for inter-American affairs.\n\n"
        "Nicaraguan diplomats said Rocha would leave for Managua by the weekend.",
        date(1988, 7, 12),
    )
    (summons,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, summons) == {"Jaime Rocha", "Paul Weller"}
    assert summons.date == date(1988, 7, 12)
    assert not [e for e in r.events if e.kind == "visit"]


def test_a_stop_added_before_the_g20_meeting_is_a_planned_visit_in_the_summit_month(extract):
    r = extract(
        "WASHINGTON, Aug 7 (Reuters) - U.S. President Mark Hollis will still travel to Madrid for the "
        "Group of 20 summit on Sept. 5-6, the White House said.\n\n"
        "Instead, Hollis will add a stop in Lisbon before the G20 meeting.",
        date(2013, 8, 7),
    )
    stops = [e for e in r.events if e.kind == "visit" and e.location == "Lisbon"]
    assert [(e.status, e.date, e.date_precision) for e in stops] == [("planned", date(2013, 9, 1), "month")]
    assert names_in(r, stops[0]) == {"Mark Hollis"}


def test_hammering_out_a_deal_with_someone_is_an_agreement(extract):
    r = extract(
        "PARIS, Aug 27 (Reuters) - French President Paul Marchand brokered the plan that ended the fighting. "
        "He hammered out the deal with Russian President Ivan Orlov in the Kremlin on Aug. 12.",
        date(2008, 8, 27),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) == {"Paul Marchand", "Ivan Orlov"}
    assert deal.date == date(2008, 8, 12)


def test_talks_told_after_a_lead_that_tells_the_day_of_a_deal_are_that_days(extract):
    r = extract(
        "KATHMANDU, Oct 13 (AFP) - Chinese President Wei Lin and Nepal's Prime Minister Hari Prasad Koirala "
        "agreed on Sunday to study a railway link across the Himalayas.\n\n"
        "Wei, the first Chinese head of state to visit Nepal in 23 years, held talks with Koirala at the prime "
        "minister's office, after which the two leaders watched officials sign 20 agreements.\n\n"
        "Koirala held talks with Wei in Beijing in June last year.",
        date(2019, 10, 13),
    )
    talks = sorted((e.date, e.date_precision) for e in r.events if e.kind == "meeting")
    assert talks == [(date(2018, 6, 1), "month"), (date(2019, 10, 13), "day")]


def test_a_residence_named_after_a_comma_is_no_person_and_flying_into_a_city_is_a_visit(extract):
    r = extract(
        "KATHMANDU, Oct 13 (AFP) - Chinese President Wei Lin flew into Kathmandu on Saturday afternoon. He was "
        "greeted at the airport by Nepalese President Maya Devi Thapa, who later received him at her official "
        "residence, Sita Bhawan.",
        date(2019, 10, 13),
    )
    assert {p.name for p in r.persons} == {"Wei Lin", "Maya Devi Thapa"}
    assert any(e.location == "Kathmandu" and "Wei Lin" in names_in(r, e) for e in r.events)


def test_the_people_who_announced_a_deal_after_talks_held_the_talks(extract):
    r = extract(
        "SEOUL, Dec. 28 (Kyodo) - Japan and South Korea reached an agreement Monday to resolve the dispute.\n\n"
        "Japanese Foreign Minister Taro Sato and his South Korean counterpart Lee Sang Hoon announced the deal at a "
        "joint press conference in Seoul after about an hour of talks at the South Korean Foreign Ministry.",
        date(2015, 12, 28),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Taro Sato", "Lee Sang Hoon"}
    assert talks.date == date(2015, 12, 28)


def test_a_treaty_of_a_year_between_the_two_countries_is_that_years_and_names_no_one(extract):
    r = extract(
        "SEOUL, Dec. 28 (Kyodo) - Japanese Prime Minister Taro Sato and South Korean President Kim Min Jun spoke "
        "by telephone on Monday.\n\n"
        "South Korea has long insisted that the 1965 treaty that normalized ties between the two countries did "
        "not settle the claims of individual victims.",
        date(2015, 12, 28),
    )
    old = [e for e in r.events if e.kind == "agreement"]
    assert [(e.date, e.date_precision, e.participants) for e in old] == [(date(1965, 1, 1), "year", [])]


def test_telephoning_both_prime_ministers_is_a_call_to_each_of_the_two_told_as_such(extract):
    r = extract(
        "NEW DELHI, May 29 (Reuters) - Indian Prime Minister Ravi Menon telephoned his Pakistani counterpart "
        "Imran Baig on Friday.\n\n"
        "Pakistani Foreign Minister Tariq Qureshi will travel to New Delhi next month for talks with Indian "
        "Foreign Minister Anil Sood.\n\n"
        "United Nations Secretary-General Kwame Mensah telephoned both prime ministers on Thursday and urged "
        "them to exercise restraint.",
        date(1999, 5, 29),
    )
    calls = {frozenset(names_in(r, e)) for e in r.events if e.kind == "call" and e.date == date(1999, 5, 27)}
    assert calls == {frozenset({"Kwame Mensah", "Ravi Menon"}), frozenset({"Kwame Mensah", "Imran Baig"})}


def test_the_day_told_in_a_where_clause_about_the_destination_dates_the_visit(extract):
    r = extract(
        "SANTO DOMINGO, March 7 (Reuters) - The crisis eased on Friday.\n\n"
        "Bolivian President Luis Mamani, who toured five countries this week to rally support, held talks with "
        "Venezuelan President Pedro Ruiz in Caracas on Wednesday and flew on to Managua, where the Nicaraguan "
        "president, standing beside his guest on Thursday, announced his support.",
        date(2008, 3, 7),
    )
    (trip,) = [e for e in r.events if e.kind == "visit" and e.location == "Managua"]
    assert trip.date == date(2008, 3, 6)


def test_breaking_ties_in_solidarity_with_a_third_state_leaves_it_out(extract):
    r = extract(
        "MEXICO CITY, April 7 (Reuters) - Mexico broke off relations with Ecuador on Friday.\n\n"
        "Honduras said on Saturday that it was also breaking off diplomatic relations with Ecuador in solidarity "
        "with Mexico.",
        date(2024, 4, 7),
    )
    ruptures = sorted(sorted(e.countries) for e in r.events if e.kind == "withdrawal")
    assert ["EC", "HN"] in ruptures
    assert ["EC", "HN", "MX"] not in ruptures


def test_the_crown_prince_is_the_one_person_the_article_gave_that_title(extract):
    r = extract(
        "RIYADH, Sept 5 (Reuters) - Saudi Crown Prince Khalid bin Fahd received the Chinese president in "
        "December.\n\n"
        "Iranian Foreign Minister Reza Karimi made a reciprocal trip in August 2023, meeting the crown prince "
        "in Jeddah.",
        date(2023, 9, 5),
    )
    (talks,) = [e for e in r.events if e.location == "Jeddah"]
    assert names_in(r, talks) == {"Reza Karimi", "Khalid bin Fahd"}


def test_habitual_meetings_and_a_readiness_to_talk_are_no_events(extract):
    r = extract(
        "BANJUL, Dec 14 (Reuters) - Gambian President-elect Lamin Touray said on Wednesday he was ready to talk "
        "to President Musa Ceesay.\n\n"
        "Iranian state media now reports on the crown prince's meetings with Iranian officials in neutral terms.",
        date(2016, 12, 14),
    )
    assert not [e for e in r.events if e.kind in ("meeting", "call")]


def test_the_date_in_a_who_clause_about_the_traveller_does_not_date_his_arrival(extract):
    r = extract(
        "AGRA, India, July 17 (Reuters) - The summit ended on Tuesday.\n\n"
        "Pakistani President Imran Baig, who seized power in a bloodless coup in October 1999, arrived in New "
        "Delhi on Saturday and was received at the presidential palace by Indian President Ravi Menon.",
        date(2001, 7, 17),
    )
    events = [e for e in r.events if "Imran Baig" in names_in(r, e)]
    assert events
    assert all(e.date == date(2001, 7, 14) for e in events)


def test_an_ambassador_who_must_leave_is_expelled_and_a_plural_title_is_nobodys_office(extract):
    r = extract(
        "LIMA, May 2 (Reuters) - Peruvian Foreign Minister Rosa Benitez told a news conference on Sunday that "
        "Bolivian Ambassador Jorge Quispe must leave the country.\n\n"
        "Relations will be maintained at the level of charges d'affaires, Benitez said.",
        date(2004, 5, 2),
    )
    (out,) = [e for e in r.events if e.kind == "withdrawal"]
    assert "Jorge Quispe" in names_in(r, out)
    assert set(out.countries) == {"BO", "PE"}
    (benitez,) = [p for p in r.persons if p.name == "Rosa Benitez"]
    assert [o.title for o in benitez.offices] == ["Foreign Minister"]


def test_similar_memorandums_with_two_leaders_are_one_deal_with_each_dated_by_the_lead(extract):
    r = extract(
        "VIENNA, Dec 5 (Reuters) - France, Germany and Italy on Monday pledged to respect the borders of "
        "Moldova.\n\n"
        "French President Paul Marchand, German Chancellor Karl Weber and Italian Prime Minister Marco Rossi "
        "signed the memorandum with Moldovan President Ion Rusu at a summit of European leaders.\n\n"
        "Marchand, Weber and Rossi then signed similar memorandums with Georgian President Levan Beridze and "
        "Armenian President Aram Petrosyan.",
        date(1994, 12, 5),
    )
    deals = [e for e in r.events if e.kind == "agreement"]
    signers = {"Paul Marchand", "Karl Weber", "Marco Rossi"}
    assert sorted(sorted(names_in(r, e) - signers) for e in deals) == [
        ["Aram Petrosyan"],
        ["Ion Rusu"],
        ["Levan Beridze"],
    ]
    assert all(e.date == date(1994, 12, 5) for e in deals)


def test_talks_a_breakthrough_came_after_are_of_the_day_the_lead_tells(extract):
    r = extract(
        "VILNIUS, July 11 (Reuters) - Hungary dropped its objections to Ukraine joining the bloc on Tuesday, "
        "after Hungary, Ukraine and Poland signed a memorandum on minority rights.\n\n"
        "The breakthrough came after Hungarian Prime Minister Gabor Kovacs and Ukrainian President Taras Melnyk "
        "held about three hours of talks with NATO Secretary-General Anders Holm in a Vilnius hotel.",
        date(2023, 7, 11),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Gabor Kovacs", "Taras Melnyk", "Anders Holm"}
    assert talks.date == date(2023, 7, 11)


def test_two_leaders_who_inaugurated_a_building_together_met(extract):
    r = extract(
        "LAHORE, Dec 25 (Reuters) - Indian Prime Minister Ravi Menon was flying home from Kabul, where he and "
        "Afghan President Karim Wardak had inaugurated the new parliament building.",
        date(2015, 12, 25),
    )
    (together,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, together) == {"Ravi Menon", "Karim Wardak"}
    assert together.location == "Kabul"
