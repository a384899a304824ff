"""Headless Chromium for the end-to-end tests and the screenshot script.

Debian's ``/usr/bin/chromium`` driven by Playwright (which downloads nothing here).
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def chromium_page(*, width: int = 1280, height: int = 900, timeout_ms: int = 30_000, executable: str = CHROMIUM):
    """A fresh page in a fresh headless browser, closed on exit."""
    from playwright.sync_api import sync_playwright

    assert Path(executable).exists(), f"{executable} is missing: apt-get install chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            page.set_default_timeout(timeout_ms)
            yield page
        finally:
            browser.close()
