"""Screenshots of the explore pages for the README: docs/img/explore-*.png.

Builds a throw-away SQLite database from seeds/, serves it with ``runserver`` and photographs
each page in headless Chromium (Debian's /usr/bin/chromium; Playwright downloads nothing).

    .venv/bin/python scripts/explore_screenshots.py [--out docs/img] [--chromium /usr/bin/chromium]
    .venv/bin/python scripts/explore_screenshots.py --database-url sqlite:////tmp/db.sqlite3

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
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (local server)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--database-url", help="An existing database to photograph (nothing is ingested).")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    manage = [sys.executable, str(ROOT / "manage.py")]
    if args.database_url:
        env = {**os.environ, "DATABASE_URL": args.database_url, "DJANGO_DEBUG": "1"}
    else:
        workdir = Path(tempfile.mkdtemp(prefix="explore-shots-"))
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}", "DJANGO_DEBUG": "1"}
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        subprocess.run([*manage, "ingest", "seeds/"], env=env, check=True, cwd=ROOT)
    ids = subprocess.run(
        [
            *manage,
            "shell",
            "-v0",
            "-c",
            "from diplomacy.models import Event, Person\n"
            "p = Person.objects.filter(match_key__contains='kalin').first()\n"
            "e = Event.objects.filter(date='2022-02-17', location='Jerusalem').first()\n"
            "print(p.uuid if p else '', e.uuid if e else '')",
        ],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split()
    person_id, event_id = (ids + ["", ""])[:2]

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(base + "/")
        pages = [
            ("home", "/", None),
            ("search", "/search/?q=kalin", None),
            ("relations", "/relations/IL/TR/", None),
            ("person", f"/people/{person_id}/", None),
            ("event", f"/events/{event_id}/", None),
            ("graph", "/graph/", "#graph[data-ready]"),
            ("map", "/map/", "#map[data-ready]"),
        ]
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
            for name, path, ready in pages:
                page.goto(base + path)
                if ready:
                    page.wait_for_selector(ready, timeout=30_000)
                    page.wait_for_timeout(300)
                target = out / f"explore-{name}.png"
                page.screenshot(path=str(target), full_page=name != "graph")
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
