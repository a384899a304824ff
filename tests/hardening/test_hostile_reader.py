"""Hostile input to the reader and the date finder: property-based (hypothesis).

Whatever bytes a file holds, the reader yields an Article or a one-line ArticleError, never
raises, and an Article it yields can be stored as it is: its text is the file's body
verbatim, and no field holds what the database would refuse or a browser would run.
"""

import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplomacy.extraction.dates import find_dates
from diplomacy.extraction.reader import parse_txt, read_articles
from diplomacy.extraction.types import Article, ArticleError
from diplomacy.models import Source

READER_EXAMPLES = 150
SETTINGS = settings(max_examples=READER_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

RTL = "مرحبا بالعالم שלום עולם \u202e\u202d\u200f\u200e"
CONTROL = "".join(map(chr, [*range(1, 32), 127, *range(0x80, 0xA0)])) + "\u2028\u2029\ufeff\ufffe"
hostile_chars = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(CONTROL),
    st.sampled_from(RTL),
    st.sampled_from("<>&\"'`/\\"),
)
hostile_text = st.one_of(
    st.text(hostile_chars, max_size=400),
    st.builds(lambda c, n: c * n, st.sampled_from("aé—ש\u202e<"), st.integers(10_000, 300_000)),  # long lines
    st.builds(
        "".join,
        st.lists(
            st.sampled_from(
                [
                    "Foreign Minister Ana Díaz met ",
                    "President محمد عبد الله ",
                    "on February 30, 2022 ",
                    " date 2022-02-30 ",
                    "<script>alert(1)</script>",
                    "\x00",
                    "\r\n",
                    "\u202e",
                    "99999999999999999999 ",
                    "ⅯⅯⅩⅩⅡ ",
                ]
            ),
            max_size=60,
        ),
    ),
)
DATELINES = st.sampled_from(["", " date 2022-02-17 ", " date 2022-02-30 ", " date 99999-01-01 ", " date ", "\ufeff"])


def check_item(item, body: str | None = None) -> None:
    assert isinstance(item, Article | ArticleError), type(item)
    if isinstance(item, ArticleError):
        message = str(item)
        assert message and "\n" not in message and "\r" not in message, repr(message)
        assert getattr(item, "name", None), "an ArticleError names its article"
        return
    assert item.text.strip(), "an article has text"
    if body is not None:
        assert body.endswith(item.text), "the text is the body verbatim"
    assert item.published is None or date(1, 1, 1) <= item.published
    for field_name in ("name", "title", "url", "text"):
        value = getattr(item, field_name)
        assert "\x00" not in value, f"{field_name} holds a NUL character (PostgreSQL refuses it)"
    for field_name in ("name", "title", "url"):
        limit = Source._meta.get_field(field_name).max_length
        assert len(getattr(item, field_name)) <= limit, f"{field_name} longer than Source.{field_name} allows"
    assert not item.url or item.url.lower().startswith(("http://", "https://")), f"unsafe url {item.url[:80]!r}"


@SETTINGS
@given(dateline=DATELINES, body=hostile_text)
@example(dateline=" date 2022-02-30 ", body="The minister met his counterpart.")
@example(dateline="", body="\u202eRTL override\u202c and \x1b[31m ANSI \x07")
def test_parse_txt_never_raises(dateline, body):
    body = body.replace("\x00", "")  # files with NUL bytes are refused before parse_txt
    item = parse_txt("hostile.txt", dateline + body)
    check_item(item, body)
    if dateline == " date 2022-02-30 ":
        assert isinstance(item, ArticleError), "February 30 is not a date"


@SETTINGS
@given(data=st.one_of(st.binary(max_size=2000), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))))
@example(data=b"\xff\xfe\x00\x00")
@example(data=b" date 2022-02-29 leap? no.")
def test_read_articles_on_arbitrary_bytes(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.txt"
        path.write_bytes(data)
        items = list(read_articles([tmp]))
    assert len(items) == 1
    check_item(items[0])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(hostile_chars, max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(json_values, st.text(hostile_chars, min_size=290, max_size=400)),
        "text": st.one_of(hostile_text, json_values),
        "published": st.one_of(
            json_values, st.sampled_from(["2022-02-30", "2022-02-28T25:00", "0000-01-01", "2022-13-01"])
        ),
        "title": st.one_of(json_values, st.text(hostile_chars, min_size=490, max_size=600)),
        "url": st.one_of(json_values, st.sampled_from(["javascript:alert(1)", "https://ok.example/a", "x" * 1200])),
    },
)


@SETTINGS
@given(lines=st.lists(st.one_of(records, json_values), max_size=8))
@example(lines=[{"id": "nul", "text": "The minister\u0000 met his counterpart."}])
@example(lines=[{"id": "js", "text": "The minister met.", "url": "javascript:alert(document.cookie)"}])
@example(lines=[{"id": "i" * 400, "text": "The minister met.", "title": "t" * 600}])
def test_jsonl_records_never_raise_and_are_storable(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n{broken", encoding="utf-8")
        items = list(read_articles([path]))
    assert len(items) == len(lines) + 1, "one item per non-blank line"
    for item in items:
        check_item(item)
    assert isinstance(items[-1], ArticleError)


@settings(max_examples=300, deadline=None)
@given(text=hostile_text, published=st.one_of(st.none(), st.dates()), future=st.booleans())
@example(
    text="They met on February 30, 2022 and 31 April 2021 and 2022-02-29.", published=date(2022, 3, 1), future=False
)
@example(text="Talks on Feb. 29 and Feb. 30", published=date(2023, 3, 1), future=True)
@example(text="Monday last month next year", published=date(1, 1, 1), future=False)
@example(text="Monday next month next year", published=date(9999, 12, 31), future=True)
def test_find_dates_never_raises_and_yields_real_dates(text, published, future):
    for mention in find_dates(text, published, future):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        for value in (mention.date, mention.end_date):
            assert value is None or isinstance(value, date)
        if mention.date and mention.end_date:
            assert mention.date <= mention.end_date
        assert "February 30" not in mention.text or mention.date is None or mention.date.day != 30
