"""Classes of wire writing found missing on the eighth round of dev sets (invented names)."""

from datetime import date

from diplomacy.extraction.events import _kind_of
from tests.extraction.names import names_in


def test_states_that_break_with_one_state_in_one_sentence_are_one_rupture_each(extract):
    r = extract(
        "Ghana and Togo cut diplomatic ties with Mali on Monday and the Ivory Coast downgraded its relations with "
        "Bamako, lining up behind Senegal a day after the country broke off relations.\n\n"
        "Senegalese Foreign Minister Anton Weller announced the rupture late on Sunday at a news conference.",
        date(2011, 5, 3),
    )
    ruptures = {(frozenset(e.countries), e.date) for e in r.events if e.kind == "withdrawal"}
    assert {
        (frozenset({"GH", "ML"}), date(2011, 5, 2)),
        (frozenset({"TG", "ML"}), date(2011, 5, 2)),
        (frozenset({"CI", "ML"}), date(2011, 5, 2)),
    } <= ruptures
    # the minister who announced his own state's break takes part in it, in no other state's
    for e in r.events:
        if e.kind == "withdrawal" and "SN" not in e.countries:
            assert not e.participants, e


def test_a_plea_to_call_on_someone_to_act_is_no_phone_call(nlp):
    for text, kind in (
        ("The king had used a speech at the end of July to call on both governments to work together.", None),
        ("The minister urged the envoy to call on the rebels to lay down arms.", None),
        ("The president will call Anton Weller by phone on Friday.", "call"),
    ):
        (verb,) = [t for t in nlp(text) if t.lemma_ == "call"]
        assert _kind_of(verb) == kind, text


def test_the_minister_who_tells_the_break_in_a_quotation_takes_part_in_it(extract):
    r = extract(
        "ALGIERS (AFP) - Algeria on Tuesday broke off diplomatic relations with Morocco, accusing its neighbour "
        'of "hostile actions".\n\n'
        '"Algeria has decided to break off diplomatic relations with the Kingdom of Morocco as of today," '
        "Foreign Minister Anton Weller told a news conference in Algiers.",
        None,
    )
    (rupture,) = [e for e in r.events if e.kind == "withdrawal"]
    assert names_in(r, rupture) == {"Anton Weller"}


def test_in_a_story_without_a_date_two_days_told_are_two_events(extract):
    r = extract(
        "ALGIERS (AFP) - Algeria on Tuesday broke off diplomatic relations with Morocco, accusing its neighbour "
        'of "hostile actions".\n\n'
        '"Algeria has decided to break off diplomatic relations with the Kingdom of Morocco as of today," '
        "Foreign Minister Anton Weller told a news conference in Algiers.\n\n"
        "Algeria recalled its ambassador in Rabat for consultations on July 18.",
        None,
    )
    assert len([e for e in r.events if e.kind == "withdrawal"]) == 2


def test_an_earlier_year_in_a_relative_clause_does_not_keep_the_act_from_the_story_day(extract):
    r = extract(
        "The two embassies reopened on Monday.\n\n"
        "Anton Weller, who has headed Freedonia's mission in the capital since 2012, became charge d'affaires.",
        date(2015, 7, 21),
    )
    (named,) = [e for e in r.events if e.kind == "appointment"]
    assert (named.date, named.date_inferred) == (date(2015, 7, 20), True)


def test_a_counterpart_named_in_another_sentence_takes_part(extract):
    r = extract(
        "Secretary of State Anton Weller welcomed his Cuban counterpart to the State Department on Monday.\n\n"
        "Cuban Foreign Minister Kemal Oren led the flag-raising at the embassy, watched by Cuban Ambassador "
        "Otto Reyes.",
        date(2015, 7, 21),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Anton Weller", "Kemal Oren"}


def test_who_orders_his_embassy_closed_breaks_off_and_the_embassy_is_no_meeting_place(extract):
    r = extract(
        "SANTO DOMINGO, March 8 (EFE) - Presidents Anton Weller and Kemal Oren shook hands on Friday at a summit.\n\n"
        "Venezuelan President Otto Reyes, who on Sunday ordered his embassy in Bogota closed and sent troops "
        "to the border, embraced Weller.",
        date(2008, 3, 8),
    )
    (closed,) = [e for e in r.events if e.kind == "withdrawal"]
    assert names_in(r, closed) == {"Otto Reyes"} and closed.date == date(2008, 3, 2)
    assert all(e.location != "Bogota" for e in r.events if e.kind == "meeting")


def test_who_announces_that_his_state_restores_ties_takes_part(extract):
    r = extract(
        "Nicaraguan President Anton Weller crossed the room to shake Oren's hand and announced that Nicaragua "
        "was restoring ties.",
        date(2008, 3, 8),
    )
    (restored,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, restored) == {"Anton Weller"}


def test_who_embraces_someone_at_the_summit_just_told_is_one_more_at_it(extract):
    r = extract(
        "SANTO DOMINGO, March 8 (EFE) - Colombian President Anton Weller and Ecuadorean President Kemal Oren "
        "shook hands on Friday at a regional summit.\n\n"
        "Peruvian President Otto Reyes, who held talks with Oren in Quito on Wednesday, embraced Anton Weller and "
        'declared: "We are settling this here."',
        date(2008, 3, 8),
    )
    summit = next(e for e in r.events if e.date == date(2008, 3, 7))
    assert names_in(r, summit) == {"Anton Weller", "Kemal Oren", "Otto Reyes"}


def test_the_republic_of_congo_is_congo_brazzaville():
    from diplomacy.extraction.lexicon import place_country

    assert place_country("the Republic of Congo") == "CG"
    assert place_country("Democratic Republic of Congo") == "CD"


def test_a_tour_told_after_the_talks_it_goes_on_from_is_its_own_planned_stop(extract):
    r = extract(
        "President Anton Weller held talks with his Tanzanian counterpart Kemal Oren here on Sunday.\n\n"
        "Weller arrived on Sunday from Moscow, where he had held talks with Russian President Otto Reyes.\n\n"
        "During the talks at the State House, Weller said the two were good friends.\n\n"
        "From Dar es Salaam, Weller will fly to Durban, where he will hold talks with South African President "
        "Ivo Tanev and attend the summit of the regional group. He will wrap up his tour in the Republic of Congo.",
        None,
    )
    earlier = next(e for e in r.events if "Otto Reyes" in names_in(r, e))
    assert len(earlier.evidence) == 1  # "the talks at the State House" are Sunday's with Oren
    assert all(e.status == "planned" for e in r.events if "Ivo Tanev" in names_in(r, e))
    (congo,) = [e for e in r.events if e.location == "Republic of Congo"]
    assert (congo.kind, congo.status) == ("visit", "planned")


def test_his_in_a_relative_clause_is_the_one_it_tells_of(extract):
    r = extract(
        "The friendship was forged by late Chinese Chairman Kemal Oren and Tanzania's founding President "
        "Anton Weller, who paid the first of his many visits to China in 1965.",
        date(2013, 3, 25),
    )
    (visit,) = [e for e in r.events if e.kind == "visit"]
    assert names_in(r, visit) == {"Anton Weller"}


def test_a_trip_to_meet_no_one_named_is_a_visit(extract):
    r = extract(
        "U.N. Special Envoy Anton Weller told a news conference the talks had failed. He said he would travel "
        "to Sanaa in the coming days to meet the group's leadership.",
        None,
    )
    (trip,) = r.events
    assert (trip.kind, trip.status, trip.location) == ("visit", "planned", "Sanaa")


def test_an_envoy_who_took_up_the_post_was_appointed(extract):
    r = extract(
        "Anton Weller, a former British diplomat who took up the post in March, is the third U.N. envoy for Yemen.",
        None,
    )
    (named,) = r.events
    assert named.kind == "appointment" and names_in(r, named) == {"Anton Weller"}


def test_one_who_met_two_people_in_two_places_held_two_meetings(extract):
    r = extract(
        "Jared Weller, the president's senior adviser, attended the ceremony. He met Prince Kemal Oren in NEOM "
        "and Sheikh Otto Reyes in Doha last month in a final push to close the rift.",
        date(2021, 1, 6),
    )
    meetings = {(frozenset(names_in(r, e)), e.location) for e in r.events if e.kind == "meeting"}
    assert meetings == {
        (frozenset({"Jared Weller", "Kemal Oren"}), "NEOM"),
        (frozenset({"Jared Weller", "Otto Reyes"}), "Doha"),
    }


def test_who_brought_two_leaders_together_met_them_on_the_story_day(extract):
    r = extract(
        "PUTRAJAYA, Malaysia, July 28 (AFP) - Freedonia and Belgravia agreed on Monday to a ceasefire, Prime "
        "Minister Anton Weller said after hosting the leaders of the two neighbours for talks.\n\n"
        "Weller, whose country chairs the regional bloc this year, brought together Cambodian Prime Minister "
        "Kemal Oren and Thailand's acting premier Otto Reyes at his official residence in Putrajaya.",
        date(2025, 7, 28),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Anton Weller", "Kemal Oren", "Otto Reyes"}
    assert talks.date == date(2025, 7, 28)


def test_two_acts_a_day_before_a_dated_clash_are_both_on_the_day_before(extract):
    r = extract(
        "President Anton Weller spoke by telephone with Prime Minister Kemal Oren on Saturday.\n\n"
        "The border clashes, involving artillery and jets, erupted on Thursday, a day after Thailand recalled "
        "its ambassador from Phnom Penh and expelled Cambodia's envoy over a landmine blast.",
        date(2025, 7, 28),
    )
    (rupture,) = [e for e in r.events if e.kind == "withdrawal"]
    assert rupture.date == date(2025, 7, 23)


def test_the_two_who_initialled_a_text_and_a_treaty_they_signed_are_deals_of_the_pair(extract):
    r = extract(
        "Minister Anton Weller and State Secretary Kemal Oren signed the Basic Treaty on Thursday. The two men, "
        "who initialled the text in Bonn on Nov. 8, shook hands.\n\n"
        "Those encounters produced little, and it fell to Weller and Oren to work out, over more than 70 sessions, "
        "a general traffic treaty, which they signed in May.",
        date(1972, 12, 21),
    )
    deals = {e.date: names_in(r, e) for e in r.events if e.kind == "agreement"}
    assert deals[date(1972, 11, 8)] == {"Anton Weller", "Kemal Oren"}
    assert deals[date(1972, 5, 1)] == {"Anton Weller", "Kemal Oren"}


def test_who_received_the_two_ministers_met_the_ministers_just_told(extract):
    r = extract(
        "Argentine Foreign Minister Anton Weller and his Chilean counterpart, Kemal Oren, signed "
        "the treaty before Cardinal Otto Reyes, the Vatican Secretary of State, who added his signature as witness.\n\n"
        "Pope Ivo Tanev, whose mediation produced the accord, then received the two ministers and their "
        "delegations in a private audience.",
        date(1984, 11, 29),
    )
    (audience,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, audience) == {"Ivo Tanev", "Anton Weller", "Kemal Oren"}


def test_an_envoy_told_by_title_in_the_lead_and_named_in_the_next_sentence_is_expelled(extract):
    r = extract(
        "Bamako (dpa) - Mali's military-led government on Monday gave France's ambassador 72 hours to leave the "
        "country.\n\n"
        "Ambassador Anton Weller was summoned to the Foreign Ministry in Bamako on Monday by Foreign Minister "
        "Kemal Oren, who informed him of the decision.",
        date(2022, 1, 31),
    )
    (expelled,) = [e for e in r.events if e.kind == "withdrawal"]
    assert names_in(r, expelled) == {"Anton Weller"}


def test_the_dateline_is_no_part_of_the_lead_sentence(nlp):
    doc = nlp(
        "WELLINGTON, Sept 6 (AFP) - New Zealand on Wednesday recalled its ambassador from Paris, hours after "
        "France exploded a nuclear device."
    )
    first, lead = list(doc.sents)[:2]
    assert first.text.startswith("WELLINGTON") and lead.text.startswith("New Zealand")
    (verb,) = [t for t in lead if t.lemma_ == "recall"]
    assert {c.text for c in verb.children if c.dep_ == "nsubj"} == {"Zealand"}


def test_a_state_that_recalls_its_own_envoys_acts_apart_from_the_expulsion_told_before(extract):
    r = extract(
        "MINSK, Feb 29 (Reuters) - The European Union's envoy and Poland's ambassador were packing their bags in "
        "Minsk on Wednesday after Belarus told them to go home.\n\n"
        'The Belarussian foreign ministry on Tuesday "recommended" that Anna Weller, head of the EU delegation, and '
        "Polish Ambassador Lech Oren leave for consultations in their capitals, in response to new EU sanctions. "
        "In the same statement, Minsk said it was recalling its own permanent representative to the EU in Brussels "
        "and its ambassador in Warsaw.",
        None,
    )
    assert len([e for e in r.events if e.kind == "withdrawal"]) == 2


def test_a_minister_who_ordered_an_envoy_home_recalled_him(extract):
    r = extract(
        '"The manner in which the postponement was communicated is unacceptable," ministry spokesman Anton '
        "Weller said in a statement, adding that Foreign Minister Kemal Oren had ordered Riyanto home for "
        "consultations.",
        date(2015, 2, 21),
    )
    (recall,) = [e for e in r.events if e.kind == "withdrawal"]
    assert "Kemal Oren" in names_in(r, recall)


def test_a_minister_who_recalled_envoys_from_two_states_and_then_a_third_left_three(extract):
    r = extract(
        "Israeli Foreign Minister Anton Weller on Wednesday recalled his country's ambassadors from Norway and "
        "Ireland for urgent consultations after the two countries said they would recognise a Palestinian state, "
        "and pulled Israel's envoy out of Madrid hours later when Spain announced the same step.",
        date(2024, 5, 22),
    )
    left = {frozenset(e.countries): names_in(r, e) for e in r.events if e.kind == "withdrawal"}
    assert set(left) == {frozenset({"IL", "NO"}), frozenset({"IL", "IE"}), frozenset({"IL", "ES"})}
    assert all(people == {"Anton Weller"} for people in left.values())


def test_a_month_at_the_end_of_a_sentence_dates_the_plan_it_ends(extract):
    r = extract(
        "President Anton Weller is expected to sign the document with NATO leaders at the alliance's summit in "
        "Madrid in July.",
        date(1997, 5, 31),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert (deal.date, deal.date_precision, deal.status) == (date(1997, 7, 1), "month", "planned")


def test_a_consequence_told_with_its_own_time_does_not_date_the_act(extract):
    r = extract(
        "TAIPEI, Sept 20 (Reuters) - Freedonia lost its second diplomatic ally in a week on Friday when the "
        "Pacific island nation of Kiribati switched recognition to China, leaving Taipei with just 15 formal "
        "allies and deepening its isolation ahead of presidential elections in January.",
        date(2019, 9, 20),
    )
    (switch,) = [e for e in r.events if e.kind == "withdrawal"]
    assert switch.date == date(2019, 9, 20)


def test_who_signed_alongside_a_leader_signed_too(extract):
    r = extract(
        "President Anton Weller signed the document at the conference centre alongside the leaders of his allies "
        "Angola, Namibia and Zimbabwe -- Kemal Oren, Otto Reyes and Ivo Tanev -- and those of Rwanda and Uganda, "
        "whose troops back the rebels, Lev Marin and Ugo Sarri.",
        date(1999, 7, 10),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert {"Anton Weller", "Kemal Oren", "Otto Reyes", "Ugo Sarri"} <= names_in(r, deal)


def test_who_signed_at_a_summit_that_day_was_at_the_summit(extract):
    r = extract(
        "BUDAPEST, Dec 5 (Reuters) - President Anton Weller, Russian President Kemal Oren and British Prime "
        "Minister Otto Reyes signed the memorandum on security assurances with Ukrainian President Ivo Tanev at "
        "a summit of the Conference on Security and Cooperation in Europe on Monday.\n\n"
        "Weller, Oren and Reyes then signed similar memorandums with Kazakhstan's President Lev Marin.",
        date(1994, 12, 5),
    )
    (summit,) = [e for e in r.events if e.kind == "meeting"]
    assert {"Anton Weller", "Kemal Oren", "Otto Reyes", "Ivo Tanev", "Lev Marin"} <= names_in(r, summit)


def test_the_delegation_told_after_a_meeting_by_a_group_met_the_host(extract):
    r = extract(
        "BANJUL, Dec 13 (Reuters) - West African leaders met Gambian President Anton Weller in Banjul on Tuesday "
        "to try to persuade him to step down.\n\n"
        "The delegation was led by Liberian President Kemal Oren and included Ghana's outgoing leader Otto Reyes "
        "and Sierra Leone's President Ivo Tanev.",
        date(2016, 12, 13),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Anton Weller", "Kemal Oren", "Otto Reyes", "Ivo Tanev"}


def test_who_also_met_another_counterpart_held_another_meeting(extract):
    r = extract(
        "Liberian President Kemal Oren and Ghanaian President Otto Reyes met Gambian President Anton Weller in "
        "Banjul on Tuesday.\n\n"
        "Oren and Reyes also met President-elect Ivo Tanev at a hotel near the capital.",
        date(2016, 12, 13),
    )
    meetings = [names_in(r, e) for e in r.events if e.kind == "meeting"]
    assert {"Kemal Oren", "Otto Reyes", "Anton Weller"} in meetings
    assert {"Kemal Oren", "Otto Reyes", "Ivo Tanev"} in meetings


def test_the_host_and_the_witnesses_of_a_signing_take_part_in_it(extract):
    r = extract(
        "Ethiopian Prime Minister Anton Weller and Eritrean President Kemal Oren put their names to the accord at "
        "a ceremony hosted by Algerian President Otto Reyes. It was witnessed by U.N. Secretary-General Ivo Tanev "
        "and U.S. Secretary of State Lena Marin.",
        date(2000, 12, 12),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert names_in(r, deal) == {"Anton Weller", "Kemal Oren", "Otto Reyes", "Ivo Tanev", "Lena Marin"}


def test_a_deal_negotiated_by_envoys_is_no_meeting(extract):
    r = extract(
        "The agreement was negotiated over months of shuttle diplomacy by the president's personal envoy, Justice "
        "Minister Anton Weller, and by Kemal Oren, the former U.S. national security adviser.",
        date(2000, 12, 12),
    )
    assert not [e for e in r.events if e.kind == "meeting"]


def test_the_former_president_whom_someone_named_envoy_is_the_one_named_before(extract):
    r = extract(
        "The ground had been prepared by Anton Weller. The former president, whom President Kemal Oren named his "
        "special envoy to China in July 2016, travelled to Hong Kong in August 2016 for informal talks with "
        "Chinese Vice Foreign Minister Otto Reyes.",
        date(2016, 10, 20),
    )
    (named,) = [e for e in r.events if e.kind == "appointment"]
    assert names_in(r, named) == {"Anton Weller"}
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert names_in(r, talks) == {"Anton Weller", "Otto Reyes"}


def test_the_two_leaders_who_last_met_are_the_storys_pair_and_the_lunch_there_was_then(extract):
    r = extract(
        "President Anton Weller and Soviet President Kemal Oren ended a summit off Malta on Sunday.\n\n"
        "Oren had held talks with Italian Prime Minister Otto Reyes in Rome on Wednesday.\n\n"
        "The two leaders last met in December last year on Governors Island in New York harbour, where Weller, "
        "then president-elect, joined President Ivo Tanev for a lunch with Oren.",
        date(1989, 12, 3),
    )
    last = [e for e in r.events if e.date == date(1988, 12, 1)]
    assert last and all({"Anton Weller", "Kemal Oren"} <= names_in(r, e) for e in last)
    assert all("Otto Reyes" not in names_in(r, e) for e in last)


def test_the_two_leaders_each_accompanied_by_a_minister_met_with_them(extract):
    r = extract(
        "President Anton Weller and Soviet President Kemal Oren ended a summit off Malta on Sunday.\n\n"
        "The two leaders, each accompanied by his foreign minister, Secretary of State Otto Reyes and Ivo Tanev, "
        "met for about five hours on Saturday.",
        date(1989, 12, 3),
    )
    (saturday,) = [e for e in r.events if e.date == date(1989, 12, 2)]
    assert {"Anton Weller", "Kemal Oren", "Otto Reyes"} <= names_in(r, saturday)


def test_a_deal_modelled_on_an_older_one_keeps_its_own_time(extract):
    r = extract(
        "Chancellor Anton Weller and Prime Minister Kemal Oren signed a treaty here on Monday. The two governments "
        "also signed an agreement creating a youth office, modelled on the one set up by France and Germany in 1963.",
        date(1991, 6, 17),
    )
    assert all(e.date is None or e.date.year == 1991 for e in r.events if e.kind == "agreement")


def test_france_before_1997_is_france_and_yemen_is_not_only_the_south():
    from diplomacy.extraction.gazetteer import resolve_country

    assert resolve_country("France", date(1991, 6, 17)) == "FR"
    assert resolve_country("Yemen", date(1985, 1, 1)) == "YE"
    assert resolve_country("Soviet", date(1985, 1, 1)) == "SU"


def test_what_two_leaders_agreed_while_meeting_is_the_meetings_outcome(extract):
    r = extract(
        "President Anton Weller received Ambassador Ivo Tanev on Tuesday.\n\n"
        "Weller and Prime Minister Kemal Oren, meeting in the southern resort of Aswan last month, agreed to keep "
        "the normalisation timetable despite the talks on autonomy.",
        date(1980, 2, 26),
    )
    assert not [e for e in r.events if e.kind == "agreement"]
    assert [e for e in r.events if e.kind == "meeting" and names_in(r, e) == {"Anton Weller", "Kemal Oren"}]


def test_a_meeting_being_postponed_or_a_visit_scrapped_is_cancelled(extract):
    for text in (
        "President Anton Weller wrote on Twitter that he was postponing the meeting with Prime Minister Kemal Oren "
        '"for another time".',
        "A row over the island led President Anton Weller to scrap a visit to Prime Minister Kemal Oren in Copenhagen.",
    ):
        r = extract(text, date(2019, 8, 22))
        assert r.events and all(e.status == "cancelled" for e in r.events), text


def test_talks_between_named_people_however_between_is_hung(extract):
    r = extract(
        "Its final text was hammered out in ten hours of talks on Tuesday at the Petersberg, the German government "
        "guest house near Bonn, between Anton Weller, Kemal Oren and U.S. Deputy Secretary of State Otto Reyes.",
        date(1999, 6, 3),
    )
    (talks,) = [e for e in r.events if e.kind == "meeting"]
    assert {"Anton Weller", "Kemal Oren", "Otto Reyes"} <= names_in(r, talks)


def test_who_first_sat_down_with_one_guest_before_the_three_met_held_a_meeting_of_its_own(extract):
    r = extract(
        "WASHINGTON, Nov 18 (Reuters) - U.S. President Anton Weller hosted the leaders of Canada and Mexico at "
        "the White House on Thursday.\n\n"
        "Weller first sat down with Canadian Prime Minister Kemal Oren in the Oval Office. Weller then held "
        "separate talks with Mexican President Otto Reyes before the three leaders met together in the East Room.",
        date(2021, 11, 18),
    )
    meetings = [names_in(r, e) for e in r.events if e.kind == "meeting"]
    assert {"Anton Weller", "Kemal Oren"} in meetings
    assert {"Anton Weller", "Kemal Oren", "Otto Reyes"} in meetings


def test_a_dateline_whose_region_has_a_hyphen_is_a_dateline_and_no_one():
    from diplomacy.extraction.wire import dateline

    line = dateline("ARAVA CROSSING, Israel-Jordan border, Oct 26 (Reuters) - Israel and Jordan signed a treaty.")
    assert line is not None and line.place == "Arava Crossing"


def test_who_put_their_names_to_the_treaty_signed_the_one_the_lead_told(extract):
    r = extract(
        "Israel and Jordan signed a peace treaty on Wednesday in the desert valley, with President Anton Weller "
        "looking on as a witness.\n\n"
        "Israeli Prime Minister Kemal Oren and Jordanian Prime Minister Otto Reyes put their names to the treaty "
        "at a ceremony on the border.",
        date(1994, 10, 26),
    )
    (deal,) = [e for e in r.events if e.kind == "agreement"]
    assert {"Kemal Oren", "Otto Reyes"} <= names_in(r, deal)


def test_a_recall_a_day_before_a_dated_break_is_its_own_act_of_the_same_state(extract):
    r = extract(
        "SANTO DOMINGO, March 8 (ANSA) - President Anton Weller and President Kemal Oren shook hands on Friday.\n\n"
        "Ecuador broke off relations with Colombia on Monday, a day after recalling its ambassador from Bogota.",
        date(2008, 3, 8),
    )
    acts = {(e.date, frozenset(e.countries)) for e in r.events if e.kind == "withdrawal"}
    assert acts == {(date(2008, 3, 3), frozenset({"CO", "EC"})), (date(2008, 3, 2), frozenset({"CO", "EC"}))}


def test_the_minister_who_tells_that_his_state_recalls_its_diplomats_announced_the_break(extract):
    r = extract(
        "MOGADISHU, Dec 15 (Reuters) - Somalia severed diplomatic relations with Kenya on Tuesday, accusing its "
        "neighbour of meddling in its internal affairs.\n\n"
        "Information Minister Anton Weller told state television that Somalia was recalling all of its diplomats "
        "from Kenya and that Kenyan diplomats had seven days to leave Somalia.",
        date(2020, 12, 15),
    )
    (rupture,) = [e for e in r.events if e.kind == "withdrawal"]
    assert names_in(r, rupture) == {"Anton Weller"}
