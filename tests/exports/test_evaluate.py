"""``evaluate`` gives the numbers of ../shared/eval/score.py on the same export."""

import copy
import io
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from diplomacy.evaluation import curated_gold, score
from diplomacy.exports import research_export
from diplomacy.models import ReviewStatus
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seeds.json"
SMALL_GOLD = Path(__file__).with_name("data") / "small_gold.json"

needs_scorer = pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/eval/score.py is not here")


def reference(export: dict, gold: dict, tmp_path: Path) -> dict:
    """What ../shared/eval/score.py --json says."""
    export_path, gold_path = tmp_path / "export.json", tmp_path / "gold.json"
    export_path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCORE_PY), str(export_path), str(gold_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def evaluate(*args) -> str:
    out = io.StringIO()
    call_command("evaluate", *map(str, args), stdout=out)
    return out.getvalue()


@needs_scorer
@pytest.mark.django_db
def test_evaluate_on_a_small_gold_file_agrees_with_score_py(world, tmp_path):
    # an extra person, a person named like a not-person, a duplicate of the meeting
    f.PersonFactory(name="Ben Samuels")
    f.PersonFactory(name="Kalın", country=f.country("TR"))
    duplicate = f.EventFactory(kind="meeting", countries=["IL", "TR"], review_status=ReviewStatus.CONFIRMED)
    f.ParticipationFactory(event=duplicate, person=world.herzog)
    f.ParticipationFactory(event=duplicate, person=world.kalin)

    export_path = tmp_path / "db.json"
    call_command("export", "--format", "json", "--output", str(export_path), stdout=io.StringIO())
    export = json.loads(export_path.read_text(encoding="utf-8"))
    gold = json.loads(SMALL_GOLD.read_text(encoding="utf-8"))

    ours = json.loads(evaluate(SMALL_GOLD, "--json"))
    assert ours == reference(export, gold, tmp_path)
    # the fixture is not trivial: matches, misses, a duplicate, a split person and a leak
    assert 0 < ours["events"]["f1"] < 1 and ours["events"]["duplicates"]
    assert ours["persons"]["split_duplicates"] == 1 and ours["persons"]["not_persons_kept"] == ["Ben Samuels"]
    assert ours["events"]["missed"] == ["ankara"]

    text = evaluate(SMALL_GOLD)
    done = subprocess.run(
        [sys.executable, str(SCORE_PY), str(export_path), str(SMALL_GOLD)], capture_output=True, text=True, check=False
    )
    assert text == done.stdout


def perturbed(gold: dict, rng: random.Random) -> dict:
    """An export made from a gold file with the mistakes an extractor makes."""
    persons, ids = [], {}
    for i, g in enumerate(gold["persons"]):
        roll = rng.random()
        if roll < 0.15:
            continue  # missed
        names = [g["name"], *g["aliases"]]
        person = {
            "id": f"p{i}",
            "name": rng.choice(names),
            "aliases": rng.sample(names, k=rng.randint(0, len(names))),
            "country": g["country"] if rng.random() < 0.8 else "XX",
            "offices": [
                {"title": rng.choice([o["title"], o["title"] + " and Minister", "Ambassador"]), "country": o["country"]}
                for o in g["offices"]
                if rng.random() < 0.8
            ],
        }
        persons.append(person)
        ids[g["name"]] = person["id"]
        if roll > 0.9:
            persons.append({**person, "id": f"p{i}-split", "name": g["name"].split()[-1], "aliases": []})
    for j, name in enumerate(gold.get("not_persons", [])[:2] + gold.get("neutral_persons", [])[:2] + ["Nobody Known"]):
        persons.append({"id": f"x{j}", "name": name, "aliases": [], "country": None, "offices": []})
    events = []
    for k, g in enumerate(gold["events"]):
        if rng.random() < 0.15:
            continue
        e = {
            "id": f"e{k}",
            "kind": rng.choice(g["accept_kinds"] + ["statement"]) if rng.random() < 0.2 else g["kind"],
            "date": g["date"],
            "date_precision": g["date_precision"],
            "end_date": g.get("end_date"),
            "status": g["status"] if rng.random() < 0.8 else "planned",
            "location": g.get("location") if rng.random() < 0.7 else rng.choice([None, "Ankara", "a b c d e f g"]),
            "countries": list(g["countries"]) if rng.random() < 0.8 else g["countries"][:1],
            "participants": [
                {"person": ids.get(n) if rng.random() < 0.7 else None, "name": n, "role": "participant"}
                for n in g["participants"]
                if rng.random() < 0.85
            ],
            "sources": [{"name": s} for s in g["sources"] if rng.random() < 0.8] + [{"name": "other.txt"}],
        }
        if e["date"] and rng.random() < 0.2:
            e["date"], e["date_precision"] = e["date"][:7] + "-01", rng.choice(["day", "month"])
        if rng.random() < 0.1:
            e["date"] = None
        if rng.random() < 0.15:
            e["participants"].append({"person": None, "name": "Unknown Official", "role": "guest"})
        events.append(e)
        if rng.random() < 0.15:
            events.append({**copy.deepcopy(e), "id": f"e{k}-dup"})
    rng.shuffle(events)
    return {"persons": persons, "events": events}


@needs_scorer
@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="../shared/eval/gold/seeds.json is not here")
@pytest.mark.parametrize("seed", range(12))
def test_score_agrees_with_score_py_on_perturbed_seed_exports(seed, tmp_path):
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    export = perturbed(gold, random.Random(seed))
    assert score(export, gold) == reference(export, gold, tmp_path)


@pytest.mark.django_db
def test_bars_and_bad_input(world, tmp_path):
    with pytest.raises(CommandError, match="below the bar: event_f1") as err:
        evaluate(SMALL_GOLD, "--min-event-f1", "0.99")
    assert err.value.returncode == 1
    evaluate(SMALL_GOLD, "--min-event-f1", "0.1")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CommandError, match="cannot read") as err:
        evaluate(broken)
    assert err.value.returncode == 2
    broken.write_text('{"persons": []}', encoding="utf-8")
    with pytest.raises(CommandError, match="cannot score") as err:
        evaluate(broken)
    with pytest.raises(CommandError, match="not both"):
        evaluate(SMALL_GOLD, "--curated")


@pytest.mark.django_db
def test_curated_gold_holds_confirmed_events_as_core(world):
    gold = curated_gold()
    tiers = {e["id"]: e["tier"] for e in gold["events"]}
    assert tiers == {str(world.meeting.uuid): "core"}  # the call shares no article with it
    meeting = gold["events"][0]
    assert meeting["participants"] == ["İbrahim Kalın", "Isaac Herzog"]
    assert meeting["sources"] == ["000_a.txt", "001_b.txt"]
    assert meeting["location_pattern"] == "^jerusalem$"
    assert {p["name"] for p in gold["persons"]} == {"İbrahim Kalın", "Isaac Herzog"}
    assert gold["articles"] == ["000_a.txt", "001_b.txt"]


@pytest.mark.django_db
def test_curated_gold_puts_unreviewed_events_of_the_same_articles_in_the_background(world):
    f.EventSourceFactory(event=world.call, source=world.article)
    gold = curated_gold()
    assert {e["id"]: e["tier"] for e in gold["events"]} == {
        str(world.meeting.uuid): "core",
        str(world.call.uuid): "background",
    }
    # the database's own export scores perfectly against its curated version
    report = score(json.loads(json.dumps(research_export())), gold)
    assert report["events"]["f1"] == 1.0 and report["persons"]["recall"] == 1.0


@pytest.mark.django_db
def test_evaluate_curated_scores_a_reextraction(world, monkeypatch, tmp_path):
    from diplomacy import evaluation
    from diplomacy.management.commands import evaluate as command

    seen = {}

    def fake_reextract(articles, workdir=None):
        seen["articles"] = [json.loads(line) for line in Path(articles).read_text(encoding="utf-8").splitlines()]
        return evaluation.Reextraction(export={"persons": [], "events": []}, log="")

    monkeypatch.setattr(command, "reextract", fake_reextract)
    out = evaluate("--curated", "--json", "--write-gold", tmp_path / "gold.json")
    assert [a["id"] for a in seen["articles"]] == ["000_a.txt", "001_b.txt"]
    assert seen["articles"][0]["text"] == world.article.text
    assert seen["articles"][0]["published"] == "2022-02-17"
    report = json.loads(out)
    assert report["corpus"] == "curated" and report["events"]["recall"] == 0.0
    assert json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))["corpus"] == "curated"


@pytest.mark.slow
@pytest.mark.django_db
def test_evaluate_curated_reextracts_in_a_scratch_database(world, tmp_path):
    import sqlite3

    world.article.text = "Israeli President Isaac Herzog met Turkish presidential adviser İbrahim Kalın in Jerusalem."
    world.article.save()
    report = json.loads(evaluate("--curated", "--json", "--scratch-dir", tmp_path))
    assert report["corpus"] == "curated" and report["events"]["core_events"] == 1
    with sqlite3.connect(tmp_path / "scratch.sqlite3") as scratch:
        names = sorted(row[0] for row in scratch.execute("select name from diplomacy_source"))
    assert names == ["000_a.txt", "001_b.txt"]
    export = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert {s["name"] for e in export["events"] for s in e["sources"]} <= {"000_a.txt", "001_b.txt"}


@needs_scorer
@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="../shared/eval/gold/seeds.json is not here")
@pytest.mark.django_db
def test_evaluate_the_seeds_fixture_against_the_seeds_gold(tmp_path):
    call_command("loaddata", str(ROOT / "fixtures" / "seeds.json"), stdout=io.StringIO())
    export_path = tmp_path / "seeds-export.json"
    call_command("export", "--output", str(export_path), stdout=io.StringIO())
    export = json.loads(export_path.read_text(encoding="utf-8"))
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    assert json.loads(evaluate(SEEDS_GOLD, "--json")) == reference(export, gold, tmp_path)
