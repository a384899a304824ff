"""Reference data a fresh database needs: countries (ISO 3166-1 and 3166-3) and
international organisations. No people, offices or events."""

from django.db import migrations


def load_countries(apps, schema_editor):
    from diplomacy.reference import load_countries as load

    load(apps.get_model("diplomacy", "Country"))


def load_organizations(apps, schema_editor):
    from diplomacy.reference import load_organizations as load

    load(apps.get_model("diplomacy", "Organization"))


def unload(apps, schema_editor):
    apps.get_model("diplomacy", "Organization").objects.all().delete()
    apps.get_model("diplomacy", "Country").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0001_initial")]

    operations = [
        migrations.RunPython(load_countries, unload),
        migrations.RunPython(load_organizations, migrations.RunPython.noop),
    ]
