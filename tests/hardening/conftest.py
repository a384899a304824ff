"""Fixtures of the hardening tests: template databases, the corpus and a clean reference run."""

from dataclasses import dataclass

import pytest

from tests.hardening.support import (
    ScratchDB,
    Templates,
    build_corpus,
    code_fingerprint,
    export_of,
    integrity_problems,
    manage,
    per_source_rows,
    table_counts,
)


@pytest.fixture(scope="session")
def templates(tmp_path_factory):
    templates = Templates(tmp_path_factory.mktemp("hardening-db"))
    yield templates
    templates.drop()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """The five seeds and the synthetic articles of ``tests/hardening/corpus`` in one directory."""
    return build_corpus(tmp_path_factory.mktemp("corpus") / "articles")


@dataclass
class Reference:
    """What one clean `ingest` of the corpus stores."""

    export: dict
    rows: dict[str, dict[str, int]]
    counts: dict[str, int]
    code: str = ""  # code_fingerprint() when it was computed


def ingest_clean(db: ScratchDB, corpus, tmp_dir) -> Reference:
    code = code_fingerprint()
    result = manage(db.url, "ingest", str(corpus))
    assert result.returncode == 0, result.stderr[-3000:]
    problems = integrity_problems(db)
    assert not problems, f"a clean run already breaks an invariant: {problems}"
    return Reference(export_of(db, tmp_dir), per_source_rows(db), table_counts(db), code)


@pytest.fixture(scope="session")
def reference(templates, corpus, tmp_path_factory):
    """``reference(vendor)``: the clean single run of the corpus on that database, computed once
    per version of the code."""
    cache: dict[str, Reference] = {}

    def get(vendor: str) -> Reference:
        if vendor not in cache or cache[vendor].code != code_fingerprint():
            with templates.scratch(vendor) as db:
                cache[vendor] = ingest_clean(db, corpus, tmp_path_factory.mktemp(f"ref-{vendor}"))
        return cache[vendor]

    return get
