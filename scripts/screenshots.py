"""Screenshots for the README: the curation admin and the explore pages, in headless Chromium.

Builds a throw-away SQLite database from ``seeds/`` (migrate, ingest, demo curator), serves it
with ``runserver`` and saves ``docs/img/review-queue.png``, ``docs/img/event-evidence.png`` and
``docs/img/explore-*.png``. The event and person shown are the best-sourced ones in the
database, whatever was ingested.

    .venv/bin/python scripts/screenshots.py [--only admin|explore] [--out docs/img]
    .venv/bin/python scripts/screenshots.py --database-url sqlite:////tmp/db.sqlite3 --only explore

With ``--database-url`` an existing, already ingested database is photographed as it is.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM, chromium_page  # noqa: E402

USERNAME, PASSWORD = "curator", "curator-demo-password"
BEST_SOURCED = (
    "from django.db.models import Count\n"
    "from diplomacy.models import Event, Person\n"
    "e = Event.objects.annotate(n=Count('event_sources')).order_by('-n', 'date', 'pk').first()\n"
    "p = Person.objects.annotate(n=Count('participations')).order_by('-n', 'name').first()\n"
    "print(e.pk, e.uuid, p.uuid, p.name.split()[-1])"
)
EXPLORE_PAGES = [  # name, path, what to wait for
    ("home", "/", None),
    ("search", "/search/?q={surname}", None),
    ("relations", "/relations/{dyad}/", None),
    ("person", "/people/{person}/", None),
    ("event", "/events/{event}/", None),
    ("graph", "/graph/", "#graph[data-ready]"),
    ("map", "/map/", "#map[data-ready]"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (a local URL)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server at {url} did not start")


def manage(env: dict, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def shoot_admin(base: str, out: Path, event_pk: str, chromium: str) -> list[Path]:
    queue, event = out / "review-queue.png", out / "event-evidence.png"
    with chromium_page(width=1600, height=900, timeout_ms=60_000, executable=chromium) as page:
        page.goto(f"{base}/admin/login/?next=/admin/diplomacy/event/")
        page.fill("#id_username", USERNAME)
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_selector("#result_list")
        page.click("#toggle-nav-sidebar")  # more room for the queue; remembered by the browser
        page.goto(f"{base}/admin/diplomacy/event/")
        page.wait_for_selector("#result_list")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(queue), full_page=False)
        page.goto(f"{base}/admin/diplomacy/event/{event_pk}/change/")
        page.wait_for_selector("#evidence")
        page.set_viewport_size({"width": 1440, "height": 1300})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(event), full_page=False)
    return [queue, event]


def shoot_explore(base: str, out: Path, ids: dict, chromium: str) -> list[Path]:
    saved = []
    with chromium_page(width=1280, height=900, executable=chromium) as page:
        for name, path, ready in EXPLORE_PAGES:
            page.goto(base + path.format(**ids))
            if ready:
                page.wait_for_selector(ready)
                page.wait_for_timeout(300)
            target = out / f"explore-{name}.png"
            page.screenshot(path=str(target), full_page=name != "graph")
            saved.append(target)
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["admin", "explore"])
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    parser.add_argument("--database-url", help="An existing database to photograph (nothing is ingested).")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": args.database_url or f"sqlite:///{tmp}/screenshots.sqlite3",
            "DJANGO_DEBUG": "1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
        }
        if not args.database_url:
            manage(env, "migrate", "--noinput", "-v0")
            manage(env, "ingest", "seeds/")
        if args.only != "explore":
            manage(env, "demo_curator", "--username", USERNAME, "--password", PASSWORD)
        event_pk, event, person, surname = manage(env, "shell", "-v0", "-c", BEST_SOURCED).split()
        dyad = manage(
            env,
            "shell",
            "-v0",
            "-c",
            f"from diplomacy.models import Event\nprint('/'.join(sorted(Event.objects.get(pk={event_pk})"
            ".countries.values_list('code', flat=True))[:2]))",
        ).strip()
        ids = {"event": event, "person": person, "surname": surname, "dyad": dyad}
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(f"{base}/admin/login/")
            saved = []
            if args.only != "explore":
                saved += shoot_admin(base, out, event_pk, args.chromium)
            if args.only != "admin":
                saved += shoot_explore(base, out, ids, args.chromium)
            for path in saved:
                print(f"saved {path}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
