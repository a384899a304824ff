"""Curation services: review, save with an optimistic lock, merge, undo a merge, split.

Every function here is a writer the admin and the API call; none reads a request. Merges
leave a ``Redirect`` from the absorbed UUID to the survivor's and tag every historical
record they write (django-simple-history) with the same change reason, so
``merge_undo`` can put the rows back from history. Rows without history (evidence, name
keys, event sources, "not the same person" decisions) are listed in the redirect's note.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from django.db import models, transaction
from django.db.models import Q

from diplomacy.models import (
    Event,
    EventSource,
    Evidence,
    NameKey,
    NotSamePerson,
    Office,
    Participation,
    Person,
    PersonAlias,
    Redirect,
    ReviewStatus,
    Source,
    Tenure,
)

STALE_VERSION = (
    "Someone else saved this {model} while you were editing it (you loaded version {loaded}, "
    "the stored one is version {stored}). Your changes were not saved: reload the page and make "
    "them again."
)
MERGE_SELF = "A record cannot be merged into itself."
MERGE_NOT_SAME_PERSON = 'A curator decided that "{a}" and "{b}" are different people; merge refused.'
SPLIT_NOT_A_SOURCE = '"{source}" is not a source of this event.'
SPLIT_LAST_SOURCE = "The event has only one source; there is nothing to split off."
UNDO_UNKNOWN_MODEL = "Merges of {model} records cannot be undone."
UNDO_ALREADY_RESTORED = "The merged record {uuid} exists again; this merge was already undone."
UNDO_MERGED_AGAIN = "The survivor was merged into another record since; undo that merge first."
UNDO_CHANGED_SINCE = '"{obj}" changed after the merge; undo it by hand from its history.'

# What a curator's edit of an event's participants inline is recorded as: ingest leaves
# the participants of an event alone when this name is in ``curated_fields``.
PARTICIPANTS = "participants"
NEVER_CURATED = frozenset({"review_status", "curated_fields", "version", "confidence"})
# A curator who edits an event's date vouches for it: it is no longer the story's day the
# extractor inferred (unless the same edit sets ``date_inferred`` itself).
DATE_EDITS = frozenset({"date", "date_precision"})
_UNDO_PREFIX = "undo: "


class CurationError(Exception):
    """A curation request that cannot be carried out; the message is for the curator."""


class StaleVersionError(CurationError):
    """The record was saved by someone else since it was loaded."""


# -- saving a curated record


@transaction.atomic
def curated_record_save(
    *,
    instance: Person | Office | Event,
    loaded_version: int | None = None,
    changed_fields: Iterable[str] = (),
    user=None,
    reason: str | None = None,
) -> Person | Office | Event:
    """Save a record a curator edited; returns it with its version bumped.

    ``loaded_version`` is the version the curator's form was built from: when the stored
    record has moved on, nothing is saved and ``StaleVersionError`` says so. The names in
    ``changed_fields`` join ``curated_fields`` so that re-extraction keeps them. An event
    whose date or precision changed is no longer ``date_inferred``.
    """
    model = type(instance)
    changed_fields = set(changed_fields)
    if isinstance(instance, Event) and changed_fields & DATE_EDITS and "date_inferred" not in changed_fields:
        instance.date_inferred = False
    if instance.pk is not None:
        if loaded_version is not None:
            moved = model._default_manager.filter(pk=instance.pk, version=loaded_version).update(
                version=models.F("version") + 1
            )
            if not moved:
                stored = model._default_manager.filter(pk=instance.pk).values_list("version", flat=True).first()
                raise StaleVersionError(
                    STALE_VERSION.format(model=model._meta.verbose_name, loaded=loaded_version, stored=stored)
                )
            instance.version = loaded_version + 1
        else:
            _bump(instance)
    curated = set(instance.curated_fields or []) | (set(changed_fields) - NEVER_CURATED)
    instance.curated_fields = sorted(curated)
    _save(instance, user=user, reason=reason)
    return instance


# -- review


@transaction.atomic
def events_set_review_status(*, events: Iterable[Event], status: str, user=None) -> int:
    """Set the review status of ``events`` (confirm, reject, back to review); returns how many changed.

    Re-extraction leaves a confirmed or rejected event's fields, countries and participants
    alone (see ``diplomacy.services``).
    """
    if status not in ReviewStatus.values:
        raise CurationError(f"Unknown review status {status!r}.")
    ids = [e.pk for e in events] if not isinstance(events, models.QuerySet) else events.values("pk")
    changed = 0
    for event in Event.objects.select_for_update().filter(pk__in=ids).exclude(review_status=status):
        event.review_status = status
        _bump(event)
        _save(event, user=user, reason=f"review: {status}")
        changed += 1
    return changed


# -- merges


@transaction.atomic
def person_merge(*, survivor: Person, absorbed: Person, user=None, note: str = "") -> Redirect:
    """Merge ``absorbed`` into ``survivor``; returns the redirect that records the merge.

    Aliases (the absorbed name becomes one), tenures, participations, evidence, name keys
    and "not the same person" decisions move to the survivor; duplicates are folded into
    the survivor's row. The absorbed person is deleted.
    """
    _check_distinct(survivor, absorbed)
    if NotSamePerson.objects.filter(Q(person=survivor, other=absorbed) | Q(person=absorbed, other=survivor)).exists():
        raise CurationError(MERGE_NOT_SAME_PERSON.format(a=survivor, b=absorbed))
    tag = _merge_tag("person", absorbed.uuid)
    w = _Writer(user=user, reason=tag)
    counts = dict.fromkeys(["aliases", "tenures", "participations", "evidence"], 0)
    undo: dict[str, Any] = {}

    kept = {a.name: a for a in survivor.aliases.all()}
    for alias in absorbed.aliases.all():
        counts["aliases"] += 1
        twin = kept.get(alias.name)
        if twin is None:
            alias.person = survivor
            w.save(alias)
            kept[alias.name] = alias
            continue
        if (alias.confirmed and not twin.confirmed) or (twin.source_id is None and alias.source_id):
            twin.confirmed = twin.confirmed or alias.confirmed
            twin.source_id = twin.source_id or alias.source_id
            w.save(twin)
        w.delete(alias)
    if absorbed.name not in kept:
        w.save(PersonAlias(person=survivor, name=absorbed.name, confirmed=True))

    offices = {t.office_id: t for t in survivor.tenures.all()}
    for tenure in absorbed.tenures.all():
        counts["tenures"] += 1
        twin = offices.get(tenure.office_id)
        if twin is None:
            tenure.person = survivor
            w.save(tenure)
        else:
            _widen(twin, tenure)
            w.save(twin)
            w.delete(tenure)

    events = {p.event_id: p for p in survivor.participations.all()}
    for part in absorbed.participations.all():
        counts["participations"] += 1
        twin = events.get(part.event_id)
        if twin is None:
            part.person = survivor
            w.save(part)
        else:
            if (twin.office_id is None and part.office_id) or (twin.country_id is None and part.country_id):
                twin.office_id = twin.office_id or part.office_id
                twin.country_id = twin.country_id or part.country_id
                w.save(twin)
            w.delete(part)

    undo["evidence"] = _move(Evidence.objects.filter(person=absorbed), person=survivor)
    counts["evidence"] = len(undo["evidence"])

    own_keys = set(survivor.name_keys.values_list("key", flat=True))
    undo["name_keys"] = sorted(absorbed.name_keys.values_list("key", flat=True))
    undo["moved_name_keys"] = _move(absorbed.name_keys.exclude(key__in=own_keys), person=survivor)

    undo["not_same_moved"], undo["not_same_deleted"] = [], []
    for field, other_field in (("person", "other"), ("other", "person")):
        for row in NotSamePerson.objects.filter(**{field: absorbed}):
            other_id = getattr(row, f"{other_field}_id")
            clash = NotSamePerson.objects.filter(
                Q(person=survivor, other_id=other_id) | Q(person_id=other_id, other=survivor)
            ).exists()
            if clash or other_id == survivor.pk:
                undo["not_same_deleted"].append([row.person_id, row.other_id])
                row.delete()
            else:
                undo["not_same_moved"].append([row.pk, field])
                setattr(row, field, survivor)
                row.save()

    redirect = _redirect(
        "person",
        absorbed,
        survivor,
        user=user,
        note=note,
        undo=undo,
        summary=_summary(absorbed, survivor, counts),
    )
    _bump(survivor)
    w.save(survivor)
    w.delete(absorbed)
    return redirect


@transaction.atomic
def office_merge(*, survivor: Office, absorbed: Office, user=None, note: str = "") -> Redirect:
    """Merge ``absorbed`` into ``survivor``; returns the redirect that records the merge.

    Tenures move (one per person: the date ranges are joined), participations and
    evidence point to the survivor, and the absorbed office is deleted.
    """
    _check_distinct(survivor, absorbed)
    w = _Writer(user=user, reason=_merge_tag("office", absorbed.uuid))
    counts = dict.fromkeys(["tenures", "participations", "evidence"], 0)
    holders = {t.person_id: t for t in survivor.tenures.all()}
    for tenure in absorbed.tenures.all():
        counts["tenures"] += 1
        twin = holders.get(tenure.person_id)
        if twin is None:
            tenure.office = survivor
            w.save(tenure)
        else:
            _widen(twin, tenure)
            w.save(twin)
            w.delete(tenure)
    for part in absorbed.participations.all():
        counts["participations"] += 1
        part.office = survivor
        w.save(part)
    undo = {"evidence": _move(Evidence.objects.filter(office=absorbed), office=survivor)}
    counts["evidence"] = len(undo["evidence"])
    redirect = _redirect(
        "office",
        absorbed,
        survivor,
        user=user,
        note=note,
        undo=undo,
        summary=_summary(absorbed, survivor, counts),
    )
    _bump(survivor)
    w.save(survivor)
    w.delete(absorbed)
    return redirect


@transaction.atomic
def event_merge(*, survivor: Event, absorbed: Event, user=None, note: str = "") -> Redirect:
    """Merge ``absorbed`` into ``survivor``; returns the redirect that records the merge.

    Sources, evidence, participants and countries join the survivor, whose own fields
    stay as they are. The absorbed event is deleted.
    """
    _check_distinct(survivor, absorbed)
    w = _Writer(user=user, reason=_merge_tag("event", absorbed.uuid))
    counts = dict.fromkeys(["sources", "participations", "evidence"], 0)
    persons = {p.person_id: p for p in survivor.participations.all()}
    for part in absorbed.participations.all():
        counts["participations"] += 1
        twin = persons.get(part.person_id)
        if twin is None:
            part.event = survivor
            w.save(part)
        else:
            w.delete(part)
    own_sources = set(survivor.event_sources.values_list("source_id", flat=True))
    links = absorbed.event_sources.all()
    counts["sources"] = links.count()
    undo: dict[str, Any] = {
        "sources": sorted(links.values_list("source_id", flat=True)),
        "moved_sources": _move(links.exclude(source_id__in=own_sources), event=survivor),
        "evidence": _move(Evidence.objects.filter(event=absorbed), event=survivor),
        "countries": sorted(absorbed.countries.values_list("code", flat=True)),
    }
    counts["evidence"] = len(undo["evidence"])
    own_countries = set(survivor.countries.values_list("code", flat=True))
    undo["added_countries"] = sorted(set(undo["countries"]) - own_countries)
    survivor.countries.add(*undo["added_countries"])
    redirect = _redirect(
        "event",
        absorbed,
        survivor,
        user=user,
        note=note,
        undo=undo,
        summary=_summary(absorbed, survivor, counts),
    )
    _bump(survivor)
    w.save(survivor)
    w.delete(absorbed)
    return redirect


@transaction.atomic
def event_split_source(*, event: Event, source: Source, user=None) -> Event:
    """Detach ``source`` from ``event`` into a new event; returns the new event.

    The new event copies the event's fields and countries, takes the source's evidence,
    and gets the participants that source mentions (all of them when it names none).
    """
    link = EventSource.objects.filter(event=event, source=source).first()
    if link is None:
        raise CurationError(SPLIT_NOT_A_SOURCE.format(source=source))
    if event.event_sources.count() < 2:
        raise CurationError(SPLIT_LAST_SOURCE)
    w = _Writer(user=user, reason=f"split {source.name} off event {event.uuid}"[:100])
    copied = [
        "kind",
        "cameo_code",
        "plover_event",
        "plover_mode",
        "date",
        "date_precision",
        "date_inferred",
        "end_date",
        "status",
        "location",
        "location_country",
        "title",
        "confidence",
    ]
    new = Event(**{name: getattr(event, name) for name in copied})
    w.save(new)
    new.countries.set(event.countries.all())
    link.event = new
    link.save()
    Evidence.objects.filter(event=event, source=source).update(event=new)
    mentioned = set(Evidence.objects.filter(source=source, person__isnull=False).values_list("person_id", flat=True))
    participations = list(event.participations.all())
    chosen = [p for p in participations if p.person_id in mentioned] or participations
    for part in chosen:
        w.save(
            Participation(
                event=new,
                person_id=part.person_id,
                role=part.role,
                country_id=part.country_id,
                office_id=part.office_id,
            )
        )
    _bump(event)
    w.save(event)
    return new


# -- undo


@transaction.atomic
def merge_undo(*, redirect: Redirect, user=None) -> Person | Office | Event:
    """Undo the merge ``redirect`` records, from history; returns the restored record.

    Refused when a row the merge moved has changed since (its history says so) or when the
    survivor has been merged again.
    """
    model = _MERGEABLE.get(redirect.model)
    if model is None:
        raise CurationError(UNDO_UNKNOWN_MODEL.format(model=redirect.model))
    if model.objects.filter(uuid=redirect.old_uuid).exists():
        raise CurationError(UNDO_ALREADY_RESTORED.format(uuid=redirect.old_uuid))
    if Redirect.objects.filter(model=redirect.model, old_uuid=redirect.new_uuid).exists():
        raise CurationError(UNDO_MERGED_AGAIN)
    survivor = model.objects.get(uuid=redirect.new_uuid)
    tag = _merge_tag(redirect.model, redirect.old_uuid)
    w = _Writer(user=user, reason=f"undo {tag}"[:100])
    undo = merge_details(redirect)

    gone = model.history.filter(uuid=redirect.old_uuid, history_type="-").latest("history_date", "history_id")
    restored = gone.instance
    _save(restored, user=user, reason=w.reason)
    if redirect.model == "event":
        restored.countries.set(undo.get("countries", []))

    records = []
    for related in _HISTORY_OF[redirect.model]:
        records += list(related.history.filter(history_change_reason=tag))
    records.sort(key=lambda r: (r.history_date, r.history_id), reverse=True)
    for record in records:
        later = type(record).objects.filter(id=record.id, history_id__gt=record.history_id)
        if later.exclude(history_change_reason=tag).exists():
            raise CurationError(UNDO_CHANGED_SINCE.format(obj=record.instance))
    for record in records:
        if record.history_type == "+":
            w.delete(record.instance_type.objects.get(pk=record.id))
        elif record.history_type == "~":
            previous = record.prev_record
            if previous is not None:
                w.save(previous.instance)
        elif record.history_type == "-":
            w.save(record.instance)

    link = {"person": "person", "office": "office", "event": "event"}[redirect.model]
    Evidence.objects.filter(pk__in=undo.get("evidence", [])).update(**{link: restored})
    if redirect.model == "person":
        NameKey.objects.filter(pk__in=undo.get("moved_name_keys", [])).update(person=restored)
        for key in undo.get("name_keys", []):
            NameKey.objects.get_or_create(person=restored, key=key)
        for pk, field in undo.get("not_same_moved", []):
            NotSamePerson.objects.filter(pk=pk).update(**{field: restored})
        for person_id, other_id in undo.get("not_same_deleted", []):
            NotSamePerson.objects.get_or_create(person_id=person_id, other_id=other_id)
    if redirect.model == "event":
        EventSource.objects.filter(pk__in=undo.get("moved_sources", [])).update(event=restored)
        for source_id in undo.get("sources", []):
            EventSource.objects.get_or_create(event=restored, source_id=source_id)
        survivor.countries.remove(*undo.get("added_countries", []))
    redirect.delete()
    _bump(survivor)
    _save(survivor, user=user, reason=w.reason)
    return restored


def merge_details(redirect: Redirect) -> dict[str, Any]:
    """What a merge moved that has no history of its own, read from the redirect's note."""
    for line in reversed(redirect.note.splitlines()):
        if line.startswith(_UNDO_PREFIX):
            return json.loads(line[len(_UNDO_PREFIX) :])
    return {}


def merge_summary(redirect: Redirect) -> str:
    """The human part of a redirect's note (without the undo details)."""
    return "\n".join(line for line in redirect.note.splitlines() if not line.startswith(_UNDO_PREFIX))


# -- helpers

_MERGEABLE: dict[str, type[models.Model]] = {"person": Person, "office": Office, "event": Event}
_HISTORY_OF: dict[str, list[type[models.Model]]] = {
    "person": [PersonAlias, Tenure, Participation],
    "office": [Tenure, Participation],
    "event": [Participation],
}


class _Writer:
    """Saves and deletes rows with the same history user and change reason."""

    def __init__(self, *, user, reason: str):
        self.user = user
        self.reason = reason

    def save(self, obj: models.Model) -> None:
        _save(obj, user=self.user, reason=self.reason)

    def delete(self, obj: models.Model) -> None:
        _tag(obj, user=self.user, reason=self.reason)
        obj.delete()


def _tag(obj: models.Model, *, user, reason: str | None) -> None:
    if user is not None and getattr(user, "is_authenticated", False):
        obj._history_user = user
    if reason:
        obj._change_reason = reason[:100]


def _save(obj: models.Model, *, user, reason: str | None) -> None:
    _tag(obj, user=user, reason=reason)
    obj.save()


def _bump(instance) -> None:
    stored = type(instance)._default_manager.filter(pk=instance.pk).values_list("version", flat=True).first()
    instance.version = (stored if stored is not None else instance.version) + 1


def _check_distinct(survivor: models.Model, absorbed: models.Model) -> None:
    if survivor.pk == absorbed.pk:
        raise CurationError(MERGE_SELF)


def _merge_tag(model: str, absorbed_uuid) -> str:
    return f"merge {model} {absorbed_uuid}"


def _widen(keep: Tenure, other: Tenure) -> None:
    starts = [d for d in (keep.start, other.start) if d]
    ends = [d for d in (keep.end, other.end) if d]
    keep.start = min(starts) if starts else None
    keep.end = max(ends) if ends else None


def _move(queryset: models.QuerySet, **to) -> list[int]:
    ids = sorted(queryset.values_list("pk", flat=True))
    queryset.model.objects.filter(pk__in=ids).update(**to)
    return ids


def _summary(absorbed, survivor, counts: dict[str, int]) -> str:
    moved = ", ".join(f"{n} {name}" for name, n in counts.items())
    return f'Merged "{absorbed}" ({absorbed.uuid}) into "{survivor}": {moved}.'


def _redirect(model: str, absorbed, survivor, *, user, note: str, undo: dict, summary: str) -> Redirect:
    text = "\n".join(part for part in (summary, note.strip(), _UNDO_PREFIX + json.dumps(undo)) if part)
    return Redirect.objects.create(
        model=model,
        old_uuid=absorbed.uuid,
        new_uuid=survivor.uuid,
        created_by=user if getattr(user, "is_authenticated", False) else None,
        note=text,
    )
