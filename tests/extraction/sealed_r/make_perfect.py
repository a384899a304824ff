#!/usr/bin/env python3
"""Write perfect.json: the export a perfect extractor would produce for sealed set R, from gold_r.json.

Usage: python3 make_perfect.py && python3 /work/shared/eval/score.py perfect.json gold_r.json
(every measure should read 1.000).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATELINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")


def main():
    with open(os.path.join(HERE, "gold_r.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    published = {}
    for a in gold["articles"]:
        with open(os.path.join(HERE, "articles", a), encoding="utf-8") as fh:
            m = DATELINE.match(fh.read())
        published[a] = m.group(1) if m else None
    persons, pid = [], {}
    for i, p in enumerate(gold["persons"], 1):
        pid[p["name"]] = i
        persons.append({"id": i, "name": p["name"], "aliases": p["aliases"], "country": p["country"],
                        "offices": [{"title": o["title"], "country": o["country"], "start": None, "end": None}
                                    for o in p["offices"]]})
    events = []
    for i, e in enumerate(gold["events"], 1):
        date = e["date"]
        if date and e["date_precision"] == "month":
            date = date[:7] + "-01"
        elif date and e["date_precision"] == "year":
            date = date[:4] + "-01-01"
        events.append({
            "id": i, "kind": e["kind"], "date": date, "date_precision": e["date_precision"],
            "end_date": e["end_date"], "status": e["status"], "location": e["location"],
            "countries": e["countries"],
            "participants": [{"person": pid[n], "name": n, "country": gold["persons"][pid[n] - 1]["country"],
                              "role": e.get("participant_roles", {}).get(n)} for n in e["participants"]],
            "sources": [{"name": s, "published": published[s], "sentence": ""} for s in e["sources"]],
        })
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as fh:
        json.dump({"persons": persons, "events": events}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"perfect.json: {len(persons)} persons, {len(events)} events")


if __name__ == "__main__":
    main()
