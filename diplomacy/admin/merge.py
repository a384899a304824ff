"""The merge action: a confirmation page that shows what will move, then the merge service."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import transaction
from django.template.response import TemplateResponse

from diplomacy import curation

MERGE_NEEDS_TWO = "Select at least two records to merge."
MERGE_PICK_SURVIVOR = "Choose the record that survives the merge."


def richest(records: list, describe: Callable):
    """The record with the most attached to it (the oldest on a tie): the likely survivor."""
    return max(records, key=lambda r: (sum(len(items) for _, items in describe(r)), -r.pk))


def merge_action(service: Callable, describe: Callable, label: str):
    """An admin action merging the selected records into the one the curator picks.

    ``service`` is a ``curation.*_merge`` function; ``describe(obj)`` returns the rows
    shown on the confirmation page for one record: a list of ``(label, [items])``.
    """

    @admin.action(permissions=["change", "delete"], description=label)
    def merge(modeladmin, request, queryset):
        records = list(queryset)
        if len(records) < 2:
            modeladmin.message_user(request, MERGE_NEEDS_TWO, messages.WARNING)
            return None
        if request.POST.get("post") == "yes":
            survivor = next((r for r in records if str(r.pk) == request.POST.get("survivor")), None)
            if survivor is None:
                modeladmin.message_user(request, MERGE_PICK_SURVIVOR, messages.ERROR)
            else:
                note = request.POST.get("note", "")
                try:
                    with transaction.atomic():
                        for absorbed in records:
                            if absorbed.pk != survivor.pk:
                                redirect = service(survivor=survivor, absorbed=absorbed, user=request.user, note=note)
                                survivor.refresh_from_db()
                                modeladmin.log_change(request, survivor, curation.merge_summary(redirect))
                except curation.CurationError as error:
                    modeladmin.message_user(request, str(error), messages.ERROR)
                    return None
                modeladmin.message_user(
                    request,
                    f"Merged {len(records) - 1} record(s) into “{survivor}”. "
                    "The merge can be undone from the survivor's history.",
                    messages.SUCCESS,
                )
                return None
        opts = modeladmin.model._meta
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": f"Merge {opts.verbose_name_plural}",
            "subtitle": None,
            "opts": opts,
            "records": [(r, describe(r)) for r in records],
            "queryset": queryset,
            "action_name": request.POST.get("action"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "selected": [str(r.pk) for r in records],
            "default_survivor": str(richest(records, describe).pk),
            "media": modeladmin.media,
        }
        return TemplateResponse(request, "admin/diplomacy/merge_confirmation.html", context)

    merge.__name__ = f"merge_{service.__name__}"
    return merge
