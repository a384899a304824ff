"""Admin forms: the optimistic lock every curated record's form carries."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect

from diplomacy import curation


def stored_version(instance) -> int | None:
    if instance.pk is None:
        return None
    return type(instance)._default_manager.filter(pk=instance.pk).values_list("version", flat=True).first()


class VersionedForm(forms.ModelForm):
    """Carries the version the record had when the form was built; refuses a stale save."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The stored version, not the instance's: a revert form is built from an old copy.
        self.fields["loaded_version"].initial = stored_version(self.instance)

    def clean(self):
        cleaned = super().clean()
        loaded = cleaned.get("loaded_version")
        stored = stored_version(self.instance)
        if stored is not None and loaded is not None and loaded != stored:
            raise ValidationError(
                curation.STALE_VERSION.format(model=self.instance._meta.verbose_name, loaded=loaded, stored=stored),
                code="stale",
            )
        return cleaned


class VersionedAdminMixin:
    """Saves through ``curation.curated_record_save``: version check, curated fields, history user."""

    form = VersionedForm

    def save_model(self, request, obj, form, change):
        changed = set(form.changed_data) - {"loaded_version"}
        if change:
            stored = type(obj)._default_manager.filter(pk=obj.pk).first()
            if stored is not None:
                changed |= {
                    f.name
                    for f in obj._meta.concrete_fields
                    if f.editable and not f.primary_key and getattr(stored, f.attname) != getattr(obj, f.attname)
                }
        curation.curated_record_save(
            instance=obj,
            loaded_version=form.cleaned_data.get("loaded_version") if change else None,
            changed_fields=changed,
            user=request.user,
            reason=getattr(obj, "_change_reason", None),
        )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except curation.StaleVersionError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
