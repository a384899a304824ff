"""On PostgreSQL, ``diplomacy_event.involved``: every country an event involves, GIN-indexed.

An event involves a country it lists (``Event.countries``) or one a participant acted for
(``Participation.country``). The ``country`` and ``countries`` filters test exactly that;
with one ``EXISTS`` per table and code, a dyad over a year on a million events reads the
events of both countries in full (each country has tens of thousands) and takes hundreds
of milliseconds. This column holds the union per event and its GIN index answers
``involved @> ARRAY['IL', 'TR']`` from two posting lists.

Triggers on both tables keep it complete whichever code writes them (ingest, curation, the
admin, the API, ``loaddata``, raw SQL); Django does not know the column, so no ``save()``
ever overwrites it. SQLite (development and tests) has no such column and filters with the
semi-joins instead: ``EventQuerySet.involving``.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE diplomacy_event ADD COLUMN involved text[] NOT NULL DEFAULT '{}'",
    """CREATE FUNCTION diplomacy_event_involved(event bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT COALESCE(array_agg(code ORDER BY code), '{}') FROM (
            SELECT country_id AS code FROM diplomacy_event_countries WHERE event_id = event
            UNION
            SELECT country_id FROM diplomacy_participation WHERE event_id = event AND country_id IS NOT NULL
        ) codes
    $$""",
    # One function for every trigger: the transition tables are named old_rows / new_rows.
    # The events are locked before they are recomputed, so the UPDATE (a new statement, a
    # new snapshot under READ COMMITTED) sees what a concurrent writer committed meanwhile.
    """CREATE FUNCTION diplomacy_event_involved_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        ids bigint[];
    BEGIN
        IF TG_OP = 'INSERT' THEN
            ids := ARRAY(SELECT DISTINCT event_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN
            ids := ARRAY(SELECT DISTINCT event_id FROM old_rows);
        ELSE
            ids := ARRAY(SELECT event_id FROM old_rows UNION SELECT event_id FROM new_rows);
        END IF;
        PERFORM 1 FROM diplomacy_event WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
        UPDATE diplomacy_event e SET involved = x.codes
            FROM (SELECT t.id, diplomacy_event_involved(t.id) AS codes FROM unnest(ids) AS t(id)) x
            WHERE e.id = x.id AND e.involved IS DISTINCT FROM x.codes;
        RETURN NULL;
    END
    $$""",
    *(
        f"""CREATE TRIGGER {table}_involved_{op.lower()} AFTER {op} ON {table}
            REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION diplomacy_event_involved_refresh()"""
        for table in ("diplomacy_event_countries", "diplomacy_participation")
        for op, refs in (
            ("INSERT", "NEW TABLE AS new_rows"),
            ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
            ("DELETE", "OLD TABLE AS old_rows"),
        )
    ),
    """UPDATE diplomacy_event e SET involved = x.codes FROM (
        SELECT event_id, array_agg(DISTINCT code ORDER BY code) AS codes FROM (
            SELECT event_id, country_id AS code FROM diplomacy_event_countries
            UNION ALL
            SELECT event_id, country_id FROM diplomacy_participation WHERE country_id IS NOT NULL
        ) pairs GROUP BY event_id
    ) x WHERE e.id = x.event_id""",
    "CREATE INDEX diplomacy_event_involved_gin ON diplomacy_event USING gin (involved)",
]

BACKWARD = [
    *(
        f"DROP TRIGGER IF EXISTS {table}_involved_{op} ON {table}"
        for table in ("diplomacy_event_countries", "diplomacy_participation")
        for op in ("insert", "update", "delete")
    ),
    "DROP FUNCTION IF EXISTS diplomacy_event_involved_refresh()",
    "DROP FUNCTION IF EXISTS diplomacy_event_involved(bigint)",
    "ALTER TABLE diplomacy_event DROP COLUMN IF EXISTS involved",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0006_ingestrun_process")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False)]
