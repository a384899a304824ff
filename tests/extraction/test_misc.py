from diplomacy.extraction import EXTRACTOR_VERSION
from diplomacy.extraction.codes import cameo_code, plover
from diplomacy.extraction.dedupe import signature, similarity
from diplomacy.extraction.types import ExtractedEvent

STORY = (
    "A high-level Turkish delegation arrived in Israel on Thursday to meet with Israeli officials ahead of "
    "a visit expected next month by the Israeli president to Turkey, according to official statements."
)


def test_dedupe_is_deterministic_and_separates_stories():
    assert signature(STORY) == signature(STORY)
    edited = STORY.replace("according to official statements", "officials said")
    other = "China recalled its ambassador to Lithuania over a dispute about Taiwan's representative office."
    assert similarity(STORY, edited) > 0.5
    assert similarity(STORY, other) < 0.2
    assert similarity(signature(STORY), signature(STORY)) == 1.0


def test_codes():
    assert cameo_code("meeting") == "043" and plover("meeting") == ("CONSULT", "meet")
    assert plover("call") == ("CONSULT", "phone") and plover("visit") == ("CONSULT", "visit")
    assert cameo_code("call") == "041" and cameo_code("visit") == "042"
    assert cameo_code("agreement") == "057" and plover("agreement")[0] == "AGREE"
    expel = ExtractedEvent(kind="withdrawal", trigger="expelled")
    assert cameo_code("withdrawal", expel) == "166" and plover("withdrawal", expel) == ("SANCTION", "expel")
    assert cameo_code("visit", ExtractedEvent(kind="visit", status="planned")) == "036"
    assert EXTRACTOR_VERSION


def test_known_names_feed_the_recogniser():
    from datetime import date

    from diplomacy.extraction.pipeline import Pipeline
    from diplomacy.extraction.types import Article

    pipeline = Pipeline(known_names=["Dror Shalom", "Shalom"])
    assert "known_persons" in pipeline.nlp.pipe_names
    doc = pipeline.nlp("The talks were led by Dror Shalom and others.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Dror Shalom"] == [("Dror Shalom", "PERSON")]
    result = pipeline.extract(
        Article("k.txt", "Dror Shalom met Turkish Defense Minister Hulusi Akar on Monday.", date(2022, 10, 27))
    )
    assert {p.name for p in result.persons} == {"Dror Shalom", "Hulusi Akar"}
