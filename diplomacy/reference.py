"""Reference data every database holds: countries, organisations, the Curators group.

The data migrations call these with historical models; ``ensure_reference_data`` calls
them with the current ones (after a test flushes the tables, or to repair a database).
All of them are idempotent.
"""

from __future__ import annotations

import uuid
from pathlib import Path

ORGANIZATIONS_TSV = Path(__file__).resolve().parent / "extraction" / "data" / "organizations.tsv"

CURATED_MODELS = [
    "person",
    "personalias",
    "office",
    "tenure",
    "event",
    "eventsource",
    "participation",
    "evidence",
    "notsameperson",
    "redirect",
    "organization",
]
READ_ONLY_MODELS = ["country", "source", "ingestrun", "namekey"]
HISTORY_MODELS = ["person", "personalias", "office", "tenure", "event", "participation"]


def load_countries(Country) -> None:
    from diplomacy.extraction.gazetteer import country_records

    Country.objects.bulk_create(
        [
            Country(
                code=r.code,
                alpha3=r.alpha3,
                name=r.name,
                official_name=r.official_name,
                names=list(r.names),
                demonyms=list(r.demonyms),
                ended=r.ended,
            )
            for r in country_records()
        ],
        ignore_conflicts=True,
    )


def load_organizations(Organization) -> None:
    rows = []
    for line in ORGANIZATIONS_TSV.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        acronym, name, names = (line.split("\t") + [""])[:3]
        # A name-based UUID: the same organisation has the same id in every database.
        public_id = uuid.uuid5(uuid.NAMESPACE_URL, f"diplomacy:organization:{acronym}")
        rows.append(
            Organization(
                uuid=public_id, acronym=acronym, name=name, names=[n.strip() for n in names.split(",") if n.strip()]
            )
        )
    Organization.objects.bulk_create(rows, ignore_conflicts=True)


def curator_codenames() -> list[str]:
    codenames = [f"{action}_{model}" for model in CURATED_MODELS for action in ("view", "add", "change", "delete")]
    codenames += [f"view_{model}" for model in READ_ONLY_MODELS] + ["change_source"]
    codenames += [f"view_historical{m}" for m in HISTORY_MODELS]
    return codenames


def create_curators_group(Group, Permission) -> None:
    group, _ = Group.objects.get_or_create(name="Curators")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="diplomacy", codename__in=curator_codenames())
    )


def ensure_reference_data() -> None:
    """Load whatever reference data is missing, with the current models."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from diplomacy.models import Country, Organization

    if not Country.objects.exists():
        load_countries(Country)
    if not Organization.objects.exists():
        load_organizations(Organization)
    if not Group.objects.filter(name="Curators").exists():
        create_permissions(apps.get_app_config("diplomacy"), verbosity=0)
        create_curators_group(Group, Permission)
