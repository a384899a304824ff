"""Undoing merges from a record's history page."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html

from diplomacy import curation
from diplomacy.models import Redirect


class MergeHistoryMixin:
    """Lists the merges into a record on its history page, each with an Undo button."""

    merge_model = ""
    object_history_template = "admin/diplomacy/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        extra_context = dict(extra_context or {})
        if obj is not None:
            merges = Redirect.objects.filter(model=self.merge_model, new_uuid=obj.uuid).select_related("created_by")
            extra_context["merges"] = [
                (redirect, curation.merge_summary(redirect), self._undo_url(obj, redirect)) for redirect in merges
            ]
            extra_context["can_undo_merge"] = self.has_change_permission(request, obj) and self.has_delete_permission(
                request, obj
            )
        return super().history_view(request, object_id, extra_context)

    def _undo_url(self, obj, redirect):
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_undo_merge", args=[obj.pk, redirect.pk])

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<int:object_id>/undo-merge/<int:redirect_id>/",
                self.admin_site.admin_view(self.undo_merge_view),
                name=f"{opts.app_label}_{opts.model_name}_undo_merge",
            ),
            *super().get_urls(),
        ]

    def undo_merge_view(self, request, object_id, redirect_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = get_object_or_404(self.model, pk=object_id)
        if not (self.has_change_permission(request, obj) and self.has_delete_permission(request, obj)):
            raise PermissionDenied
        redirect = get_object_or_404(Redirect, pk=redirect_id, model=self.merge_model, new_uuid=obj.uuid)
        opts = self.model._meta
        try:
            restored = curation.merge_undo(redirect=redirect, user=request.user)
        except curation.CurationError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk]))
        self.log_change(request, restored, f"Undid its merge into “{obj}”.")
        self.message_user(
            request,
            format_html("Merge undone: “{}” is back.", restored),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[restored.pk]))
