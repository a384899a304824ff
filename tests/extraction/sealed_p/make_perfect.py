#!/usr/bin/env python3
"""Write perfect.json: a research export (README schema) built from gold_p.json.

It is what a perfect extractor would export for set P. Scoring it must give 1.000
on every measure; anything less means the gold contradicts itself or the scorer:

    python3 make_perfect.py
    python3 /work/shared/eval/score.py perfect.json gold_p.json
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def expand(date):
    """Gold dates are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; the export wants a full ISO date
    with the first of the period."""
    if not date:
        return None
    if len(date) == 4:
        return date + "-01-01"
    if len(date) == 7:
        return date + "-01"
    return date


def publication_dates():
    pub = {}
    for name in os.listdir(os.path.join(HERE, "articles")):
        with open(os.path.join(HERE, "articles", name), encoding="utf-8") as fh:
            m = re.match(r"^ date (\d{4}-\d{2}-\d{2}) ", fh.read())
        pub[name] = m.group(1) if m else None
    return pub


def main():
    with open(os.path.join(HERE, "gold_p.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    pub = publication_dates()

    persons, pid = [], {}
    for i, p in enumerate(gold["persons"], start=1):
        pid[p["name"]] = i
        persons.append({
            "id": i, "name": p["name"], "aliases": list(p["aliases"]), "country": p["country"],
            "offices": [{"title": o["title"], "country": o["country"], "start": None, "end": None}
                        for o in p["offices"]],
        })
    country = {p["name"]: p["country"] for p in gold["persons"]}

    events = []
    for i, e in enumerate(gold["events"], start=1):
        roles = e.get("participant_roles", {})
        events.append({
            "id": i, "kind": e["kind"], "date": expand(e["date"]),
            "date_precision": e["date_precision"], "end_date": e["end_date"],
            "status": e["status"], "location": e["location"], "countries": list(e["countries"]),
            "participants": [{"person": pid[n], "name": n, "country": country[n],
                              "role": roles.get(n)} for n in e["participants"]],
            "sources": [{"name": s, "published": pub.get(s), "sentence": ""} for s in e["sources"]],
        })

    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as fh:
        json.dump({"persons": persons, "events": events}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"perfect.json: {len(persons)} persons, {len(events)} events")


if __name__ == "__main__":
    main()
