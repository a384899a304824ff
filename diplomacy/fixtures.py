"""Fixtures that load into any database: natural keys, no primary keys, stable order.

``dump_countries`` writes the Country table (its primary key is the ISO code, a natural
key already); ``dump_data`` writes everything else that ingest and curation produce, each
record named by its natural key (UUID, or SHA-256 for an article) and its relations by
the natural keys of their targets, so ``loaddata`` updates a record it already holds and
creates one it does not, without primary-key clashes. Records are written model by model
in dependency order, each model sorted by a readable key, one field per line, so diffs
of a regenerated fixture are readable. ``stabilize_ids`` (for a scratch database only)
derives every UUID from the record's content, so regenerating a fixture from the same
articles gives the same ids.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime

from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

from diplomacy.models import (
    Country,
    Event,
    EventSource,
    Evidence,
    NameKey,
    NotSamePerson,
    Office,
    Organization,
    Participation,
    Person,
    PersonAlias,
    Redirect,
    Source,
    Tenure,
)

CHUNK_SIZE = 500
# A namespace of this project's own for content-derived UUIDs.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "diplomacy:fixtures")
# Creation and update times of a stabilised fixture: the time of ingest is noise in a diff.
FIXED_TIME = "2000-01-01T00:00:00+00:00"

# Dependency order, and within each model the fields to sort by (in Python, so that the
# order is the same on every database: collations and the place of nulls differ).
DATA_MODELS = (
    (Organization, ("acronym",)),
    (Source, ("published", "name", "sha256")),
    (Person, ("match_key", "uuid")),
    (PersonAlias, ("person__match_key", "person__uuid", "match_key", "uuid")),
    (NameKey, ("person__match_key", "person__uuid", "key", "uuid")),
    (NotSamePerson, ("person__match_key", "other__match_key", "uuid")),
    (Office, ("title_key", "country_id", "uuid")),
    (Tenure, ("person__match_key", "person__uuid", "office__title_key", "uuid")),
    (Event, ("date", "kind", "title", "uuid")),
    (EventSource, ("event__date", "event__uuid", "source__name", "uuid")),
    (Participation, ("event__date", "event__uuid", "person__match_key", "uuid")),
    (Evidence, ("source__name", "start", "kind", "uuid")),
    (Redirect, ("model", "old_uuid")),
)
# Who merged two records is an account of this installation, not data to carry elsewhere.
LEFT_OUT = {Redirect: {"created_by"}}


def _fields(model) -> list[str] | None:
    left_out = LEFT_OUT.get(model)
    if not left_out:
        return None
    return [f.name for f in model._meta.get_fields() if f.concrete and f.name not in left_out]


def _sort_key(row: tuple) -> tuple:
    # nulls first, then values compared as text (ISO dates and UUIDs sort as text too)
    return tuple((0, "") if v is None else (1, v if isinstance(v, int) else str(v)) for v in row)


def _in_order(model, ordering: tuple[str, ...]) -> Iterator:
    """Every instance of ``model``, sorted by ``ordering`` in Python, fetched a chunk at a time."""
    manager = model._default_manager
    rows = sorted(manager.values_list(*ordering, "pk").iterator(chunk_size=CHUNK_SIZE), key=_sort_key)
    pks = [row[-1] for row in rows]
    for start in range(0, len(pks), CHUNK_SIZE):
        chunk = pks[start : start + CHUNK_SIZE]
        objects = manager.in_bulk(chunk)
        yield from (objects[pk] for pk in chunk)


def _records(model, ordering: tuple[str, ...], *, natural_primary: bool) -> Iterator[dict]:
    serializer = serializers.get_serializer("python")()
    options = {"use_natural_foreign_keys": True, "use_natural_primary_keys": natural_primary}
    if model in LEFT_OUT:
        options["fields"] = _fields(model)
    many = [f.name for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]
    batch = []

    def flush():
        for record in serializer.serialize(batch, **options):
            for name in many:
                record["fields"][name] = sorted(record["fields"][name])
            yield record

    for obj in _in_order(model, ordering):
        batch.append(obj)
        if len(batch) >= CHUNK_SIZE:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def _write(fh, records: Iterable[dict]) -> int:
    """A JSON array, one record per block and one field per line (values kept compact)."""
    count = 0
    fh.write("[")
    for record in records:
        lines = [f'{{"model": {json.dumps(record["model"])},']
        if "pk" in record:
            lines.append(f' "pk": {json.dumps(record["pk"], cls=DjangoJSONEncoder)},')
        items = list(record["fields"].items())
        lines.append(' "fields": {' + ("" if items else "}}"))
        for i, (name, value) in enumerate(items):
            end = "}}" if i == len(items) - 1 else ","
            lines.append(f"  {json.dumps(name)}: {json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)}{end}")
        fh.write(("\n" if count == 0 else ",\n") + "\n".join(lines))
        count += 1
    fh.write("\n]\n")
    return count


def dump_countries(fh) -> int:
    """Write every country, keyed by its ISO code; returns the number written."""
    return _write(fh, _records(Country, ("code",), natural_primary=False))


def dump_data(fh) -> int:
    """Write every record but countries and reference groups; returns the number written."""

    def records():
        for model, ordering in DATA_MODELS:
            yield from _records(model, ordering, natural_primary=True)

    return _write(fh, records())


# --- stable ids ------------------------------------------------------------------------------


def _assign(model, keys: dict[int, str]) -> dict[int, str]:
    """Give each row (pk -> content key) a UUID derived from its key; equal keys are numbered
    in primary-key order. Returns pk -> the key made unique."""
    seen: dict[str, int] = defaultdict(int)
    unique: dict[int, str] = {}
    for pk in sorted(keys):
        key = keys[pk]
        seen[key] += 1
        unique[pk] = key if seen[key] == 1 else f"{key}#{seen[key]}"
    rows = [row for row in model._default_manager.only("pk", "uuid") if row.pk in unique]
    for row in rows:
        row.uuid = uuid.uuid5(NAMESPACE, f"{model._meta.model_name}:{unique[row.pk]}")
    model._default_manager.bulk_update(rows, ["uuid"], batch_size=CHUNK_SIZE)
    return unique


@transaction.atomic
def stabilize_ids() -> None:
    """Replace every UUID (but organisations', already stable) by one derived from the
    record's content, and every creation and update time by ``FIXED_TIME``.

    Meant for the scratch database a fixture is generated from: the UUIDs of a live
    database are public and must never change.
    """
    people = _assign(
        Person, {p.pk: f"{p.match_key}|{p.country_id or ''}" for p in Person.objects.only("pk", "match_key", "country")}
    )
    offices = _assign(
        Office,
        {
            o.pk: f"{o.title_key}|{o.country_id or ''}|{o.organization.acronym if o.organization else ''}"
            for o in Office.objects.select_related("organization")
        },
    )
    sha = dict(Source.objects.values_list("pk", "sha256"))
    _assign(
        PersonAlias,
        {pk: f"{people[p]}|{name}" for pk, p, name in PersonAlias.objects.values_list("pk", "person", "name")},
    )
    _assign(NameKey, {pk: f"{people[p]}|{key}" for pk, p, key in NameKey.objects.values_list("pk", "person", "key")})
    _assign(
        NotSamePerson,
        {pk: f"{people[a]}|{people[b]}" for pk, a, b in NotSamePerson.objects.values_list("pk", "person", "other")},
    )
    _assign(
        Tenure, {pk: f"{people[p]}|{offices[o]}" for pk, p, o in Tenure.objects.values_list("pk", "person", "office")}
    )

    members: dict[int, list[str]] = defaultdict(list)
    for e, p in Participation.objects.values_list("event", "person"):
        members[e].append(people[p])
    articles: dict[int, list[str]] = defaultdict(list)
    for e, s in EventSource.objects.values_list("event", "source"):
        articles[e].append(sha[s])
    events = _assign(
        Event,
        {
            e.pk: "|".join(
                [
                    e.kind,
                    str(e.date),
                    *sorted(members[e.pk]),
                    *sorted(articles[e.pk]),
                ]
            )
            # kind, date, who and which articles: a better location or status keeps the id
            for e in Event.objects.only("pk", "kind", "date")
        },
    )
    _assign(
        EventSource,
        {pk: f"{events[e]}|{sha[s]}" for pk, e, s in EventSource.objects.values_list("pk", "event", "source")},
    )
    _assign(
        Participation,
        {pk: f"{events[e]}|{people[p]}" for pk, e, p in Participation.objects.values_list("pk", "event", "person")},
    )
    _assign(
        Evidence,
        {
            pk: "|".join([sha[s], kind, str(start), str(end), events.get(e, ""), people.get(p, ""), offices.get(o, "")])
            for pk, s, kind, start, end, e, p, o in Evidence.objects.values_list(
                "pk", "source", "kind", "start", "end", "event", "person", "office"
            )
        },
    )
    fixed = datetime.fromisoformat(FIXED_TIME)
    for model in (Person, Office, Event):
        model._default_manager.update(created_at=fixed, updated_at=fixed)
    Source.objects.update(ingested_at=fixed)
    NotSamePerson.objects.update(created_at=fixed)


# --- loading next to data that names the same office ----------------------------------------


def adopt_same_office(sender, instance: Office, raw: bool = False, using: str = "default", **kwargs) -> None:
    """``pre_save`` receiver: when ``loaddata`` brings an office the database already holds
    under another UUID (same title, country and organisation: a unique constraint), update
    that office instead of inserting a clashing one. It takes the fixture's UUID, so the
    fixture's tenures and participations find it, and a Redirect keeps its old UUID working.
    """
    if not raw or instance.pk is not None:
        return
    from diplomacy.extraction.text import fold

    same = (
        Office._default_manager.using(using)
        .filter(
            title_key=instance.title_key or fold(instance.title),
            country_id=instance.country_id,
            organization_id=instance.organization_id,
        )
        .exclude(uuid=instance.uuid)
        .first()
    )
    if same is None:
        return
    instance.pk = same.pk
    Redirect._default_manager.using(using).get_or_create(
        old_uuid=same.uuid,
        defaults={"model": "office", "new_uuid": instance.uuid, "note": "loaddata: same office in a fixture"},
    )


def connect_loaddata_receivers() -> None:
    """Connect the receivers that let fixtures load next to other data (call once, in ``ready``)."""
    from django.db.models.signals import pre_save

    pre_save.connect(adopt_same_office, sender=Office, dispatch_uid="diplomacy.fixtures.adopt_same_office")
