from datetime import date

from diplomacy.extraction.dates import find_dates

PUB = date(2022, 2, 17)  # a Thursday


def first(text, future=False, published=PUB):
    found = find_dates(text, published, future)
    assert found, text
    return found[0]


def test_weekday_is_the_last_such_day():
    assert (first("held talks Thursday").date, first("held talks Thursday").precision) == (PUB, "day")
    assert first("met on Wednesday").date == date(2022, 2, 16)


def test_relative_months():
    assert (first("Last month, X spoke").date, first("Last month, X spoke").precision) == (
        date(2022, 1, 1),
        "month",
    )
    assert first("Earlier this month, X").date == date(2022, 2, 1)
    assert first("a visit expected next month").date == date(2022, 3, 1)


def test_bare_month_is_the_most_recent_one():
    m = first("In November, Erdogan spoke to Bennett")
    assert (m.date, m.precision) == (date(2021, 11, 1), "month")


def test_month_with_year_and_year_only():
    assert (first("in December 2021").date, first("in December 2021").precision) == (
        date(2021, 12, 1),
        "month",
    )
    assert (first("expelled ambassadors in 2018").date, first("in 2018").precision) == (
        date(2018, 1, 1),
        "year",
    )


def test_day_range_sets_end_date():
    m = first("a visit set for March 9-10", future=True)
    assert (m.date, m.end_date, m.precision) == (date(2022, 3, 9), date(2022, 3, 10), "day")
    m = first("to take place on March 9 and 10", future=True)
    assert m.end_date == date(2022, 3, 10)


def test_explicit_date_and_anchor():
    assert first("in Jerusalem, Feb. 17, 2022.").date == PUB
    m = first("came a day after Kalin met Abbas")
    assert m.date is None and m.anchor_offset == -1 and m.anchor_clause


def test_relative_dates_need_a_publication_date():
    assert first("met on Thursday", published=None).date is None
    assert first("signed in 1987", published=None).date == date(1987, 1, 1)


def test_numbers_are_not_dates():
    assert find_dates("The raid killed 10 activists and cost $20 million.", PUB) == []


def test_since_and_until_do_not_date_an_event():
    assert find_dates("the first such contact since 2013", PUB) == []
    assert find_dates("talks until March", PUB) == []
