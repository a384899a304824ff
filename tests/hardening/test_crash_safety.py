"""Crash safety: `ingest` killed with SIGKILL mid-corpus, then run again, ends where a clean run ends.

Each kill is a real SIGKILL of the ingest process (no cleanup, the database connection cut
mid-transaction). After every kill the database must hold whole articles only: each stored
article has exactly the evidence, event links and aliases a clean run gives it, and nothing
hangs off an article that was not committed. The final re-run must produce the same export
as one clean run.
"""

import signal
import time

import pytest

from tests.hardening.support import (
    assert_same_code,
    corpus_size,
    export_of,
    integrity_problems,
    manage,
    per_source_rows,
    spawn,
    table_counts,
)

pytestmark = pytest.mark.e2e

FAULTS = "tests/hardening/ingest_with_faults.py"
# A chain of kills on one database: (point, N) as ingest_with_faults.py reads them.
CHAIN = [
    ("evidence", 3),  # inside the first article's transaction
    ("before-commit", 2),  # the second article fully written, not committed
    ("after-commit", 2),  # just after a commit, before the next article
    ("evidence", 30),  # deep inside some later article
]
CHAINS = {"postgresql": CHAIN, "sqlite": CHAIN[:2]}


def assert_whole_articles_only(db, clean, context):
    problems = integrity_problems(db)
    assert not problems, f"{context}: {problems}"
    stored = per_source_rows(db)
    for sha, rows in stored.items():
        assert sha in clean.rows, f"{context}: an article a clean run does not store: {sha}"
        assert rows == clean.rows[sha], f"{context}: article {sha[:12]} is half-stored: {rows} != {clean.rows[sha]}"
    return stored


@pytest.mark.parametrize("vendor", ["postgresql", "sqlite"])
def test_sigkill_chain_then_rerun_equals_a_clean_run(vendor, templates, reference, corpus, tmp_path):
    clean = reference(vendor)
    total = corpus_size(corpus)
    assert len(clean.rows) == total, "the clean run must store every article of the corpus"
    with templates.scratch(vendor) as db:
        previously = 0
        for point, n in CHAINS[vendor]:
            proc = spawn(db.url, [FAULTS, point, str(n), "--", "ingest", str(corpus)])
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == -signal.SIGKILL, (
                f"fault {point}@{n} not reached: rc={proc.returncode} {err[-2000:]}"
            )
            stored = assert_whole_articles_only(db, clean, f"after kill at {point}@{n}")
            assert previously <= len(stored) < total, f"kill at {point}@{n}: {len(stored)} of {total} stored"
            previously = len(stored)
        result = manage(db.url, "ingest", str(corpus))
        assert result.returncode == 0, result.stderr[-3000:]
        assert f"{total} article(s) read: {total - previously} stored, {previously} unchanged" in result.stdout
        assert_whole_articles_only(db, clean, "after the re-run")
        assert_same_code(clean)
        assert table_counts(db) == clean.counts
        assert_same_code(clean)
        assert export_of(db, tmp_path) == clean.export


def wait_for(predicate, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


@pytest.mark.parametrize(("vendor", "after"), [("postgresql", 3), ("sqlite", 5)])
def test_external_sigkill_at_a_random_moment_then_rerun(vendor, after, templates, reference, corpus, tmp_path):
    """SIGKILL sent from outside while the ingest runs, once ``after`` articles are in."""
    clean = reference(vendor)
    with templates.scratch(vendor) as db:
        proc = spawn(db.url, ["manage.py", "ingest", "--batch-size", "1", str(corpus)])
        try:
            reached = wait_for(
                lambda: proc.poll() is not None or db.scalar("SELECT COUNT(*) FROM diplomacy_source") >= after, 240
            )
            assert reached and proc.poll() is None, f"ingest ended before the kill: {proc.returncode}"
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL
        stored = assert_whole_articles_only(db, clean, f"after an external kill ({after}+ stored)")
        assert after <= len(stored) < len(clean.rows)
        result = manage(db.url, "ingest", str(corpus))
        assert result.returncode == 0, result.stderr[-3000:]
        assert_same_code(clean)
        assert table_counts(db) == clean.counts
        assert_same_code(clean)
        assert export_of(db, tmp_path) == clean.export


def test_fault_injector_reports_an_unreached_point(templates, tmp_path):
    """The injector itself: a point beyond the corpus is not reached and the ingest ends normally."""
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text("Nothing happens here.\n", encoding="utf-8")
    with templates.scratch("sqlite") as db:
        proc = spawn(db.url, [FAULTS, "after-commit", "99", "--", "ingest", str(one)])
        proc.communicate(timeout=300)
        assert proc.returncode in (0, 1)
        assert proc.returncode != -signal.SIGKILL
