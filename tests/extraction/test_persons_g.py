"""People the seventh round of dev sets showed the extractor inventing (invented names, generic places)."""

from datetime import date

from diplomacy.extraction.persons import _name_ok


def names(extract, text):
    return {p.name for p in extract(text, date(1994, 9, 19)).persons}


def test_a_place_named_after_a_plural_title_is_no_one(extract):
    found = names(
        extract,
        "The two leaders last met on Governors Island in New York harbour, where Weller joined President "
        "Ronald Harlan for a lunch.",
    )
    assert "Island" not in found
    assert "Ronald Harlan" in found


def test_a_body_of_office_holders_is_no_one_and_stays_in_the_title(extract):
    r = extract(
        "Senator Sam Harlan and retired General Colin Weller, the former chairman of the U.S. Joint Chiefs of "
        "Staff, spent two days negotiating with the army commander.",
        date(1994, 9, 19),
    )
    assert "Chiefs" not in {p.name for p in r.persons}
    (weller,) = [p for p in r.persons if p.name == "Colin Weller"]
    assert "Chairman of the Joint Chiefs of Staff" in [o.title for o in weller.offices]


def test_a_word_the_article_uses_only_after_in_is_a_place(nlp):
    doc = nlp("Weller met President Anton Harlan in Ngerulmud and Kemal Oren in Ostrava on that trip.")
    (town,) = [t for t in doc if t.text == "Ngerulmud"]
    assert town.dep_ == "pobj" and town.head.lower_ == "in"

    assert not _name_ok([town])
    assert _name_ok([t for t in doc if t.text in ("Kemal", "Oren")])


def test_the_second_name_after_a_plural_title_is_someone_whatever_the_recogniser_says(extract):
    # the model tags "Hashim Rexhepi" here as an organisation
    r = extract(
        "Prime Ministers Ivo Tanev of Serbia and Hashim Rexhepi of Kosovo initialled the 15-point agreement "
        "after a tenth round of talks.",
        date(2013, 4, 20),
    )
    people = {p.name: p for p in r.persons}
    assert "Hashim Rexhepi" in people
    assert "Prime Minister" in [o.title for o in people["Hashim Rexhepi"].offices]


def test_a_surname_that_is_also_a_title_word_is_a_surname(extract):
    found = names(extract, "Australian Foreign Minister Julie Bishop spoke by telephone with Marsudi this week.")
    assert "Julie Bishop" in found


def test_a_name_the_recogniser_cut_at_its_particle_is_one_name(extract):
    found = names(
        extract,
        "Kabila signed the document alongside the leaders of his allies -- Jose Eduardo dos Santos, Sam Nujoma "
        "and Robert Mugabe.",
    )
    assert "Jose Eduardo dos Santos" in found and "Santos" not in found


def test_a_word_that_names_a_shrine_is_no_one(nlp):
    from diplomacy.extraction.persons import find_persons

    doc = nlp(
        "Koizumi's annual visits to Yasukuni since then led Beijing to refuse to receive him, and Hu urged "
        "Japan to properly handle the issue of Yasukuni Shrine."
    )
    persons, _ = find_persons(doc, date(2006, 10, 8))
    assert "Yasukuni" not in {p.name for p in persons}
