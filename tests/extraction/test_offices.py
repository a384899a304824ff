"""Offices and countries of people on invented wire sentences of several eras and regions."""

from datetime import date

from diplomacy.extraction.gazetteer import resolve_country
from diplomacy.extraction.lexicon import title_country
from diplomacy.extraction.persons import find_persons


def drafts(nlp, text, published=date(2010, 5, 4)):
    persons, _ = find_persons(nlp(text), published)
    return {p.name: p for p in persons}


def people(result):
    return {p.name: p for p in result.persons}


def titles(person):
    return [(o.title, o.country) for o in person.offices]


def test_unqualified_officials_serve_the_dateline_country(extract):
    r = extract(
        "OSLO (Reuters) - Prime Minister Hanne Stordal met visiting Chilean President Mateo Rojas on Monday.",
        date(2010, 5, 4),
    )
    assert people(r)["Hanne Stordal"].country == "NO"
    assert people(r)["Mateo Rojas"].country == "CL"


def test_a_sentence_opening_with_a_place_qualifies_its_officials(nlp):
    ps = drafts(
        nlp,
        "In Lima, Foreign Ministry spokesman Julio Paredes said the talks would go on. "
        "At the United Nations, Secretary-General Kwame Osei urged restraint.",
    )
    assert titles(ps["Julio Paredes"]) == [("Foreign Ministry Spokesman", "PE")]
    osei = ps["Kwame Osei"].offices[0]
    assert osei.organization == "UN" and osei.country is None


def test_organisation_named_in_full_before_the_title(nlp):
    ps = drafts(nlp, "Organization of American States Secretary-General Pablo Medina urged calm.")
    office = ps["Pablo Medina"].offices[0]
    assert office.organization == "OAS" and office.country is None


def test_a_national_security_council_is_not_the_un(nlp):
    ps = drafts(
        nlp, "Talks began between Reza Karimi, secretary of Iran's Supreme National Security Council, and envoys."
    )
    office = ps["Reza Karimi"].offices[0]
    assert office.organization is None and office.country == "IR"
    assert "'s" not in office.title


def test_republic_titles_take_the_state_of_the_day(nlp):
    ps = drafts(nlp, "Serbian President Dragan Ilic rejected the plan.", date(1992, 3, 2))
    assert titles(ps["Dragan Ilic"]) == [("President", "YU")]


def test_his_adviser_serves_the_person_named_before(extract):
    r = extract(
        "Israeli Prime Minister Avi Cohen was accompanied by his foreign policy adviser, Ron Shaked.",
        date(1997, 1, 5),
    )
    assert people(r)["Ron Shaked"].country == "IL"


def test_his_credentials_do_not_make_the_receiver_his(nlp):
    ps = drafts(nlp, "Ambassador Ian Moss presented his credentials to Ghanaian President Kofi Mensah on Friday.")
    assert titles(ps["Kofi Mensah"]) == [("President", "GH")]


def test_then_president_with_a_possessive_country(nlp):
    ps = drafts(nlp, "Ties improved after Ghana's then-president, Kofi Mensah, visited Lome.")
    assert titles(ps["Kofi Mensah"]) == [("President", "GH")]


def test_counterpart_named_in_the_next_sentence(extract):
    r = extract(
        "Chile's Foreign Minister Ana Rivas said the accord was fair. His Bolivian counterpart, "
        "Jorge de la Vega, called it a triumph.",
    )
    vega = people(r)["Jorge de la Vega"]
    assert titles(vega) == [("Foreign Minister", "BO")]


def test_a_lone_fathers_name_is_not_the_son(nlp):
    ps = drafts(nlp, "King Faisal received Crown Prince Khalid bin Faisal and Prince Turki on Sunday.")
    assert "Faisal" in ps
    assert [o.title for o in ps["Faisal"].offices] == ["King"]


def test_relative_clause_adds_a_second_office(extract):
    r = extract(
        "The treaty was signed by East German Prime Minister Klaus Weber, who is also acting foreign "
        "minister, and others.",
        date(1990, 9, 12),
    )
    assert ("Acting Foreign Minister", "DD") in titles(people(r)["Klaus Weber"])


def test_a_reporting_clause_is_not_an_apposition(nlp):
    ps = drafts(
        nlp,
        "Aso will hold talks with his Indian counterpart Ravi Kumar, a Japanese foreign ministry official said.",
    )
    assert all("Official" not in o.title for o in ps["Ravi Kumar"].offices)


def test_place_names_are_not_people(nlp):
    ps = drafts(nlp, "Marshall Islands Foreign Minister John Kabua met officials of the Solomon Islands.")
    assert "John Kabua" in ps and not any("Islands" in n for n in ps)


def test_offices_only_one_state_has():
    assert title_country("Assistant Secretary of State for African Affairs") == "US"
    assert title_country("Secretary of State for Foreign Affairs") == "GB"
    assert title_country("Chief Cabinet Secretary") == "JP"
    assert title_country("Foreign Minister") is None


def test_demonym_variants():
    assert resolve_country("Ecuadoran") == "EC"


def test_news_agencies_named_before_the_word_are_not_people(nlp):
    ps = drafts(nlp, "Foreign Minister Ivo Horvat called it unfounded, the official Hina news agency reported.")
    assert "Ivo Horvat" in ps and "Hina" not in ps


def test_mixed_case_dateline():
    from diplomacy.extraction.wire import dateline

    assert dateline("Brussels (AFP) - The bloc said on Monday ...").place_country == "BE"


def test_talks_between_two_leaders_are_two_sides(extract):
    r = extract(
        "QUITO (Reuters) - Talks between President Carlos Ruiz and Peruvian President Ana Soto ended "
        "on Monday without a deal.",
        date(2001, 3, 6),
    )
    assert people(r)["Carlos Ruiz"].country == "EC"


def test_the_person_across_from_a_counterpart_serves_another_state(extract):
    r = extract(
        "TOKYO (AP) - Foreign Minister Li Wei and his Japanese counterpart, Kenji Sato, held talks "
        "on Thursday in Tokyo.",
        date(2001, 3, 8),
    )
    assert people(r)["Kenji Sato"].country == "JP"
    assert people(r)["Li Wei"].country != "JP"


def test_its_envoy_serves_the_state_that_names_him(nlp):
    ps = drafts(nlp, "Washington on Wednesday named veteran diplomat Carl Berg as its special envoy for Chad.")
    assert [(o.title, o.country) for o in ps["Carl Berg"].offices if "Envoy" in o.title] == [("Special Envoy", "US")]


def test_the_blocs_envoy_serves_the_organisation(nlp):
    ps = drafts(
        nlp,
        "The EU said the talks would resume. Its foreign policy chief met the bloc's special envoy for the "
        "Kosovo-Serbia dialogue, Anton Novak, in Brussels.",
    )
    office = ps["Anton Novak"].offices[0]
    assert office.organization == "EU" and office.country is None


def test_quoted_nickname_is_part_of_the_name(nlp):
    ps = drafts(nlp, 'Ambassador Thomas "Tom" Hale presented his credentials on Friday. Hale smiled.')
    assert 'Thomas "Tom" Hale' in ps and len(ps['Thomas "Tom" Hale'].mentions) == 2


def test_a_variant_spelling_of_a_surname_in_one_article(nlp):
    ps = drafts(nlp, "Ethiopian envoy Mahmoud Tesfaye arrived on Friday. Tesfay said the talks had gone well.")
    assert list(ps) == ["Mahmoud Tesfaye"]


def test_a_second_apposition_names_the_state(nlp):
    ps = drafts(
        nlp,
        "The talks were hosted by Li Wei, director of the Office of the Central Foreign Affairs Commission "
        "and China's most senior diplomat.",
    )
    assert all(o.country == "CN" for o in ps["Li Wei"].offices)


def test_a_rank_alone_is_not_an_office(nlp):
    ps = drafts(nlp, "Prince Nawaf Al Amir met Foreign Minister Adel Nasser in Riyadh.")
    assert all(o.title != "Prince" for p in ps.values() for o in p.offices)
    assert ps["Adel Nasser"].offices[0].title == "Foreign Minister"
