"""Curators' writes through the API, on top of ``diplomacy.curation``.

The curation services keep the rules shared with the admin (which fields count as curated,
how versions move, history user and reason); this module maps a validated API payload to
them: which fields changed, and the many-to-many fields they do not handle.
"""

from __future__ import annotations

from django.db import models, transaction

from diplomacy import curation

API_REASON = "api"


def _split(model: type[models.Model], data: dict) -> tuple[dict, dict]:
    many = {f.name for f in model._meta.many_to_many}
    plain = {name: value for name, value in data.items() if name not in many}
    related = {name: value for name, value in data.items() if name in many}
    return plain, related


@transaction.atomic
def curated_create(*, model: type[models.Model], data: dict, user) -> models.Model:
    """A new record entered by a curator; the fields given are marked as curated."""
    plain, related = _split(model, data)
    instance = curation.curated_record_save(
        instance=model(**plain), changed_fields=list(data), user=user, reason=API_REASON
    )
    for name, values in related.items():
        getattr(instance, name).set(values)
    return instance


@transaction.atomic
def curated_update(*, instance: models.Model, changes: dict, user, expected_version: int | None = None):
    """``instance`` with ``changes`` applied; returns the stored record.

    Fields whose value changes join ``curated_fields`` and ``version`` goes up by one.
    Raises ``curation.StaleVersionError`` if ``expected_version`` is given and the stored
    version differs, whether or not anything changes. Changing nothing saves nothing.
    """
    model = type(instance)
    locked = model._base_manager.select_for_update().get(pk=instance.pk)
    if expected_version is not None and expected_version != locked.version:
        raise curation.StaleVersionError(
            curation.STALE_VERSION.format(
                model=model._meta.verbose_name, loaded=expected_version, stored=locked.version
            )
        )
    plain, related = _split(model, changes)
    changed = [name for name, value in plain.items() if getattr(locked, name) != value]
    if "date_inferred" in plain and "date_inferred" not in changed and curation.DATE_EDITS.intersection(changed):
        changed.append("date_inferred")  # sent with a new date: kept as sent, not cleared by the edit
    changed_related = [
        name
        for name, values in related.items()
        if {obj.pk for obj in getattr(locked, name).all()} != {obj.pk for obj in values}
    ]
    if not changed and not changed_related:
        return locked
    for name in changed:
        setattr(locked, name, plain[name])
    curation.curated_record_save(
        instance=locked,
        loaded_version=expected_version,
        changed_fields=[*changed, *changed_related],
        user=user,
        reason=API_REASON,
    )
    for name in changed_related:
        getattr(locked, name).set(related[name])
    return locked


@transaction.atomic
def curated_delete(*, instance: models.Model, user) -> None:
    instance._history_user = user
    instance._change_reason = API_REASON
    instance.delete()
