"""The review queue: events with their evidence, confirm/reject, merge and split."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from diplomacy import curation
from diplomacy.admin.display import date_at_precision, evidence_panel
from diplomacy.admin.forms import VersionedAdminMixin
from diplomacy.admin.merge import merge_action
from diplomacy.admin.undo import MergeHistoryMixin
from diplomacy.models import Event, Evidence, Participation, Person, ReviewStatus, Source

LOW_CONFIDENCE = 0.6
DATE_INFERRED_TITLE = "The article gave no date of its own: the date is the story's day."


class NeedsReviewFilter(admin.SimpleListFilter):
    title = "needs review"
    parameter_name = "needs_review"

    def lookups(self, request, model_admin):
        return [
            ("yes", "Not reviewed yet"),
            ("low", f"Not reviewed, confidence below {LOW_CONFIDENCE}"),
            ("single", "Not reviewed, a single source"),
            ("undated", "Not reviewed, no date"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        queryset = queryset.needs_review()
        if value == "low":
            return queryset.filter(confidence__lt=LOW_CONFIDENCE)
        if value == "single":
            return queryset.filter(source_count__lte=1)
        if value == "undated":
            return queryset.filter(date__isnull=True)
        return queryset


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["person", "country", "office"]
    fields = ["person", "role", "country", "office"]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).select_related("person", "country", "office__country", "office__organization")
        )


def _describe_event(event: Event):
    return [
        ("Date", [f"{event.get_kind_display()} · {date_at_precision(event.date, event.date_precision) or 'no date'}"]),
        ("Participants", [str(p.person) for p in event.participations.select_related("person")]),
        ("Sources", [str(s) for s in event.sources.all()]),
        ("Evidence", [e.sentence[:120] for e in event.evidence.all()]),
    ]


@admin.register(Event)
class EventAdmin(VersionedAdminMixin, MergeHistoryMixin, SimpleHistoryAdmin):
    change_form_template = "admin/diplomacy/event/change_form.html"
    change_list_template = "admin/diplomacy/event/change_list.html"
    view_on_site = False
    list_display = [
        "__str__",
        "kind",
        "date_display",
        "participants",
        "country_list",
        "sources_count",
        "review_badge",
        "confidence_display",
    ]
    list_display_links = ["__str__"]
    list_filter = [
        "review_status",
        NeedsReviewFilter,
        "date_inferred",
        "kind",
        "status",
        ("countries", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["location_country"]
    date_hierarchy = "date"
    search_fields = ["title", "location"]
    search_help_text = "A participant's name (any spelling, accents optional), a title or a location."
    list_per_page = 50
    autocomplete_fields = ["countries", "location_country"]
    inlines = [ParticipationInline]
    readonly_fields = ["confidence", "curated_fields", "version", "uuid", "created_at", "updated_at"]
    fieldsets = [
        ("Review", {"fields": ["review_status", "confidence", "curated_fields", "loaded_version"]}),
        (
            "Event",
            {
                "fields": [
                    "kind",
                    "status",
                    "title",
                    ("date", "date_precision", "date_inferred", "end_date"),
                    ("location", "location_country"),
                    "countries",
                ]
            },
        ),
        (
            "Codes and record",
            {
                "classes": ["collapse"],
                "fields": [
                    ("cameo_code", "plover_event", "plover_mode"),
                    "uuid",
                    "version",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]
    actions = [
        "confirm_events",
        "reject_events",
        "reopen_events",
        merge_action(curation.event_merge, _describe_event, "Merge selected events"),
    ]
    merge_model = "event"

    def get_queryset(self, request):
        return super().get_queryset(request).for_listing()

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"title": "Review queue", **(extra_context or {})})

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        persons = Person.objects.named(term).values("pk")
        match = (
            Q(title__icontains=term)
            | Q(location__icontains=term)
            | Q(location_country__name__icontains=term)
            | Q(pk__in=Participation.objects.filter(person__in=persons).values("event_id"))
        )
        return queryset.filter(match), False

    # -- columns

    @admin.display(description="date", ordering="date")
    def date_display(self, obj):
        shown = date_at_precision(obj.date, obj.date_precision) or "—"
        if obj.date_inferred:
            return format_html('{} <span class="date-inferred" title="{}">inferred</span>', shown, DATE_INFERRED_TITLE)
        return shown

    @admin.display(description="participants")
    def participants(self, obj):
        return ", ".join(str(p.person) for p in obj.participations.all()) or "—"

    @admin.display(description="countries")
    def country_list(self, obj):
        return ", ".join(c.code for c in obj.countries.all()) or "—"

    @admin.display(description="sources", ordering="source_count")
    def sources_count(self, obj):
        return obj.source_count

    @admin.display(description="review", ordering="review_status")
    def review_badge(self, obj):
        return format_html(
            '<span class="review review-{}">{}</span>', obj.review_status, obj.get_review_status_display()
        )

    @admin.display(description="confidence", ordering="confidence")
    def confidence_display(self, obj):
        return f"{obj.confidence:.2f}"

    # -- review actions

    def _set_status(self, request, queryset, status, verb):
        changed = curation.events_set_review_status(events=queryset, status=status, user=request.user)
        self.message_user(request, f"{verb} {changed} event(s).", messages.SUCCESS)

    @admin.action(permissions=["change"], description="Confirm selected events")
    def confirm_events(self, request, queryset):
        self._set_status(request, queryset, ReviewStatus.CONFIRMED, "Confirmed")

    @admin.action(permissions=["change"], description="Reject selected events")
    def reject_events(self, request, queryset):
        self._set_status(request, queryset, ReviewStatus.REJECTED, "Rejected")

    @admin.action(permissions=["change"], description="Send selected events back to review")
    def reopen_events(self, request, queryset):
        self._set_status(request, queryset, ReviewStatus.EXTRACTED, "Reopened")

    # -- one by one: the Confirm / Reject buttons of the change form

    def save_model(self, request, obj, form, change):
        for button, status in (("_confirm", ReviewStatus.CONFIRMED), ("_reject", ReviewStatus.REJECTED)):
            if button in request.POST:
                obj.review_status = status
                obj._change_reason = f"review: {status}"
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if any(formset.has_changed() for formset in formsets):
            event = form.instance
            if curation.PARTICIPANTS not in event.curated_fields:
                event.curated_fields = sorted([*event.curated_fields, curation.PARTICIPANTS])
                Event.objects.filter(pk=event.pk).update(curated_fields=event.curated_fields)

    def response_change(self, request, obj):
        if "_confirm" in request.POST or "_reject" in request.POST:
            self.message_user(request, f"“{obj}” is {obj.get_review_status_display().lower()}.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:diplomacy_event_changelist") + "?needs_review=yes")
        return super().response_change(request, obj)

    # -- evidence

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        event = self.get_object(request, object_id)
        if event is not None:
            extra_context["evidence_panel"] = self.evidence_for(request, event)
            extra_context["show_review_buttons"] = self.has_change_permission(request, event)
        return super().change_view(request, object_id, form_url, extra_context)

    def evidence_for(self, request, event: Event):
        sources = list(Source.objects.filter(event_sources__event=event).order_by("published", "name"))
        rows = list(Evidence.objects.filter(event=event).order_by("source_id", "start"))
        can_split = len(sources) > 1 and self.has_change_permission(request, event)
        groups = []
        for source in sources:
            extra = (
                format_html(
                    '<a class="button split-link" href="{}">Split off</a>',
                    reverse("admin:diplomacy_event_split", args=[event.pk, source.pk]),
                )
                if can_split
                else ""
            )
            groups.append((source, [e for e in rows if e.source_id == source.pk], extra))
        return evidence_panel(groups)

    # -- split

    def get_urls(self):
        return [
            path(
                "<int:event_id>/split/<int:source_id>/",
                self.admin_site.admin_view(self.split_view),
                name="diplomacy_event_split",
            ),
            *super().get_urls(),
        ]

    def split_view(self, request, event_id, source_id):
        event = get_object_or_404(Event, pk=event_id)
        source = get_object_or_404(Source, pk=source_id)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        if request.method == "POST":
            try:
                new = curation.event_split_source(event=event, source=source, user=request.user)
            except curation.CurationError as error:
                self.message_user(request, str(error), messages.ERROR)
                return HttpResponseRedirect(reverse("admin:diplomacy_event_change", args=[event.pk]))
            self.log_addition(request, new, f"Split off “{event}” with its source “{source}”.")
            self.message_user(request, f"“{source}” now backs a new event.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:diplomacy_event_change", args=[new.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Split a source off an event",
            "opts": self.model._meta,
            "event": event,
            "source": source,
        }
        return TemplateResponse(request, "admin/diplomacy/event/split_confirmation.html", context)
