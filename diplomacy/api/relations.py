"""A country's bilateral relations: per counterpart, event counts by kind and the latest event.

A country takes part in an event if the event lists it or one of its participants acted for
it. The pairs (event, counterpart) come from both, deduplicated by ``UNION``, and are counted
in the database: one query for the counts, one for the latest event of each counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import connection

from diplomacy.models import Event, Participation


@dataclass
class Counterpart:
    code: str
    total: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    latest_event_id: int | None = None


# Raw SQL because the ORM cannot aggregate over a UNION. Only table names (from the models)
# and fixed conditions are interpolated; every value is a query parameter.


def _pairs_sql(where: str) -> str:
    """SQL of the distinct (event id, counterpart code) pairs of the country in ``%s``."""
    listed = Event.countries.through._meta.db_table
    acting = Participation._meta.db_table
    events = Event._meta.db_table
    involved = (
        f"SELECT e.id FROM {events} e WHERE ({where}) AND ("  # noqa: S608
        f"EXISTS (SELECT 1 FROM {listed} l WHERE l.event_id = e.id AND l.country_id = %s) OR "
        f"EXISTS (SELECT 1 FROM {acting} p WHERE p.event_id = e.id AND p.country_id = %s))"
    )
    return (
        f"SELECT l.event_id, l.country_id FROM {listed} l "  # noqa: S608
        f"WHERE l.country_id <> %s AND l.event_id IN ({involved}) "
        f"UNION SELECT p.event_id, p.country_id FROM {acting} p "
        f"WHERE p.country_id IS NOT NULL AND p.country_id <> %s AND p.event_id IN ({involved})"
    )


def country_relations(
    code: str,
    *,
    date_after: date | None = None,
    date_before: date | None = None,
    review_status: str | None = None,
) -> list[Counterpart]:
    """The counterparts of ``code``, most events first."""
    conditions, values = ["1 = 1"], []
    if date_after:
        conditions.append("e.date >= %s")
        values.append(date_after)
    if date_before:
        conditions.append("e.date <= %s")
        values.append(date_before)
    if review_status:
        conditions.append("e.review_status = %s")
        values.append(review_status)
    where = " AND ".join(conditions)
    involved_params = [*values, code, code]
    pairs = _pairs_sql(where)
    pair_params = [code, *involved_params, code, *involved_params]
    events = Event._meta.db_table
    counts_sql = (
        f"SELECT pairs.country_id, e.kind, COUNT(*) FROM ({pairs}) pairs "  # noqa: S608
        f"JOIN {events} e ON e.id = pairs.event_id GROUP BY pairs.country_id, e.kind"
    )
    # The latest dated event first; undated events only when a counterpart has no other.
    latest_sql = (
        "SELECT country_id, event_id FROM ("  # noqa: S608
        "SELECT pairs.country_id, pairs.event_id, ROW_NUMBER() OVER ("
        "PARTITION BY pairs.country_id "
        "ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date DESC, e.id DESC) AS row_rank "
        f"FROM ({pairs}) pairs JOIN {events} e ON e.id = pairs.event_id) ranked WHERE row_rank = 1"
    )
    counterparts: dict[str, Counterpart] = {}
    with connection.cursor() as cursor:
        cursor.execute(counts_sql, pair_params)
        for country, kind, count in cursor.fetchall():
            counterpart = counterparts.setdefault(country, Counterpart(code=country))
            counterpart.by_kind[kind] = count
            counterpart.total += count
        cursor.execute(latest_sql, pair_params)
        for country, event_id in cursor.fetchall():
            counterparts[country].latest_event_id = event_id
    return sorted(counterparts.values(), key=lambda c: (-c.total, c.code))
