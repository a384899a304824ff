"""Hostile input to the extraction pipeline and the loader: property-based (hypothesis).

Texts mix diplomatic sentences with random Unicode, control characters, right-to-left
text and overrides, very long lines, hundreds of names and impossible dates. The pipeline
must return a well-formed result, the loader must store it (never a failed article, never
an uncaught exception) and what it stores must validate and point at the text it came from.
"""

import contextlib
import functools
import hashlib
from datetime import date
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplomacy.extraction.pipeline import Pipeline
from diplomacy.extraction.types import EVENT_KINDS, PRECISIONS, ROLES, STATUSES, Article
from diplomacy.models import Country, Event, Evidence, Office, Participation, Person, PersonAlias, Source, Tenure
from diplomacy.services import article_store

PIPELINE_EXAMPLES = 40
STORE_EXAMPLES = 15

pytestmark = pytest.mark.slow

FIRST = ["Ana", "Mikko", "Yosef", "محمد", "Đặng", "Zoë", "Ólafur", "X Æ", "O'Brien", "李", "Jean-Luc", "ıİ"]
LAST = ["Díaz", "Saarinen", "Cohen", "عبد الله", "Văn Long", "Ørsted", "al-Sisi", "McDonald", "\u202eevil", "Ⅻ"]
TITLES = ["Foreign Minister", "President", "Prime Minister", "Ambassador", "Deputy Foreign Minister", "envoy"]
PLACES = ["Oslo", "Jerusalem", "القاهرة", "Ankara", "Nowhere-on-Sea", "Paris"]
DATES = ["on February 30, 2022", "on 31 April 2021", "on Monday", "last month", "on 2022-02-29", "in 99999"]
VERBS = ["met", "visited", "spoke by phone with", "signed an agreement with", "recalled", "appointed"]

name = st.builds(lambda f, la: f"{f} {la}", st.sampled_from(FIRST), st.sampled_from(LAST))
sentence = st.builds(
    lambda t1, n1, v, t2, n2, p, d: f"{t1} {n1} {v} {t2} {n2} in {p} {d}.",
    st.sampled_from(TITLES),
    name,
    st.sampled_from(VERBS),
    st.sampled_from(TITLES),
    name,
    st.sampled_from(PLACES),
    st.sampled_from(DATES),
)
noise = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=200),
    st.sampled_from(["\u202e", "\u200f", "\x1b[2J", "\x07", "\r", "\u2028", "\t\t", "<script>alert(1)</script>"]),
    st.builds(lambda c, n: c * n, st.sampled_from("a—ש "), st.integers(1000, 5000)),  # long lines
    st.lists(name, min_size=30, max_size=120).map(", ".join),  # huge numbers of names
)
texts = st.lists(st.one_of(sentence, noise), min_size=1, max_size=12).map(lambda parts: "\n\n".join(parts))
published = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
LONG_LINE = "Foreign Minister Ana Díaz met President Mikko Saarinen in Oslo. " + "x" * 100_000


@functools.cache
def pipeline() -> Pipeline:
    return Pipeline()


def check_result(article: Article, result) -> None:
    text = article.text
    keys = {p.key for p in result.persons}
    assert len(keys) == len(result.persons), "person keys are unique"
    evidence = [e for p in result.persons for e in p.evidence]
    evidence += [o.evidence for p in result.persons for o in p.offices if o.evidence]
    evidence += [e for ev in result.events for e in ev.evidence]
    for ev in evidence:
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.sentence, "evidence is the text at its offsets"
        for hs, he in ev.highlights:
            assert ev.start <= hs <= he <= ev.end
    for p in result.persons:
        assert p.name and p.name == p.name.strip(), repr(p.name)
        assert len(p.name) <= Person._meta.get_field("name").max_length
        assert p.name in p.aliases
        assert not any(c in p.name for c in "\x00\n\r\t"), repr(p.name)
    for ev in result.events:
        assert ev.kind in EVENT_KINDS and ev.status in STATUSES
        assert ev.date_precision in (None, *PRECISIONS)
        assert (ev.date is None) == (ev.date_precision is None)
        for d in (ev.date, ev.end_date):
            assert d is None or date(1800, 1, 1) <= d <= date(2200, 1, 1), d
        if ev.date and ev.end_date:
            assert ev.date <= ev.end_date
        assert 0 <= ev.confidence <= 1
        for part in ev.participants:
            assert part.person in keys and part.role in ROLES


@settings(SETTINGS, max_examples=PIPELINE_EXAMPLES)
@given(text=texts, on=published)
@example(text="Foreign Minister Ana Díaz met Mikko Saarinen on February 30, 2022 in Oslo.", on=date(2022, 3, 1))
@example(text=LONG_LINE, on=None)
@example(text="الرئيس محمد عبد الله التقى وزير الخارجية \u202eAna Díaz\u202c in Cairo on Monday.", on=date(2023, 1, 2))
def test_pipeline_never_crashes_and_returns_well_formed_results(text, on):
    if not text.strip():
        return
    article = Article(name="hostile.txt", text=text, published=on)
    check_result(article, pipeline().extract(article))


STORED_MODELS = [Source, Person, PersonAlias, Office, Tenure, Event, Participation, Evidence]


def assert_stored_rows_validate() -> None:
    for model in STORED_MODELS:
        for obj in model.objects.all():
            try:
                obj.full_clean(validate_unique=False, validate_constraints=False)
            except ValidationError as exc:
                raise AssertionError(f"{model.__name__} {obj.pk} stored invalid: {exc.message_dict}") from None
    for ev in Evidence.objects.select_related("source"):
        assert ev.source.text[ev.start : ev.end] == ev.sentence
    codes = set(Country.objects.values_list("code", flat=True))
    assert set(Person.objects.exclude(country=None).values_list("country_id", flat=True)) <= codes


@pytest.mark.django_db
@settings(SETTINGS, max_examples=STORE_EXAMPLES)
@given(text=texts, on=published)
@example(text="<script>alert('x')</script> Foreign Minister Ana Díaz met Mikko Saarinen in Oslo.", on=None)
def test_loader_stores_hostile_articles_whole_and_valid(text, on):
    if not text.strip():
        return
    article = Article(name="hostile.txt", text=text, published=on)
    outcome = article_store(result=pipeline().extract(article))
    assert outcome.state in ("stored", "unchanged"), outcome.message
    source = Source.objects.get(sha256=hashlib.sha256(text.encode()).hexdigest())
    assert source.text == text, "the article is stored verbatim"
    assert_stored_rows_validate()


HOSTILE_FILES = {
    "a_ancient.txt": " date 0001-01-15 Foreign Minister Ana Diaz met Luis Perez in Madrid last month.",
    "b_future.txt": " date 9999-12-20 Foreign Minister Ana Diaz will visit Lima next month.",
    "c_rtl.txt": "وزير الخارجية التقى \u202eAna Díaz\u202c in Cairo on Monday. " * 20,
    "d_controls.txt": "President \x1b[31mAna\x07 Díaz met\x0b envoy Luis\x0c Perez in Lima.\r\n" * 10,
    "e_names.txt": "Foreign Minister Ana Díaz met " + ", ".join(f"Envoy Person{i} Name{i}" for i in range(300)) + ".",
    "f_feb30.txt": " date 2022-03-01 Foreign Minister Ana Díaz met Luis Perez on February 30, 2022 in Lima.",
    "g_html.txt": "<b>President</b> Ana Díaz <script>alert(1)</script> met <img src=x onerror=alert(2)> Luis Perez.",
    "h_wire.jsonl": '{"id": "nul", "text": "Foreign Minister Ana Diaz met\\u0000 Luis Perez on Monday."}\n'
    '{"id": "js", "text": "Foreign Minister Ana Diaz met Luis Perez.", "url": "javascript:alert(1)"}\n'
    '{"id": "' + "i" * 400 + '", "text": "President Ana Diaz met Luis Perez.", "title": "' + "t" * 600 + '"}\n',
}


@pytest.mark.django_db
def test_one_ingest_survives_a_directory_of_hostile_files(tmp_path):
    """Every hostile file is stored or reported on one line; none stops the run or the good article."""
    from tests.hardening.support import SEEDS

    for file_name, content in HOSTILE_FILES.items():
        (tmp_path / file_name).write_text(content, encoding="utf-8")
    good = sorted(SEEDS.glob("*.txt"))[-1]
    (tmp_path / "z_good.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    out, err = StringIO(), StringIO()
    with contextlib.suppress(CommandError):  # some articles fail: each is reported on its own line
        call_command("ingest", str(tmp_path), stdout=out, stderr=err)
    assert "z_good.txt" in set(Source.objects.values_list("name", flat=True))
    assert "article(s) read" in out.getvalue()
    assert "Traceback" not in err.getvalue()
    assert_stored_rows_validate()
    for source in Source.objects.all():
        assert source.url == "" or source.url.startswith(("http://", "https://")), source.url
