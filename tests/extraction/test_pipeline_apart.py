"""Extraction in a child process (``Pipeline.extract_apart``): what ``ingest`` stores from."""

import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from diplomacy.extraction.pipeline import Pipeline
from diplomacy.extraction.reader import read_articles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def articles():
    return list(read_articles([str(SEEDS)]))


def test_results_are_those_of_extract_many_in_order(pipeline, articles):
    drawn = []

    def draw():  # (in this process: the caller's articles may come from the database)
        for article in articles:
            drawn.append(os.getpid())
            yield article

    apart = list(pipeline.extract_apart(draw(), batch_size=2))
    assert apart == list(pipeline.extract_many(articles, batch_size=2))
    assert drawn == [os.getpid()] * len(articles)
    assert not multiprocessing.active_children()


def test_an_error_in_the_child_is_raised_to_the_caller(pipeline, articles, monkeypatch):
    def from_doc(self, article, doc):
        raise ValueError(f"cannot extract {article.name}")

    monkeypatch.setattr(Pipeline, "from_doc", from_doc)  # (the forked child has it too)
    with pytest.raises(ValueError, match=f"cannot extract {articles[0].name}") as raised:
        list(pipeline.extract_apart(articles))
    assert any("in the extraction process" in note for note in raised.value.__notes__)
    assert not multiprocessing.active_children()


def test_a_child_that_dies_is_an_error_not_a_hang(pipeline, articles, monkeypatch):
    monkeypatch.setattr(Pipeline, "from_doc", lambda self, article, doc: os._exit(3))
    with pytest.raises(ChildProcessError, match="exit code 3"):
        list(pipeline.extract_apart(articles))


def test_a_caller_that_stops_early_stops_the_child(pipeline, articles):
    results = pipeline.extract_apart(articles, batch_size=1)
    assert next(results).article == articles[0]
    results.close()
    assert not multiprocessing.active_children()


KILLED_MIDWAY = """
import os, signal, sys
sys.path.insert(0, {root!r})
from diplomacy.extraction.pipeline import Pipeline
from diplomacy.extraction.reader import read_articles
articles = list(read_articles([{seeds!r}])) * 8  # (more results than a pipe holds)
results = Pipeline().extract_apart(articles, batch_size=4)
next(results)
print("child", os.getpid(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_the_child_of_a_killed_parent_ends():
    """It would otherwise hold the parent's output (and database connection) open forever."""
    script = KILLED_MIDWAY.format(root=str(SEEDS.parent), seeds=str(SEEDS))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240)
    assert done.returncode == -signal.SIGKILL
    assert "child" in done.stdout  # (its output closed: every process holding it has ended)
