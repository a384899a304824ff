"""A curator's morning in a real headless Chromium, against the real ingest of ``seeds/``."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

from diplomacy.models import Event, Participation, Person, PersonAlias, Redirect, ReviewStatus
from diplomacy.services import user_create_demo_curator
from tests.browser import chromium_page

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.e2e


@pytest.fixture
def browser_page(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls made here
    # between browser steps are ordinary synchronous ones.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with chromium_page(width=1400, height=1000, timeout_ms=20_000) as page:
        try:
            yield page
        finally:
            # ORM calls made while Playwright's loop ran opened a connection of their own.
            connections.close_all()


def test_curator_reviews_confirms_and_merges(live_server, transactional_db, browser_page):
    call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=StringIO())
    user_create_demo_curator(username="maria", password="a-long-curator-password")
    page = browser_page

    # Anonymous: the login page.
    page.goto(f"{live_server.url}/admin/diplomacy/event/")
    assert "/admin/login/" in page.url
    page.fill("#id_username", "maria")
    page.fill("#id_password", "a-long-curator-password")
    page.click("input[type=submit]")

    # The review queue, searched for a participant without the dotless i.
    page.wait_for_selector("#result_list")
    page.fill("#searchbar", "Kalin")
    page.press("#searchbar", "Enter")
    page.wait_for_selector("#result_list")
    row = page.locator("#result_list tbody tr", has_text="in Jerusalem").first
    assert "17 Feb 2022" in row.inner_text()
    row.locator("th a").click()

    # The Jerusalem meeting: highlighted evidence from four articles.
    page.wait_for_selector("#evidence")
    sources = page.locator("#evidence .evidence-source")
    assert sources.count() == 4
    for i in range(4):
        assert sources.nth(i).locator("mark.hl").count() >= 1, sources.nth(i).inner_text()
    marked = page.locator("#evidence mark.hl").all_inner_texts()
    assert any("Kalın" in m or "Kalin" in m for m in marked)
    assert any(m in {"met", "meetings", "meeting", "talks", "visited"} for m in marked)
    event_id = int(re.search(r"/event/(\d+)/change/", page.url).group(1))

    page.click("#confirm-event")
    page.wait_for_selector(".messagelist .success")
    event = Event.objects.get(pk=event_id)
    assert event.review_status == ReviewStatus.CONFIRMED
    assert event.location == "Jerusalem" and event.sources.count() == 4
    assert event.history.latest().history_user.username == "maria"

    # Two records of one man: the extractor resolves the seeds' spellings of Sedat Önal to
    # one person, so plant the duplicate a weaker resolution would leave, then merge it.
    survivor = Person.objects.get(name="Sedat Önal")
    duplicate = Person.objects.create(name="Sadat Onal", country=survivor.country)
    PersonAlias.objects.create(person=duplicate, name="Sadat Onal", source=event.sources.first())
    elsewhere = Event.objects.exclude(participations__person=survivor).first()
    Participation.objects.create(event=event, person=duplicate)
    Participation.objects.create(event=elsewhere, person=duplicate)
    absorbed_uuid, absorbed_pk = duplicate.uuid, duplicate.pk

    page.goto(f"{live_server.url}/admin/diplomacy/person/?q=onal")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 2
    for i in range(2):
        rows.nth(i).locator("input.action-select").check()
    page.select_option("select[name=action]", "merge_person_merge")
    page.click("button[name=index]")
    page.wait_for_selector("#merge-submit")
    assert page.locator(".merge-record").count() == 2
    page.check(f"input[name=survivor][value='{survivor.pk}']")
    page.click("#merge-submit")
    page.wait_for_selector(".messagelist .success")

    assert not Person.objects.filter(pk=absorbed_pk).exists()
    assert PersonAlias.objects.filter(person=survivor, name="Sadat Onal").count() == 1
    assert event.participations.filter(person=survivor).count() == 1
    assert elsewhere.participations.filter(person=survivor).exists()
    for model in (PersonAlias, Participation):
        assert not model.objects.filter(person_id=absorbed_pk).exists()
    assert Redirect.objects.resolve("person", absorbed_uuid) == str(survivor.uuid)
    assert Redirect.objects.get(old_uuid=absorbed_uuid).created_by.username == "maria"
