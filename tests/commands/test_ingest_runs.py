"""Ingest runs: progress saved while running, and runs whose process died marked as such."""

import socket
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from diplomacy import services
from diplomacy.models import IngestRun

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.django_db


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_run_whose_process_died_is_marked_failed_by_the_next_run(tmp_path):
    here = socket.gethostname()
    killed = IngestRun.objects.create(paths=["corpus/"], host=here, pid=dead_pid(), articles_stored=3)
    alive = IngestRun.objects.create(paths=["other/"], host=here, pid=subprocess.os.getpid())
    elsewhere = IngestRun.objects.create(paths=["far/"], host=f"not-{here}", pid=dead_pid())

    call_command("ingest", str(tmp_path), stdout=StringIO(), stderr=StringIO())

    killed.refresh_from_db()
    assert killed.state == IngestRun.State.FAILED and killed.finished_at is not None
    assert killed.articles_stored == 3
    assert killed.failures[-1].startswith(f"interrupted: ingest process {killed.pid} on {here}")
    assert IngestRun.objects.get(pk=alive.pk).state == IngestRun.State.RUNNING
    assert IngestRun.objects.get(pk=elsewhere.pk).state == IngestRun.State.RUNNING


def test_status_of_a_running_run_names_its_process():
    run = IngestRun.objects.create(paths=["corpus/"], host="worker-7", pid=4242, articles_read=2)
    out = StringIO()
    call_command("ingest", status=str(run.uuid), stdout=out)
    assert f"run {run.uuid}: Running (process 4242 on worker-7, last progress 0 min ago); 2 read" in out.getvalue()


@pytest.mark.slow
def test_an_inline_run_saves_its_counts_while_it_runs(monkeypatch):
    monkeypatch.setattr(services, "RUN_PROGRESS_SECONDS", 0)
    seen = []

    def look(outcome):
        run = IngestRun.objects.get()
        seen.append((run.state, run.articles_read, run.articles_stored))

    summary = services.ingest_paths(paths=[SEEDS], on_article=look)

    # Each article's outcome is saved right after it is reported: the second callback sees the first.
    assert len(seen) == 5
    assert seen[1:] == [(IngestRun.State.RUNNING, n, n) for n in range(1, 5)]
    run = IngestRun.objects.get()
    assert (run.state, run.articles_read, run.articles_stored) == (IngestRun.State.DONE, 5, summary.stored)
