from datetime import date

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse

from diplomacy import curation
from diplomacy.models import Event, IngestRun, Office, Person, PersonAlias, Redirect, ReviewStatus
from tests import factories

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:diplomacy_event_changelist")


def _change_url(obj):
    return reverse(f"admin:diplomacy_{obj._meta.model_name}_change", args=[obj.pk])


def _event_form(event, **overrides):
    """The POST data of an event's change form, as loaded now."""
    data = {
        "review_status": event.review_status,
        "loaded_version": event.version,
        "kind": event.kind,
        "status": event.status,
        "title": event.title,
        "date": event.date.isoformat() if event.date else "",
        "date_precision": event.date_precision,
        "end_date": "",
        "location": event.location,
        "location_country": event.location_country_id or "",
        "countries": [c.pk for c in event.countries.all()],
        "cameo_code": event.cameo_code,
        "plover_event": event.plover_event,
        "plover_mode": event.plover_mode,
        "participations-TOTAL_FORMS": 0,
        "participations-INITIAL_FORMS": 0,
    }
    if event.date_inferred:
        data["date_inferred"] = "on"  # a checkbox: sent only when ticked
    parts = list(event.participations.all())
    data["participations-TOTAL_FORMS"] = data["participations-INITIAL_FORMS"] = len(parts)
    for i, part in enumerate(parts):
        data.update(
            {
                f"participations-{i}-id": part.pk,
                f"participations-{i}-event": event.pk,
                f"participations-{i}-person": part.person_id,
                f"participations-{i}-role": part.role,
                f"participations-{i}-country": part.country_id or "",
                f"participations-{i}-office": part.office_id or "",
            }
        )
    data.update(overrides)
    return data


# -- review queue


def test_queue_lists_events_with_date_at_precision_and_counts(curator_client, jerusalem):
    factories.EventFactory(title="Old call", date=date(2021, 12, 1), date_precision="month")
    factories.EventFactory(title="Vague visit", date=date(2019, 1, 1), date_precision="year")
    response = curator_client.get(QUEUE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dec 2021" in html and "2021-12-01" not in html
    assert ">2019<" in html
    assert "17 Feb 2022" in html
    assert "Ibrahim Kalın, Alon Ushpiz" in html or "Alon Ushpiz, Ibrahim Kalın" in html
    rows = list(response.context["cl"].result_list)
    assert [e.title for e in rows][0] == jerusalem.title  # newest first
    assert rows[0].source_count == 2


@pytest.mark.parametrize("term", ["Kalin", "kalın", "IBRAHIM KALIN", "Jerusalem", "ushpiz"])
def test_search_by_any_alias_accent_insensitive_and_by_location(curator_client, jerusalem, term):
    factories.EventFactory(title="Elsewhere", location="Ankara")
    response = curator_client.get(QUEUE, {"q": term})
    assert [e.pk for e in response.context["cl"].result_list] == [jerusalem.pk]


def test_search_finds_an_alias_the_canonical_name_lacks(curator_client, jerusalem):
    kalin = Person.objects.get(name="Ibrahim Kalın")
    PersonAlias.objects.create(person=kalin, name="İbrahim Kalın")
    factories.EventFactory(title="Elsewhere", location="Ankara")
    response = curator_client.get(QUEUE, {"q": "ibrahim kalin"})
    assert [e.pk for e in response.context["cl"].result_list] == [jerusalem.pk]


def test_filters(curator_client, jerusalem):
    confirmed = factories.EventFactory(review_status=ReviewStatus.CONFIRMED, kind="call", countries=["US"])
    cases = {
        "review_status__exact=confirmed": [confirmed.pk],
        "needs_review=yes": [jerusalem.pk],
        "needs_review=single": [],
        "kind__exact=call": [confirmed.pk],
        "countries__code__exact=US": [confirmed.pk],
        "date__year=2022&date__month=2": [jerusalem.pk, confirmed.pk],
    }
    for query, expected in cases.items():
        response = curator_client.get(f"{QUEUE}?{query}")
        assert response.status_code == 200, query
        assert sorted(e.pk for e in response.context["cl"].result_list) == sorted(expected), query


def _queue_queries(client, django_assert_max_num_queries, count):
    with django_assert_max_num_queries(count) as captured:
        response = client.get(QUEUE)
    assert response.status_code == 200
    return len(captured)


def test_queue_query_count_does_not_grow_with_events(curator_client, jerusalem, django_assert_max_num_queries):
    def add(n):
        for _ in range(n):
            event = factories.EventFactory(countries=["IL", "TR"])
            factories.ParticipationFactory(event=event)
            factories.ParticipationFactory(event=event)
            factories.EventSourceFactory(event=event)

    add(2)
    few = _queue_queries(curator_client, django_assert_max_num_queries, 30)
    add(10)
    many = _queue_queries(curator_client, django_assert_max_num_queries, 30)
    assert many == few


@pytest.mark.parametrize("model", ["person", "office", "source", "personalias", "tenure", "redirect", "ingestrun"])
def test_other_changelists_query_count_does_not_grow(curator_client, django_assert_max_num_queries, model):
    def add(n):
        for _ in range(n):
            person = factories.PersonFactory()
            factories.PersonAliasFactory(person=person, source=factories.SourceFactory())
            factories.TenureFactory(person=person)
            factories.ParticipationFactory(person=person)
            Redirect.objects.create(model="person", old_uuid=factories.PersonFactory().uuid, new_uuid=person.uuid)
            IngestRun.objects.create(paths=["seeds/"])

    url = reverse(f"admin:diplomacy_{model}_changelist")
    add(2)
    with django_assert_max_num_queries(30) as few:
        assert curator_client.get(url).status_code == 200
    add(8)
    with django_assert_max_num_queries(30) as many:
        assert curator_client.get(url).status_code == 200
    assert len(many) == len(few)


# -- evidence


def test_event_page_shows_highlighted_evidence_from_each_source(curator_client, jerusalem):
    html = curator_client.get(_change_url(jerusalem)).content.decode()
    assert '<mark class="hl">Ibrahim Kalın</mark> <mark class="hl">met</mark>' in html
    assert '<mark class="hl">Alon Ushpiz</mark>' in html
    assert '<mark class="hl">Ibrahim Kalin</mark> <mark class="hl">held</mark>' in html
    for source in jerusalem.sources.all():
        assert _change_url(source) in html
    assert "published 17 Feb 2022" in html
    assert 'href="https://example.org/b"' in html


def test_article_text_is_escaped_everywhere(curator_client, jerusalem):
    text = 'Kalın <script>alert("x")</script> met <img src=x onerror=alert(1)> Herzog.'
    source = factories.SourceFactory(
        text=text, title="<script>alert('t')</script>", url="javascript:alert(document.cookie)"
    )
    factories.EventSourceFactory(event=jerusalem, source=source)
    factories.EvidenceFactory(
        source=source, event=jerusalem, sentence=text, start=0, end=len(text), highlights=[[0, 5], [36, 39]]
    )
    kalin = Person.objects.get(name="Ibrahim Kalın")
    PersonAlias.objects.create(person=kalin, name="<script>alias()</script>", source=source)
    for url in (_change_url(jerusalem), _change_url(source), _change_url(kalin)):
        html = curator_client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "<script>alias()" not in html, url
    html = curator_client.get(_change_url(jerusalem)).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    assert '<mark class="hl">met</mark>' in html


def test_person_page_shows_aliases_where_seen_tenures_and_events(curator_client, jerusalem):
    kalin = Person.objects.get(name="Ibrahim Kalın")
    office = factories.OfficeFactory(title="Chief Adviser", country=factories.country("TR"))
    factories.TenureFactory(person=kalin, office=office)
    source = jerusalem.sources.get(title="Kalin in Israel")
    factories.EvidenceFactory(
        source=source,
        kind="person",
        person=kalin,
        start=0,
        end=54,
        sentence=source.text[:54],
        highlights=[[16, 29]],
    )
    html = curator_client.get(_change_url(kalin)).content.decode()
    assert "Ibrahim Kalin" in html and "Kalin in Israel" in html
    assert 'Turkish adviser <mark class="hl">Ibrahim Kalin</mark> held talks' in html
    assert "Chief Adviser" in html
    assert _change_url(jerusalem) in html and "17 Feb 2022" in html


# -- review


def test_confirm_one_by_one_from_the_change_form(curator_client, curator, jerusalem):
    response = curator_client.post(_change_url(jerusalem), _event_form(jerusalem, _confirm="Confirm"))
    assert response.status_code == 302, response.context and response.context["errors"]
    jerusalem.refresh_from_db()
    assert jerusalem.review_status == ReviewStatus.CONFIRMED
    assert jerusalem.version == 2
    assert jerusalem.history.latest().history_user == curator


def test_bulk_confirm_and_reject(curator_client, jerusalem):
    other = factories.EventFactory()
    response = curator_client.post(
        QUEUE, {"action": "confirm_events", "_selected_action": [jerusalem.pk, other.pk]}, follow=True
    )
    assert "Confirmed 2 event(s)." in response.content.decode()
    assert set(Event.objects.values_list("review_status", flat=True)) == {ReviewStatus.CONFIRMED}
    curator_client.post(QUEUE, {"action": "reject_events", "_selected_action": [other.pk]})
    other.refresh_from_db()
    assert other.review_status == ReviewStatus.REJECTED


def test_queue_marks_and_filters_inferred_dates(curator_client, jerusalem):
    inferred = factories.EventFactory(title="Also met", date_inferred=True)
    response = curator_client.get(QUEUE)
    html = response.content.decode()
    assert html.count('class="date-inferred"') == 1
    assert "By date inferred" in html
    for value, expected in (("1", [inferred.pk]), ("0", [jerusalem.pk])):
        response = curator_client.get(QUEUE, {"date_inferred__exact": value})
        assert [e.pk for e in response.context["cl"].result_list] == expected, value
    response = curator_client.get(QUEUE, {"date_inferred__exact": "1", "needs_review": "yes"})
    assert [e.pk for e in response.context["cl"].result_list] == [inferred.pk]


def test_the_change_form_shows_date_inferred_beside_the_date(curator_client, jerusalem):
    Event.objects.filter(pk=jerusalem.pk).update(date_inferred=True)
    response = curator_client.get(_change_url(jerusalem))
    form = response.context["adminform"].form
    assert form.initial["date_inferred"] is True
    html = response.content.decode()
    assert 'name="date_inferred"' in html and "the date is the story's day. Check it." in html
    assert html.index('name="date"') < html.index('name="date_inferred"') < html.index('name="location"')


@pytest.mark.parametrize(
    "changes, curated, inferred",
    [
        ({"date": "2022-02-16"}, ["date"], False),  # the curator's date is no inference
        ({"date_precision": "month"}, ["date_precision"], False),
        ({"date_inferred": ""}, ["date_inferred"], False),  # unticked: the day was checked
        ({"location": "Ankara"}, ["location"], True),
    ],
)
def test_editing_the_date_in_the_admin_clears_date_inferred(curator_client, jerusalem, changes, curated, inferred):
    Event.objects.filter(pk=jerusalem.pk).update(date_inferred=True)
    jerusalem.refresh_from_db()
    data = _event_form(jerusalem, **changes)
    if not data.get("date_inferred"):
        data.pop("date_inferred")
    response = curator_client.post(_change_url(jerusalem), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    jerusalem.refresh_from_db()
    assert (jerusalem.curated_fields, jerusalem.date_inferred) == (curated, inferred)
    assert jerusalem.history.latest().date_inferred is inferred


def test_edit_marks_curated_fields(curator_client, jerusalem):
    response = curator_client.post(_change_url(jerusalem), _event_form(jerusalem, date="2022-02-16", location="Ankara"))
    assert response.status_code == 302
    jerusalem.refresh_from_db()
    assert jerusalem.curated_fields == ["date", "location"]


def test_editing_participants_marks_them_curated(curator_client, jerusalem):
    data = _event_form(jerusalem)
    data["participations-0-role"] = "host"
    assert curator_client.post(_change_url(jerusalem), data).status_code == 302
    jerusalem.refresh_from_db()
    assert curation.PARTICIPANTS in jerusalem.curated_fields


def test_second_curator_save_is_refused(curator_client, jerusalem):
    first = _event_form(jerusalem, location="Ankara")
    second = _event_form(jerusalem, location="Tel Aviv")
    assert curator_client.post(_change_url(jerusalem), first).status_code == 302
    response = curator_client.post(_change_url(jerusalem), second)
    assert response.status_code == 200
    assert "Someone else saved this event while you were editing it" in response.content.decode()
    jerusalem.refresh_from_db()
    assert jerusalem.location == "Ankara"


# -- merge


def test_merge_persons_through_the_confirmation_page(curator_client, curator):
    survivor = factories.PersonFactory(name="Sedat Önal")
    absorbed = factories.PersonFactory(name="Sadat Onal")
    factories.ParticipationFactory(person=absorbed)
    url = reverse("admin:diplomacy_person_changelist")
    selected = {"action": "merge_person_merge", "_selected_action": [survivor.pk, absorbed.pk]}
    page = curator_client.post(url, selected)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Keep “Sedat Önal”" in html and "Keep “Sadat Onal”" in html
    assert Person.objects.count() == 2

    response = curator_client.post(url, {**selected, "post": "yes", "survivor": survivor.pk}, follow=True)
    assert "Merged 1 record(s) into “Sedat Önal”" in response.content.decode()
    assert list(Person.objects.values_list("name", flat=True)) == ["Sedat Önal"]
    assert survivor.participations.count() == 1
    assert Redirect.objects.get().created_by == curator
    entry = LogEntry.objects.get(object_id=str(survivor.pk))
    assert entry.user == curator and "Merged" in entry.get_change_message()


def test_merge_undo_from_history(curator_client):
    survivor = factories.PersonFactory(name="Sedat Önal")
    absorbed = factories.PersonFactory(name="Sadat Onal")
    redirect = curation.person_merge(survivor=survivor, absorbed=absorbed)
    history = curator_client.get(reverse("admin:diplomacy_person_history", args=[survivor.pk]))
    html = history.content.decode()
    assert "Merged into this record" in html and "Undo this merge" in html
    undo_url = reverse("admin:diplomacy_person_undo_merge", args=[survivor.pk, redirect.pk])
    assert curator_client.get(undo_url).status_code == 405
    response = curator_client.post(undo_url)
    assert response.status_code == 302
    assert set(Person.objects.values_list("name", flat=True)) == {"Sedat Önal", "Sadat Onal"}


def test_split_from_the_event_page(curator_client, jerusalem):
    source = jerusalem.sources.get(title="Kalin in Israel")
    url = reverse("admin:diplomacy_event_split", args=[jerusalem.pk, source.pk])
    assert url in curator_client.get(_change_url(jerusalem)).content.decode()
    assert curator_client.get(url).status_code == 200
    response = curator_client.post(url)
    new = Event.objects.exclude(pk=jerusalem.pk).get()
    assert response.url == _change_url(new)
    assert list(new.sources.all()) == [source]


# -- history


def test_history_shows_who_changed_what_and_reverts(curator_client, curator, jerusalem):
    curator_client.post(_change_url(jerusalem), _event_form(jerusalem, location="Ankara"))
    history_url = reverse("admin:diplomacy_event_history", args=[jerusalem.pk])
    html = curator_client.get(history_url).content.decode()
    assert "curator" in html and "Ankara" in html
    first = jerusalem.history.earliest()
    revert_url = reverse("admin:diplomacy_event_simple_history", args=[jerusalem.pk, first.history_id])
    form = curator_client.get(revert_url)
    assert form.status_code == 200
    jerusalem.refresh_from_db()
    data = _event_form(first.instance, loaded_version=jerusalem.version)
    data = {k: v for k, v in data.items() if not k.startswith("participations")}
    response = curator_client.post(revert_url, data)
    assert response.status_code == 302
    jerusalem.refresh_from_db()
    assert jerusalem.location == "Jerusalem"
    assert jerusalem.version == 3
    assert jerusalem.history.latest().history_user == curator


# -- permissions and dashboard


def test_anonymous_gets_the_login_page(client, jerusalem):
    for url in (reverse("admin:index"), QUEUE, _change_url(jerusalem)):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login")), url


def test_curators_review_edit_merge_but_do_not_manage_users(curator):
    assert curator.groups.filter(name="Curators").exists()
    for perm in (
        "change_event",
        "delete_person",
        "change_person",
        "change_office",
        "delete_office",
        "view_historicalevent",
        "change_personalias",
        "view_source",
    ):
        assert curator.has_perm(f"diplomacy.{perm}"), perm
    for perm in (
        "auth.view_user",
        "auth.change_user",
        "auth.add_user",
        "auth.change_group",
        "diplomacy.change_ingestrun",
        "diplomacy.change_country",
    ):
        assert not curator.has_perm(perm), perm


def test_curator_sees_no_user_admin(curator_client):
    assert curator_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    html = curator_client.get(reverse("admin:index")).content.decode()
    assert "/admin/auth/user/" not in html
    actions = curator_client.get(reverse("admin:diplomacy_person_changelist")).context["action_form"]
    assert "merge_person_merge" in dict(actions.fields["action"].choices)


def test_read_only_staff_can_view_but_not_change(client, viewer, jerusalem):
    client.force_login(viewer)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert "confirm_events" not in response.content.decode()
    page = client.get(_change_url(jerusalem))
    assert page.status_code == 200
    html = page.content.decode()
    assert '<mark class="hl">' in html and "confirm-event" not in html
    assert client.post(_change_url(jerusalem), _event_form(jerusalem, location="X")).status_code == 403
    merge = client.post(
        reverse("admin:diplomacy_person_changelist"),
        {"action": "merge_person_merge", "_selected_action": list(Person.objects.values_list("pk", flat=True))},
    )
    assert Person.objects.count() == 2 and merge.status_code in (200, 302)
    assert client.post(reverse("admin:diplomacy_event_split", args=[jerusalem.pk, 1])).status_code in (403, 404)
    jerusalem.refresh_from_db()
    assert jerusalem.location == "Jerusalem"


def test_dashboard_counts_and_latest_ingests(curator_client, jerusalem):
    factories.EventFactory(kind="call", review_status=ReviewStatus.CONFIRMED)
    IngestRun.objects.create(
        paths=["seeds/"],
        state=IngestRun.State.FAILED,
        articles_read=5,
        articles_failed=1,
        failures=["bad.txt: <not UTF-8>"],
    )
    html = curator_client.get(reverse("admin:index")).content.decode()
    assert 'id="to-review-count">1</a>' in html
    assert "Meeting" in html and "Call" in html
    assert "bad.txt: &lt;not UTF-8&gt;" in html
    assert "1 with failures" in html


def test_curators_group_exists_from_migration():
    group = Group.objects.get(name="Curators")
    assert group.permissions.filter(codename="change_event").exists()


def test_merge_offices_and_events_through_their_confirmation_pages(curator_client, jerusalem):
    survivor = factories.OfficeFactory(title="Foreign Minister")
    absorbed = factories.OfficeFactory(title="Minister of Foreign Affairs")
    factories.TenureFactory(office=absorbed)
    url = reverse("admin:diplomacy_office_changelist")
    selected = {"action": "merge_office_merge", "_selected_action": [survivor.pk, absorbed.pk]}
    assert "Keep “Minister of Foreign Affairs (IL)”" in curator_client.post(url, selected).content.decode()
    curator_client.post(url, {**selected, "post": "yes", "survivor": survivor.pk})
    assert list(Office.objects.values_list("title", flat=True)) == ["Foreign Minister"]
    assert survivor.tenures.count() == 1

    duplicate = factories.EventFactory(title="Kalın in Jerusalem")
    factories.EventSourceFactory(event=duplicate)
    selected = {"action": "merge_event_merge", "_selected_action": [jerusalem.pk, duplicate.pk]}
    page = curator_client.post(QUEUE, selected).content.decode()
    assert "Keep “Kalın in Jerusalem”" in page and "Ibrahim Kalın" in page
    curator_client.post(QUEUE, {**selected, "post": "yes", "survivor": jerusalem.pk})
    assert list(Event.objects.values_list("pk", flat=True)) == [jerusalem.pk]
    assert jerusalem.sources.count() == 3


def test_merge_needs_a_survivor_and_two_records(curator_client):
    a, b = factories.PersonFactory(), factories.PersonFactory()
    url = reverse("admin:diplomacy_person_changelist")
    one = curator_client.post(url, {"action": "merge_person_merge", "_selected_action": [a.pk]}, follow=True)
    assert "Select at least two records to merge." in one.content.decode()
    both = {"action": "merge_person_merge", "_selected_action": [a.pk, b.pk], "post": "yes"}
    assert "Choose the record that survives" in curator_client.post(url, both, follow=True).content.decode()
    assert Person.objects.count() == 2


def test_merge_page_proposes_the_record_with_most_attached_as_survivor(curator_client):
    bare = factories.PersonFactory(name="Aaron Bare")
    rich = factories.PersonFactory(name="Zed Rich")
    factories.ParticipationFactory(person=rich)
    url = reverse("admin:diplomacy_person_changelist")
    html = curator_client.post(
        url, {"action": "merge_person_merge", "_selected_action": [bare.pk, rich.pk]}
    ).content.decode()
    assert f'value="{rich.pk}" checked' in html
    assert f'value="{bare.pk}" checked' not in html
