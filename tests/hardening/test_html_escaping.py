"""An article with HTML and JavaScript is stored verbatim and shown escaped: in the admin, in
the explore pages and in the API (JSON, never HTML)."""

import hashlib
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from diplomacy.models import Event, Evidence, Office, Person, PersonAlias, Source
from tests import factories

PAYLOAD = "<script>alert('xss')</script><img src=x onerror=alert(1)>"
ARTICLE = (
    f"Foreign Minister Ana Díaz met President Luis Perez in Lima on Monday. {PAYLOAD}\n\n"
    f'<p onclick="steal()">The ministers signed an agreement.</p> <a href="javascript:alert(2)">x</a>\n'
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile(db):
    """Records whose every text field carries the payload, as a curator or an article could set it."""
    text = ARTICLE
    source = factories.SourceFactory(
        name=f"{PAYLOAD}.txt",
        title=f"Title {PAYLOAD}",
        url="javascript:alert(document.cookie)",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    person = factories.PersonFactory(name=f"Ana {PAYLOAD}")
    factories.PersonAliasFactory(person=person, name=f"Díaz {PAYLOAD}", source=source)
    office = factories.OfficeFactory(title=f"Minister {PAYLOAD}")
    factories.TenureFactory(person=person, office=office)
    event = factories.EventFactory(title=f"Meeting {PAYLOAD}", location=f"Lima {PAYLOAD}", countries=["IL"])
    factories.ParticipationFactory(event=event, person=person, office=office)
    factories.EventSourceFactory(event=event, source=source)
    factories.EvidenceFactory(source=source, event=event, sentence=f"They met. {PAYLOAD}", start=0, end=10)
    return {"source": source, "person": person, "office": office, "event": event}


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "root-pass-long-enough")
    client.force_login(user)
    return client


def assert_escaped(response, where):
    assert response.status_code == 200, f"{where}: {response.status_code}"
    html = response.content.decode()
    assert "<script>alert(" not in html, f"{where} renders the script tag raw"
    assert "<img src=x onerror" not in html, f"{where} renders the img tag raw"
    assert 'href="javascript:' not in html.lower(), f"{where} links a javascript: URL"
    return html


def test_ingest_stores_an_html_article_verbatim(tmp_path):
    (tmp_path / "html.txt").write_text(ARTICLE, encoding="utf-8")
    call_command("ingest", str(tmp_path), stdout=StringIO(), stderr=StringIO())
    source = Source.objects.get()
    assert source.text == ARTICLE
    for ev in Evidence.objects.filter(source=source):
        assert ARTICLE[ev.start : ev.end] == ev.sentence


ADMIN_MODELS = [Source, Person, PersonAlias, Office, Event]


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m.__name__)
def test_admin_pages_escape_article_content(admin_client, hostile, model):
    opts = model._meta
    html = assert_escaped(
        admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")), "changelist"
    )
    obj = model.objects.order_by("pk").first()
    html = assert_escaped(
        admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])), "change page"
    )
    assert "&lt;script&gt;" in html, "the payload is shown, escaped"


def test_admin_search_and_history_escape_the_payload(admin_client, hostile):
    url = reverse("admin:diplomacy_event_changelist")
    assert_escaped(admin_client.get(url, {"q": PAYLOAD}), "event search")
    event = hostile["event"]
    assert_escaped(admin_client.get(reverse("admin:diplomacy_event_history", args=[event.pk])), "event history")


def test_explore_pages_escape_article_content(client, hostile):
    pages = {
        "event": reverse("explore:event", args=[hostile["event"].uuid]),
        "person": reverse("explore:person", args=[hostile["person"].uuid]),
        "search": reverse("explore:search") + "?q=" + PAYLOAD,
        "home": reverse("explore:home"),
    }
    for where, url in pages.items():
        html = assert_escaped(client.get(url), where)
        if where != "home":
            assert "&lt;script&gt;" in html, f"{where} shows the payload escaped"


def test_api_answers_json_never_html(client, hostile):
    for url in (
        f"/api/events/{hostile['event'].uuid}/",
        f"/api/persons/{hostile['person'].uuid}/",
        "/api/sources/",
        "/api/events/?search=script",
    ):
        response = client.get(url, HTTP_ACCEPT="text/html")
        assert response.status_code in (200, 406), url
        assert response["Content-Type"].startswith(("application/json", "text/csv")), url
        assert response["X-Content-Type-Options"] == "nosniff"
    body = client.get(f"/api/events/{hostile['event'].uuid}/").json()
    assert PAYLOAD in body["title"], "the API returns the stored text unchanged (JSON-encoded)"
