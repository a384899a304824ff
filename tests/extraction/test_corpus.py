from pathlib import Path

import pytest

from diplomacy.extraction.corpus import run
from diplomacy.extraction.text import fold

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def export(pipeline):
    return run([SEEDS], pipeline=pipeline).export()


def test_jerusalem_meeting_is_one_event_with_four_sources(export):
    persons = {p["id"]: {fold(n) for n in [p["name"], *p["aliases"]]} for p in export["persons"]}
    jerusalem = [
        e
        for e in export["events"]
        if e["location"] and "jerusalem" in fold(e["location"]) and e["status"] == "occurred"
    ]
    assert len(jerusalem) == 1
    event = jerusalem[0]
    assert event["date"] == "2022-02-17" and event["date_precision"] == "day"
    assert len(event["sources"]) == 4
    names = set().union(*(persons[p["person"]] for p in event["participants"]))
    for expected in ("ibrahim kalin", "sedat onal", "alon ushpiz", "isaac herzog"):
        assert expected in names
    assert {"eyal shviki", "eyal shuiki"} & names


def test_export_shape(export):
    ids = {p["id"] for p in export["persons"]}
    assert len(ids) == len(export["persons"])
    for e in export["events"]:
        assert e["kind"] in ("meeting", "visit", "call", "agreement", "appointment", "withdrawal")
        assert all(p["person"] in ids for p in e["participants"])
        assert all(s["name"].endswith(".txt") for s in e["sources"])
    names = {fold(n) for p in export["persons"] for n in [p["name"], *p["aliases"]]}
    assert not names & {"elad malka", "ben samuels", "twitter", "sertac kayar"}
