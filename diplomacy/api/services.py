"""Curators' writes through the API: create, update with optimistic locking, delete.

Every write names its user, so django-simple-history records who made it whatever the
authentication (the token's user, not the session's).
"""

from __future__ import annotations

from django.db import models, transaction

VERSION_CONFLICT = "Version conflict: you edited version {expected}, the record is now at version {current}."


class VersionConflict(Exception):
    def __init__(self, *, expected: int, current: int):
        self.expected = expected
        self.current = current
        super().__init__(VERSION_CONFLICT.format(expected=expected, current=current))


def _split(model: type[models.Model], data: dict) -> tuple[dict, dict]:
    many = {f.name for f in model._meta.many_to_many}
    plain = {name: value for name, value in data.items() if name not in many}
    related = {name: value for name, value in data.items() if name in many}
    return plain, related


@transaction.atomic
def curated_create(*, model: type[models.Model], data: dict, user) -> models.Model:
    """A new record entered by a curator; every field given is marked as curated."""
    plain, related = _split(model, data)
    instance = model(**plain)
    instance.curated_fields = sorted(data)
    instance._history_user = user
    instance.save()
    for name, values in related.items():
        getattr(instance, name).set(values)
    return instance


@transaction.atomic
def curated_update(*, instance: models.Model, changes: dict, user, expected_version: int | None = None):
    """``instance`` with ``changes`` applied; returns the saved record.

    Fields whose value changes join ``curated_fields`` (re-extraction leaves them alone) and
    ``version`` goes up by one. Raises ``VersionConflict`` if ``expected_version`` is given
    and the stored version differs. Changing nothing saves nothing.
    """
    model = type(instance)
    locked = model._base_manager.select_for_update().get(pk=instance.pk)
    if expected_version is not None and expected_version != locked.version:
        raise VersionConflict(expected=expected_version, current=locked.version)
    plain, related = _split(model, changes)
    changed = [name for name, value in plain.items() if getattr(locked, name) != value]
    changed_related = [
        name
        for name, values in related.items()
        if {obj.pk for obj in getattr(locked, name).all()} != {obj.pk for obj in values}
    ]
    if not changed and not changed_related:
        return locked
    for name in changed:
        setattr(locked, name, plain[name])
    locked.curated_fields = sorted({*locked.curated_fields, *changed, *changed_related})
    locked.version += 1
    locked._history_user = user
    locked.save()
    for name in changed_related:
        getattr(locked, name).set(related[name])
    return locked


@transaction.atomic
def curated_delete(*, instance: models.Model, user) -> None:
    instance._history_user = user
    instance.delete()
