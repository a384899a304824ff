from datetime import date

import pytest

from diplomacy.extraction.nlp import get_nlp
from diplomacy.extraction.pipeline import Pipeline
from diplomacy.extraction.types import Article


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp):
    return Pipeline(nlp=nlp)


@pytest.fixture(scope="session")
def extract(pipeline):
    def run(text: str, published: date | None = date(2022, 2, 17)):
        return pipeline.extract(Article(name="t.txt", text=text, published=published))

    return run
