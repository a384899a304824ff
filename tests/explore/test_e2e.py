"""The explore pages in a real headless Chromium, against the real ingest of ``seeds/``."""

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.browser import chromium_page

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.e2e


@pytest.fixture
def browser_page(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with chromium_page(width=1280, height=900, timeout_ms=30_000) as page:
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.requests = requests
        yield page


def test_relations_timeline_then_graph_to_a_person(live_server, transactional_db, browser_page):
    call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=StringIO())
    page = browser_page

    # The Israel–Turkey relations page: the Jerusalem meeting and the planned March visit.
    page.goto(f"{live_server.url}/relations/IL/TR/")
    meeting = page.locator(".tl-item.tl-meeting", has_text="17 February 2022").filter(has_text="Jerusalem")
    assert meeting.count() >= 1
    visit = page.locator(".tl-item.tl-visit.tl-planned", has_text="March 2022")
    assert visit.count() >= 1
    assert "planned" in visit.first.inner_text()
    assert page.locator("table.years th", has_text="2022").count() == 1

    # The meeting's page: its evidence, names highlighted.
    meeting.first.locator("a.tl-title").click()
    page.wait_for_url(re.compile(r"/events/[0-9a-f-]{36}/$"))
    assert "Jerusalem" in page.locator("dl.facts").inner_text()
    assert page.locator("blockquote mark", has_text="Herzog").count() >= 1

    # The graph: click the node of Isaac Herzog on the canvas, land on his page.
    page.goto(f"{live_server.url}/graph/")
    page.wait_for_selector("#graph[data-ready]")
    data = json.loads(page.locator("#graph-data").text_content())
    herzog = next(n for n in data["nodes"] if n["label"] == "Isaac Herzog")
    point = page.evaluate(
        """(id) => {
            const net = window.exploreGraph;
            const dom = net.canvasToDOM(net.getPosition(id));
            const box = document.querySelector("#graph canvas").getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        herzog["id"],
    )
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(re.compile(r"/people/[0-9a-f-]{36}/$"))
    assert page.locator("h1").inner_text() == "Isaac Herzog"
    assert page.locator(".counterparts li").count() >= 1

    # Everything came from this server: no CDN, no tile server.
    assert all(url.startswith(live_server.url) for url in page.requests), [
        u for u in page.requests if not u.startswith(live_server.url)
    ]


def test_map_draws_offline_shapes_and_points(live_server, transactional_db, browser_page):
    call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=StringIO())
    page = browser_page
    page.goto(f"{live_server.url}/map/")
    page.wait_for_selector("#map[data-ready]")
    assert page.locator("#map path.leaflet-interactive").count() >= 1  # a place circle
    assert page.locator("#map svg path").count() > 100  # country shapes
    assert page.locator("table.unresolved tr").count() >= 1
    assert all(url.startswith(live_server.url) for url in page.requests)
