"""The codebook describes every exported field, and docs/CODEBOOK.md shows its current tables."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from diplomacy import codebook
from diplomacy.exports import research_export, write_jsonl

DOC = Path(__file__).resolve().parents[2] / "docs" / "CODEBOOK.md"


def documented(table: str) -> set[str]:
    return {f.name for f in codebook.TABLES[table]}


JSON_ONLY = {f.name for f in codebook.JSON_FIELDS}


def test_the_document_holds_the_current_tables():
    text = DOC.read_text(encoding="utf-8")
    assert codebook.BEGIN in text and codebook.END in text
    assert codebook.with_tables(text) == text, "run: python manage.py export --codebook --output docs/CODEBOOK.md"


def test_every_field_has_a_type_and_a_description():
    for table, fields in [*codebook.TABLES.items(), ("json", codebook.JSON_FIELDS)]:
        assert len({f.name for f in fields}) == len(fields), table
        for f in fields:
            assert f.type and f.description.endswith("."), (table, f.name)


@pytest.mark.django_db
def test_every_json_and_jsonl_key_is_described(world):
    data = research_export()
    for key in data["events"][0]:
        assert key in documented("events") or f"events[].{key}" in JSON_ONLY, key
    for key in data["persons"][0]:
        assert key in documented("persons") or f"persons[].{key}" in JSON_ONLY, key
    assert "format" in JSON_ONLY
    out = io.StringIO()
    write_jsonl(out)
    line = out.getvalue().splitlines()[0]
    described = " ".join(f.description for f in codebook.JSON_FIELDS)
    event = json.loads(line)
    for key in event["participants"][0]:
        assert f"`{key}`" in described, key
    for key in event["sources"][0]:
        assert f"`{key}`" in described, key


def test_kinds_map_to_cameo_and_plover():
    rows = {kind: (cameo, event) for kind, _, cameo, event, _ in codebook.kind_codes()}
    assert set(rows) == {"meeting", "visit", "call", "agreement", "appointment", "withdrawal"}
    assert all(cameo.isdigit() and event for cameo, event in rows.values())


def test_describe_for_the_api():
    assert "occurred" in codebook.describe("events", "status")
    assert codebook.describe("events", "cameo_code") == codebook.describe("events", "cameo")
    texts = codebook.help_texts("events")
    assert texts["plover_event"] and texts["uuid"] == texts["id"]
    assert {"id", "name", "country", "wikidata", "wikidata_id"} <= set(codebook.help_texts("persons"))
    with pytest.raises(KeyError):
        codebook.describe("events", "nonsense")


def test_export_codebook_prints_and_updates(tmp_path):
    out = io.StringIO()
    call_command("export", "--codebook", stdout=out)
    assert out.getvalue() == codebook.markdown()
    doc = tmp_path / "CODEBOOK.md"
    doc.write_text(f"# Intro\n\n{codebook.BEGIN}\nstale\n{codebook.END}\n\nTail.\n", encoding="utf-8")
    call_command("export", "--codebook", "--output", str(doc), stdout=io.StringIO())
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Intro\n\n") and text.endswith("Tail.\n") and "stale" not in text
    assert codebook.markdown() in text
