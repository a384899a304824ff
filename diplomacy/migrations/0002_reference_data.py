"""Reference data a fresh database needs: countries (ISO 3166-1 and 3166-3) and
international organisations. No people, offices or events."""

from pathlib import Path

from django.db import migrations


def load_countries(apps, schema_editor):
    from diplomacy.extraction.gazetteer import country_records

    Country = apps.get_model("diplomacy", "Country")
    Country.objects.bulk_create(
        [
            Country(code=r.code, alpha3=r.alpha3, name=r.name, official_name=r.official_name,
                    names=list(r.names), demonyms=list(r.demonyms), ended=r.ended)
            for r in country_records()
        ],
        ignore_conflicts=True,
    )


def load_organizations(apps, schema_editor):
    import uuid

    Organization = apps.get_model("diplomacy", "Organization")
    path = Path(__file__).resolve().parent.parent / "extraction" / "data" / "organizations.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        acronym, name, names = (line.split("\t") + [""])[:3]
        # A name-based UUID: the same organisation has the same id in every database.
        public_id = uuid.uuid5(uuid.NAMESPACE_URL, f"diplomacy:organization:{acronym}")
        rows.append(Organization(uuid=public_id, acronym=acronym, name=name,
                                 names=[n.strip() for n in names.split(",") if n.strip()]))
    Organization.objects.bulk_create(rows, ignore_conflicts=True)


def unload(apps, schema_editor):
    apps.get_model("diplomacy", "Organization").objects.all().delete()
    apps.get_model("diplomacy", "Country").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0001_initial")]

    operations = [
        migrations.RunPython(load_countries, unload),
        migrations.RunPython(load_organizations, migrations.RunPython.noop),
    ]
