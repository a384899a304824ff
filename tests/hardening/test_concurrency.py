"""Concurrency: several `ingest` processes on the same corpus at once store every fact once.

On PostgreSQL writers serialise on an advisory lock and re-check the article's hash inside
it; on SQLite IMMEDIATE transactions serialise them. Either way the result must equal one
clean run: no duplicate persons, events or sources, the same export.
"""

import pytest

from tests.hardening.support import assert_same_code, export_of, integrity_problems, spawn, table_counts

pytestmark = pytest.mark.e2e


def run_together(db, argvs):
    procs = [spawn(db.url, argv) for argv in argvs]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=400)
        results.append((proc.returncode, out, err))
    return results


@pytest.mark.parametrize(
    ("vendor", "processes", "batch_size"),
    [("postgresql", 3, 1), ("sqlite", 2, 1)],
)
def test_parallel_ingests_equal_one_run(vendor, processes, batch_size, templates, reference, corpus, tmp_path):
    clean = reference(vendor)
    with templates.scratch(vendor) as db:
        results = run_together(db, [["manage.py", "ingest", "--batch-size", str(batch_size), str(corpus)]] * processes)
        for rc, _out, err in results:
            assert rc == 0, err[-3000:]
        stored = sum(int(out.split(" stored,")[0].rsplit(" ", 1)[1]) for _, out, _ in results)
        assert stored == len(clean.rows), f"each article is stored by exactly one process: {[r[1] for r in results]}"
        assert not integrity_problems(db)
        assert_same_code(clean)
        assert table_counts(db) == clean.counts
        assert_same_code(clean)
        assert export_of(db, tmp_path) == clean.export
