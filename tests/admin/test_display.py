from datetime import date

from diplomacy.admin.display import date_at_precision, highlighted


def test_dates_are_shown_at_their_precision():
    assert date_at_precision(date(2021, 12, 1), "month") == "Dec 2021"
    assert date_at_precision(date(2021, 1, 1), "year") == "2021"
    assert date_at_precision(date(2022, 2, 17), "day") == "17 Feb 2022"
    assert date_at_precision(None, "day") == ""


def test_highlights_are_marked_and_text_is_escaped():
    text = "<b>Herzog</b> met <script>alert(1)</script> Kalın."
    name = text.index("Herzog")
    html = highlighted(text, 0, len(text), [[name, name + 6]])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '&lt;b&gt;<mark class="hl">Herzog</mark>&lt;/b&gt;' in html


def test_highlights_outside_or_overlapping_are_ignored():
    text = "one two three four"
    html = highlighted(text, 4, 13, [[0, 3], [4, 7], [5, 9], [8, 13]])
    assert html == '<mark class="hl">two</mark> <mark class="hl">three</mark>'


def test_only_http_urls_become_links():
    from diplomacy.admin.display import safe_url

    assert safe_url("https://example.org/a") and safe_url("HTTP://example.org")
    assert not safe_url("javascript:alert(1)") and not safe_url(" data:text/html,x") and not safe_url("")
