"""The JSON, JSONL and CSV research exports: content, filters, stable ids."""

import csv
import io
import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from diplomacy import codebook
from diplomacy.exports import ExportFilter, research_export, write_csv, write_json, write_jsonl
from diplomacy.models import Event

pytestmark = pytest.mark.django_db


def export_json(**options) -> dict:
    out = io.StringIO()
    call_command("export", "--format", "json", stdout=out, **options)
    return json.loads(out.getvalue())


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_json_export_is_the_research_format(world):
    data = export_json()
    assert data["format"] == "1"
    persons = {p["name"]: p for p in data["persons"]}
    assert set(persons) == {"Isaac Herzog", "İbrahim Kalın", "António Guterres"}
    assert persons["İbrahim Kalın"]["aliases"] == ["Ibrahim Kalin"]
    assert persons["İbrahim Kalın"]["offices"] == [
        {
            "title": "Deputy Foreign Minister",
            "country": "TR",
            "organization": None,
            "start": "2022-02-17",
            "end": "2022-02-17",
        }
    ]
    assert persons["António Guterres"]["country"] is None
    assert persons["António Guterres"]["offices"][0]["organization"] == "UN"
    # rejected events are left out by default; events come in date order
    assert [e["kind"] for e in data["events"]] == ["meeting", "call"]
    meeting = data["events"][0]
    assert meeting["id"] == str(world.meeting.uuid)
    assert meeting["countries"] == ["IL", "TR"]
    assert meeting["date"] == "2022-02-17" and meeting["date_precision"] == "day"
    assert meeting["cameo"] == "043" and meeting["plover"] == {"event": "CONSULT", "mode": "meet"}
    ids = {p["id"] for p in data["persons"]}
    assert {p["person"] for e in data["events"] for p in e["participants"]} <= ids
    assert [(p["name"], p["role"]) for p in meeting["participants"]] == [
        ("İbrahim Kalın", "guest"),
        ("Isaac Herzog", "host"),
    ]
    assert [s["name"] for s in meeting["sources"]] == ["000_a.txt", "001_b.txt"]
    assert meeting["sources"][0]["sentence"] == "Herzog met with Kalın in Jerusalem."
    assert meeting["sources"][1]["duplicate_of"] == "000_a.txt"


def test_every_format_tells_which_dates_were_inferred(world, tmp_path):
    Event.objects.filter(pk=world.call.pk).update(date_inferred=True)
    expected = {str(world.meeting.uuid): False, str(world.call.uuid): True}

    assert {e["id"]: e["date_inferred"] for e in export_json()["events"]} == expected
    out = io.StringIO()
    write_jsonl(out)
    assert {e["id"]: e["date_inferred"] for e in map(json.loads, out.getvalue().splitlines())} == expected
    write_csv(tmp_path)
    rows = read_csv(tmp_path / "events.csv")
    assert {r["id"]: r["date_inferred"] for r in rows} == {k: str(v).lower() for k, v in expected.items()}


def test_json_streamed_equals_the_dict(world):
    out = io.StringIO()
    assert write_json(out) == (3, 2)
    assert json.loads(out.getvalue()) == research_export()


@pytest.mark.parametrize(
    ("options", "kinds"),
    [
        ({"date_after": "2022-03-01"}, ["call"]),
        ({"date_before": "2022-02-28"}, ["meeting"]),
        ({"country": "il"}, ["meeting"]),
        ({"kind": ["call"]}, ["call"]),
        ({"review_status": ["rejected"]}, ["visit"]),
        ({"review_status": ["confirmed", "rejected"]}, ["visit", "meeting"]),
        ({"country": "TR", "date_after": "2022-03-01"}, ["call"]),
    ],
)
def test_json_filters(world, options, kinds):
    data = export_json(**options)
    assert [e["kind"] for e in data["events"]] == kinds


def test_filtered_export_holds_only_the_persons_of_its_events(world):
    data = export_json(country="IL")
    assert {p["name"] for p in data["persons"]} == {"Isaac Herzog", "İbrahim Kalın"}


def test_a_review_status_filter_narrows_the_persons_too(world):
    data = export_json(review_status=["confirmed"])
    assert {p["name"] for p in data["persons"]} == {"Isaac Herzog", "İbrahim Kalın"}
    assert len(export_json(review_status=["extracted", "confirmed"])["persons"]) == 3


def test_unknown_country_is_an_error(world):
    with pytest.raises(CommandError, match="unknown country code 'XX'"):
        call_command("export", "--country", "xx", stdout=io.StringIO())


def test_jsonl_one_self_contained_event_per_line(world, tmp_path):
    path = tmp_path / "events.jsonl"
    call_command("export", "--format", "jsonl", "--output", str(path), stdout=io.StringIO())
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    events = [json.loads(line) for line in lines]
    assert [e["id"] for e in events] == [str(world.meeting.uuid), str(world.call.uuid)]
    kalin = next(p for p in events[0]["participants"] if p["name"] == "İbrahim Kalın")
    assert kalin["aliases"] == ["Ibrahim Kalin"]
    assert kalin["person_country"] == "TR"
    assert kalin["offices"][0]["title"] == "Deputy Foreign Minister"
    assert events[0]["sources"][0]["sha256"] == world.article.sha256
    assert "title" in events[0]["sources"][0] and "url" in events[0]["sources"][0]


def test_jsonl_filters(world):
    out = io.StringIO()
    assert write_jsonl(out, ExportFilter(kinds=("meeting",))) == 1


def test_csv_writes_one_file_per_table_with_the_codebook_columns(world, tmp_path):
    counts = write_csv(tmp_path)
    assert counts == {
        "events": 2,
        "participants": 4,
        "persons": 3,
        "aliases": 3,
        "offices": 3,
        "tenures": 3,
        "sources": 3,
        "event_sources": 3,
    }
    for table in codebook.TABLES:
        with open(tmp_path / f"{table}.csv", encoding="utf-8") as fh:
            assert next(csv.reader(fh)) == codebook.columns(table), table
    assert (tmp_path / "CODEBOOK.md").read_text(encoding="utf-8") == codebook.markdown()


def test_csv_rows_link_by_stable_ids(world, tmp_path):
    write_csv(tmp_path)
    events = {r["id"]: r for r in read_csv(tmp_path / "events.csv")}
    persons = {r["id"]: r for r in read_csv(tmp_path / "persons.csv")}
    offices = {r["id"]: r for r in read_csv(tmp_path / "offices.csv")}
    sources = {r["id"]: r for r in read_csv(tmp_path / "sources.csv")}
    meeting = events[str(world.meeting.uuid)]
    assert meeting["countries"] == "IL;TR"
    assert meeting["review_status"] == "confirmed" and meeting["confidence"] == "0.9"
    assert meeting["end_date"] == ""
    participants = [r for r in read_csv(tmp_path / "participants.csv") if r["event_id"] == meeting["id"]]
    assert {persons[p["person_id"]]["name"] for p in participants} == {"Isaac Herzog", "İbrahim Kalın"}
    assert {offices[p["office_id"]]["title"] for p in participants} == {"President", "Deputy Foreign Minister"}
    for tenure in read_csv(tmp_path / "tenures.csv"):
        assert tenure["person_id"] in persons and tenure["office_id"] in offices
    for alias in read_csv(tmp_path / "aliases.csv"):
        assert alias["person_id"] in persons
    assert sources[world.reprint.sha256]["duplicate_of"] == world.article.sha256
    links = [r for r in read_csv(tmp_path / "event_sources.csv") if r["event_id"] == meeting["id"]]
    assert {sources[r["source_id"]]["name"] for r in links} == {"000_a.txt", "001_b.txt"}
    assert {r["sentence"] for r in links} == {"Herzog met with Kalın in Jerusalem."}
    un = next(o for o in offices.values() if o["title"] == "Secretary-General")
    assert un["organization"] == "UN" and un["country"] == ""


def test_csv_ids_are_the_same_in_a_second_export(world, tmp_path):
    write_csv(tmp_path / "a")
    write_csv(tmp_path / "b")
    for table in codebook.TABLES:
        a = (tmp_path / "a" / f"{table}.csv").read_text(encoding="utf-8")
        assert a == (tmp_path / "b" / f"{table}.csv").read_text(encoding="utf-8")


def test_csv_filters_narrow_every_table(world, tmp_path):
    counts = write_csv(tmp_path, ExportFilter(date_after=date(2022, 3, 1)))
    assert counts["events"] == 1 and counts["participants"] == 2
    assert {r["name"] for r in read_csv(tmp_path / "persons.csv")} == {"İbrahim Kalın", "António Guterres"}
    assert {r["title"] for r in read_csv(tmp_path / "offices.csv")} == {"Deputy Foreign Minister", "Secretary-General"}
    assert [r["name"] for r in read_csv(tmp_path / "sources.csv")] == ["002_c.txt"]
    assert counts["event_sources"] == 1


def test_csv_command_needs_a_directory(world):
    with pytest.raises(CommandError, match="must name a directory"):
        call_command("export", "--format", "csv", stdout=io.StringIO())


def test_csv_command(world, tmp_path):
    call_command(
        "export", "--format", "csv", "--output", str(tmp_path / "out"), "--kind", "meeting", stdout=io.StringIO()
    )
    assert len(read_csv(tmp_path / "out" / "events.csv")) == 1


def test_undated_events_come_last(world):
    world.call.date = None
    world.call.date_precision = ""
    world.call.save()
    assert [e["kind"] for e in export_json()["events"]] == ["meeting", "call"]
