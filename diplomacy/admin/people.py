"""Persons (aliases, tenures, events) and offices."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, Prefetch, Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from diplomacy import curation
from diplomacy.admin.display import date_at_precision, evidence_panel
from diplomacy.admin.forms import VersionedAdminMixin
from diplomacy.admin.merge import merge_action
from diplomacy.admin.undo import MergeHistoryMixin
from diplomacy.extraction.text import fold
from diplomacy.models import Evidence, NotSamePerson, Office, Participation, Person, PersonAlias, Tenure


def _source_seen(source):
    if source is None:
        return "—"
    when = f" ({source.published.day} {source.published:%b %Y})" if source.published else ""
    return format_html(
        '<a href="{}">{}</a>{}',
        reverse("admin:diplomacy_source_change", args=[source.pk]),
        source.title or source.name,
        when,
    )


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 0
    fields = ["name", "confirmed", "seen_in"]
    readonly_fields = ["seen_in"]
    verbose_name_plural = "aliases (and where each was seen)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    @admin.display(description="seen in")
    def seen_in(self, obj):
        return _source_seen(obj.source)


class TenureInline(admin.TabularInline):
    model = Tenure
    extra = 0
    autocomplete_fields = ["office"]
    fields = ["office", "start", "end"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("office__country", "office__organization")


class HolderInline(TenureInline):
    autocomplete_fields = ["person"]
    fields = ["person", "start", "end"]
    verbose_name_plural = "holders"

    def get_queryset(self, request):
        return admin.TabularInline.get_queryset(self, request).select_related("person")


def _describe_person(person: Person):
    return [
        ("Aliases", [a.name for a in person.aliases.all()]),
        ("Offices", [str(t.office) for t in person.tenures.select_related("office")]),
        (
            "Events",
            [str(p.event) for p in person.participations.select_related("event").order_by("-event__date")],
        ),
        ("Evidence sentences", list(dict.fromkeys(e.sentence[:120] for e in person.evidence.all()[:40]))),
    ]


def _describe_office(office: Office):
    return [
        ("Holders", [str(t.person) for t in office.tenures.select_related("person")]),
        ("Participations", [str(p.event) for p in office.participations.select_related("event")]),
    ]


@admin.register(Person)
class PersonAdmin(VersionedAdminMixin, MergeHistoryMixin, SimpleHistoryAdmin):
    view_on_site = False
    list_display = ["name", "country", "alias_list", "event_count", "wikidata_id"]
    list_filter = [("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["country"]
    search_fields = ["name"]
    search_help_text = "Any spelling of the name; accents are optional."
    autocomplete_fields = ["country"]
    inlines = [PersonAliasInline, TenureInline]
    readonly_fields = ["events_panel", "mentions_panel", "curated_fields", "uuid", "version", "created_at"]
    fieldsets = [
        (None, {"fields": ["name", "country", "wikidata_id", "loaded_version"]}),
        ("Events", {"fields": ["events_panel"]}),
        ("Mentions", {"classes": ["collapse"], "fields": ["mentions_panel"]}),
        ("Record", {"classes": ["collapse"], "fields": ["curated_fields", "uuid", "version", "created_at"]}),
    ]
    actions = [merge_action(curation.person_merge, _describe_person, "Merge selected persons")]
    merge_model = "person"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(event_count=Count("participations", distinct=True))
            .prefetch_related(Prefetch("aliases", queryset=PersonAlias.objects.order_by("name")))
        )

    def get_search_results(self, request, queryset, search_term):
        key = fold(search_term)
        if not key:
            return queryset, False
        return queryset.filter(pk__in=Person.objects.named(search_term).values("pk")), False

    @admin.display(description="aliases")
    def alias_list(self, obj):
        return ", ".join(a.name for a in obj.aliases.all() if a.name != obj.name) or "—"

    @admin.display(description="events", ordering="event_count")
    def event_count(self, obj):
        return obj.event_count

    @admin.display(description="sentences naming this person")
    def mentions_panel(self, obj):
        rows = list(Evidence.objects.filter(person=obj).select_related("source").order_by("source_id", "start"))
        sources = list({e.source_id: e.source for e in rows}.values())
        return evidence_panel([(s, [e for e in rows if e.source_id == s.pk], "") for s in sources])

    @admin.display(description="events")
    def events_panel(self, obj):
        parts = (
            Participation.objects.filter(person=obj)
            .select_related("event", "office")
            .order_by("-event__date", "-event_id")
        )
        rows = [
            (
                reverse("admin:diplomacy_event_change", args=[p.event_id]),
                p.event,
                date_at_precision(p.event.date, p.event.date_precision) or "no date",
                p.get_role_display(),
                f", as {p.office.title}" if p.office else "",
                p.event.get_review_status_display(),
            )
            for p in parts
        ]
        if not rows:
            return "—"
        return format_html("<ul>{}</ul>", format_html_join("", '<li><a href="{}">{}</a> · {} · {}{} · {}</li>', rows))


@admin.register(Office)
class OfficeAdmin(VersionedAdminMixin, MergeHistoryMixin, SimpleHistoryAdmin):
    list_display = ["title", "country", "organization", "institution", "holder_count"]
    list_filter = [("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["country", "organization"]
    search_fields = ["title", "institution"]
    autocomplete_fields = ["country"]
    inlines = [HolderInline]
    readonly_fields = ["curated_fields", "uuid", "version"]
    fieldsets = [
        (None, {"fields": ["title", "country", "organization", "institution", "loaded_version"]}),
        ("Record", {"classes": ["collapse"], "fields": ["curated_fields", "uuid", "version"]}),
    ]
    actions = [merge_action(curation.office_merge, _describe_office, "Merge selected offices")]
    merge_model = "office"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(holder_count=Count("tenures", distinct=True))

    def get_search_results(self, request, queryset, search_term):
        key = fold(search_term)
        if not key:
            return queryset, False
        match = Q(title_key__contains=key) | Q(institution__icontains=search_term) | Q(country__name__icontains=key)
        return queryset.filter(match), False

    @admin.display(description="holders", ordering="holder_count")
    def holder_count(self, obj):
        return obj.holder_count


@admin.register(PersonAlias)
class PersonAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "person", "confirmed", "source"]
    list_select_related = ["person", "source"]
    search_fields = ["name", "match_key"]
    autocomplete_fields = ["person"]
    list_filter = ["confirmed"]


@admin.register(Tenure)
class TenureAdmin(SimpleHistoryAdmin):
    list_display = ["person", "office", "start", "end"]
    list_select_related = ["person", "office__country", "office__organization"]
    search_fields = ["person__match_key", "office__title_key"]
    autocomplete_fields = ["person", "office"]


@admin.register(NotSamePerson)
class NotSamePersonAdmin(admin.ModelAdmin):
    list_display = ["person", "other", "created_at"]
    list_select_related = ["person", "other"]
    autocomplete_fields = ["person", "other"]
