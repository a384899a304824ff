"""Articles, ingest runs, merges and reference data."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from diplomacy import curation
from diplomacy.admin.display import highlighted
from diplomacy.models import Country, Evidence, IngestRun, Organization, Redirect, Source


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "alpha3", "ended"]
    search_fields = ["name", "code", "alpha3", "official_name"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["acronym", "name"]
    search_fields = ["acronym", "name"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "published", "event_count", "ingested_at", "duplicate_of"]
    list_select_related = ["duplicate_of"]
    search_fields = ["name", "title", "url"]
    date_hierarchy = "published"
    fields = [
        "name",
        "title",
        "url",
        "published",
        "duplicate_of",
        "sha256",
        "extractor_version",
        "ingested_at",
        "article",
    ]
    readonly_fields = ["name", "duplicate_of", "sha256", "extractor_version", "ingested_at", "article"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=Count("event_sources", distinct=True))

    def has_add_permission(self, request):
        return False

    @admin.display(description="events", ordering="event_count")
    def event_count(self, obj):
        return obj.event_count

    @admin.display(description="article (evidence sentences highlighted)")
    def article(self, obj):
        """The full text, escaped, paragraph by paragraph, with evidence sentences marked."""
        spans = sorted({(e.start, e.end) for e in Evidence.objects.filter(source=obj).only("start", "end")})
        text = obj.text or ""
        paragraphs = []
        pos = 0
        for block in text.split("\n"):
            start, end = pos, pos + len(block)
            pos = end + 1
            if block.strip():
                inside = [[max(s, start), min(e, end)] for s, e in spans if s < end and e > start]
                paragraphs.append((highlighted(text, start, end, inside),))
        return format_html('<div class="article-text">{}</div>', format_html_join("", "<p>{}</p>", paragraphs))


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "state",
        "articles_read",
        "articles_stored",
        "articles_unchanged",
        "articles_failed",
        "events_new",
        "events_updated",
        "progress_at",
        "host",
    ]
    list_filter = ["state"]
    readonly_fields = ["failure_list"]
    exclude = ["failures"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="failures")
    def failure_list(self, obj):
        if not obj.failures:
            return "—"
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((f,) for f in obj.failures)))


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    """The merge log: each row is one merge, undoable."""

    list_display = ["created_at", "model", "summary", "created_by"]
    list_filter = ["model"]
    list_select_related = ["created_by"]
    search_fields = ["old_uuid", "new_uuid", "note"]
    readonly_fields = ["model", "old_uuid", "new_uuid", "created_at", "created_by", "summary"]
    fields = readonly_fields
    actions = ["undo_merges"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="what")
    def summary(self, obj):
        return curation.merge_summary(obj)

    @admin.action(permissions=["change", "delete"], description="Undo selected merges")
    def undo_merges(self, request, queryset):
        undone = 0
        for redirect in queryset.order_by("-created_at", "-pk"):
            try:
                curation.merge_undo(redirect=redirect, user=request.user)
            except curation.CurationError as error:
                self.message_user(request, f"{redirect}: {error}", messages.ERROR)
            else:
                undone += 1
        if undone:
            self.message_user(request, f"Undid {undone} merge(s).", messages.SUCCESS)
