"""`manage.py ingest` that kills itself with SIGKILL at a chosen point (a fault injector).

    python tests/hardening/ingest_with_faults.py POINT N -- ingest [ARGS...]

POINT is where the process dies, counted within this process:
  evidence        right after the N-th evidence row is inserted (inside an article's transaction)
  before-commit   when the N-th article has been written but its transaction not committed
  after-commit    right after the N-th article's transaction has committed
If the point is never reached the ingest finishes normally and the exit status says so.
"""

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def install(point: str, n: int) -> None:
    from diplomacy import services

    count = {"n": 0}

    def tick() -> None:
        count["n"] += 1
        if count["n"] == n:
            die()

    if point == "evidence":
        original_evidence = services._ArticleWriter._evidence

        def _evidence(self, *args, **kwargs):
            original_evidence(self, *args, **kwargs)
            tick()

        services._ArticleWriter._evidence = _evidence
    elif point == "before-commit":
        original_write = services._ArticleWriter.write

        def write(self):
            outcome = original_write(self)
            tick()
            return outcome

        services._ArticleWriter.write = write
    elif point == "after-commit":
        original_store = services.article_store

        def article_store(**kwargs):
            outcome = original_store(**kwargs)
            if outcome.state == "stored":
                tick()
            return outcome

        services.article_store = article_store
    else:
        raise SystemExit(f"unknown fault point {point!r}")


def main(argv: list[str]) -> None:
    point, n, sep, *rest = argv
    if sep != "--":
        raise SystemExit(__doc__)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.test_settings")
    import django

    django.setup()
    install(point, int(n))
    from django.core.management import execute_from_command_line

    execute_from_command_line(["manage.py", *rest])


if __name__ == "__main__":
    main(sys.argv[1:])
