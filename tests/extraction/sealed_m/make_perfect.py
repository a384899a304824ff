#!/usr/bin/env python3
"""Write perfect.json: the research export a flawless extractor would produce for sealed set M.

It is built from gold_m.json alone (one person per gold person, with the gold offices'
titles; one event per gold event, core and background, with every gold fact and source), so
    python3 /work/shared/eval/score.py perfect.json gold_m.json
must print 1.000 on every measure. It checks the gold file's self-consistency, nothing else.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def published(article):
    with open(os.path.join(HERE, "articles", article), encoding="utf-8") as fh:
        m = re.match(r" date (\d{4}-\d{2}-\d{2}) ", fh.read())
    return m.group(1) if m else None


def full_date(date):
    if not date:
        return None
    return {4: date + "-01-01", 7: date + "-01", 10: date}[len(date)]


def main():
    with open(os.path.join(HERE, "gold_m.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    persons, pid = [], {}
    for i, p in enumerate(gold["persons"], start=1):
        pid[p["name"]] = i
        persons.append({"id": i, "name": p["name"], "aliases": p["aliases"], "country": p["country"],
                        "offices": [{"title": o["title"], "country": o["country"], "start": None, "end": None}
                                    for o in p["offices"]]})
    country = {p["name"]: p["country"] for p in gold["persons"]}
    events = []
    for i, e in enumerate(gold["events"], start=1):
        roles = e.get("participant_roles") or {}
        events.append({
            "id": i, "kind": e["kind"], "date": full_date(e["date"]), "date_precision": e["date_precision"],
            "end_date": e["end_date"], "status": e["status"], "location": e["location"],
            "countries": e["countries"],
            "participants": [{"person": pid[n], "name": n, "country": country[n], "role": roles.get(n)}
                             for n in e["participants"]],
            "sources": [{"name": s, "published": published(s), "sentence": None} for s in e["sources"]],
        })
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as fh:
        json.dump({"persons": persons, "events": events}, fh, ensure_ascii=False, indent=1)
    print(f"perfect.json: {len(persons)} persons, {len(events)} events")


if __name__ == "__main__":
    main()
