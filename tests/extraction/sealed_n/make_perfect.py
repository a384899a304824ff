#!/usr/bin/env python3
"""Writes perfect.json: the research export a flawless extractor would produce for sealed set N,
built straight from gold_n.json (persons with their offices, every core and background event).
`python3 /work/shared/eval/score.py perfect.json gold_n.json` must print 1.000 on every measure."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "gold_n.json"), encoding="utf-8") as fh:
    gold = json.load(fh)

persons, ids = [], {}
for i, p in enumerate(gold["persons"], start=1):
    ids[p["name"]] = i
    persons.append({"id": i, "name": p["name"], "aliases": p["aliases"], "country": p["country"],
                    "offices": [{"title": o["title"], "country": o["country"], "start": None, "end": None}
                                for o in p["offices"]]})
country_of = {p["name"]: p["country"] for p in gold["persons"]}

events = []
for i, e in enumerate(gold["events"], start=1):
    events.append({
        "id": i, "kind": e["kind"], "date": e["date"] and (e["date"] + {"day": "", "month": "-01", "year": "-01-01"}[e["date_precision"]]),
        "date_precision": e["date_precision"], "end_date": e["end_date"], "status": e["status"],
        "location": e["location"], "countries": e["countries"],
        "participants": [{"person": ids[n], "name": n, "country": country_of[n], "role": e.get("participant_roles", {}).get(n)}
                         for n in e["participants"]],
        "sources": [{"name": s, "published": None, "sentence": ""} for s in e["sources"]],
    })

with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as fh:
    json.dump({"persons": persons, "events": events}, fh, ensure_ascii=False, indent=1)
print(f"perfect.json: {len(persons)} persons, {len(events)} events")
