#!/usr/bin/env python3
"""Write perfect.json: the research export (shared/eval/README.md schema) that a flawless
extractor would produce for gold_s.json.

    python3 make_perfect.py && python3 /work/shared/eval/score.py perfect.json gold_s.json

must print 1.000 on every measure; anything less means the gold contradicts itself or
the scorer.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def published_dates():
    out = {}
    for f in sorted((HERE / "articles").glob("*.txt")):
        m = re.match(r" date (\d{4}-\d{2}-\d{2}) \S", f.read_text(encoding="utf-8"))
        out[f.name] = m.group(1) if m else None
    return out


def full_date(date, precision):
    """Gold dates are YYYY, YYYY-MM or YYYY-MM-DD; the export carries the first of the period."""
    if not date:
        return None
    return {"day": date, "month": date + "-01", "year": date + "-01-01"}[precision]


def main():
    gold = json.loads((HERE / "gold_s.json").read_text(encoding="utf-8"))
    pub = published_dates()
    persons, pid = [], {}
    for i, p in enumerate(gold["persons"], start=1):
        pid[p["name"]] = i
        persons.append({"id": i, "name": p["name"], "aliases": list(p["aliases"]),
                        "country": p["country"],
                        "offices": [{"title": o["title"], "country": o["country"],
                                     "start": None, "end": None} for o in p["offices"]]})
    country = {p["name"]: p["country"] for p in gold["persons"]}
    events = []
    for j, e in enumerate(gold["events"], start=1001):
        roles = e.get("participant_roles", {})
        events.append({
            "id": j, "kind": e["kind"],
            "date": full_date(e["date"], e["date_precision"]),
            "date_precision": e["date_precision"], "end_date": e["end_date"],
            "status": e["status"], "location": e["location"], "countries": list(e["countries"]),
            "participants": [{"person": pid[n], "name": n, "country": country[n],
                              "role": roles.get(n)} for n in e["participants"]],
            "sources": [{"name": s, "published": pub.get(s), "sentence": ""} for s in e["sources"]],
        })
    (HERE / "perfect.json").write_text(
        json.dumps({"persons": persons, "events": events}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    print(f"wrote perfect.json: {len(persons)} persons, {len(events)} events")


if __name__ == "__main__":
    main()
