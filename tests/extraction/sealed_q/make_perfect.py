#!/usr/bin/env python3
"""Write perfect.json: a research export that reproduces gold_q.json exactly.
Check: python3 /work/shared/eval/score.py perfect.json gold_q.json  -> 1.000 everywhere."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "gold_q.json"), encoding="utf-8") as fh:
    gold = json.load(fh)

published = {}
for a in gold["articles"]:
    with open(os.path.join(HERE, "articles", a), encoding="utf-8") as fh:
        m = re.match(r" date (\d{4}-\d{2}-\d{2}) ", fh.read())
    published[a] = m.group(1) if m else None

persons, pid = [], {}
for i, p in enumerate(gold["persons"], 1):
    pid[p["name"]] = i
    persons.append({"id": i, "name": p["name"], "aliases": p["aliases"], "country": p["country"],
                    "offices": [{"title": o["title"], "country": o["country"], "start": None, "end": None}
                                for o in p["offices"]]})
country = {p["name"]: p["country"] for p in gold["persons"]}

events = []
for i, e in enumerate(gold["events"], 1):
    events.append({
        "id": i, "kind": e["kind"], "date": e["date"], "date_precision": e["date_precision"],
        "end_date": e["end_date"], "status": e["status"], "location": e["location"],
        "countries": e["countries"],
        "participants": [{"person": pid[n], "name": n, "country": country[n],
                          "role": e.get("participant_roles", {}).get(n)} for n in e["participants"]],
        "sources": [{"name": s, "published": published[s], "sentence": ""} for s in e["sources"]],
    })

with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as fh:
    json.dump({"persons": persons, "events": events}, fh, ensure_ascii=False, indent=1)
print(f"wrote perfect.json: {len(persons)} persons, {len(events)} events")
