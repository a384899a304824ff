"""Screenshots of the curation admin for the README, taken in headless Chromium.

Builds a throw-away SQLite database from ``seeds/`` (migrate, ingest, demo curator),
serves it with ``runserver`` and saves ``docs/img/review-queue.png`` and
``docs/img/event-evidence.png``.

    .venv/bin/python scripts/screenshots.py [--chromium /usr/bin/chromium] [--out docs/img]
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
USERNAME, PASSWORD = "curator", "curator-demo-password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env: dict, *args: str, check: bool = True) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=check)


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (a local URL)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server at {url} did not start")


def shoot(base: str, out: Path, chromium: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    queue, event = out / "review-queue.png", out / "event-evidence.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 900}, device_scale_factor=1)
        page.set_default_timeout(60_000)
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
        page.goto(f"{base}/admin/diplomacy/event/?q=Jerusalem&kind__exact=meeting")
        page.click("#result_list tbody tr:first-child th a")
        page.wait_for_selector("#evidence")
        page.set_viewport_size({"width": 1440, "height": 1300})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(event), full_page=False)
        browser.close()
    return [queue, event]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/screenshots.sqlite3",
            "DJANGO_DEBUG": "1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
        }
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "ingest", "seeds/", check=False)  # failures are reported, the rest is stored
        manage(env, "demo_curator", "--username", USERNAME, "--password", PASSWORD)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"], cwd=ROOT, env=env
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(f"{base}/admin/login/")
            for path in shoot(base, Path(args.out), args.chromium):
                print(f"saved {path}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
