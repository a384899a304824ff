"""Index the events of a country (the dyad filter reads event ids by country)."""

from django.db import migrations

INDEX = "diplomacy_event_countries_country_event"


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0004_ingestrun_queued")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON diplomacy_event_countries (country_id, event_id)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
