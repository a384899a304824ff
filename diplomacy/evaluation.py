"""Score a research export against a gold annotation, and build a gold file from curated data.

The rules are those of ``../shared/eval/README.md`` ("Scoring rules"), implemented here so
the project needs nothing outside itself; a test checks that the numbers agree with
``../shared/eval/score.py`` on the same export. ``score(export, gold)`` returns the report
as a dict with the same keys as ``score.py --json``.

``curated_gold()`` turns the curators' work into a gold file: confirmed events are the core
events, unreviewed events of the same articles are background (neither rewarded nor
punished), and ``reextract()`` runs ingest on those articles in a scratch database, so
``evaluate --curated`` measures the extractor against the curated version.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from diplomacy.extraction.text import fold

MAX_TITLE_WORDS = 14  # a longer "title" is a list of titles, not one
MAX_LOCATION_WORDS = 5  # a longer "location" is a list of places, not one
DATE_WIDTH = {"day": 10, "month": 7, "year": 4}  # characters of YYYY-MM-DD a precision states
FACTS = ("date", "end_date", "status", "location", "countries", "participants")


class GoldError(ValueError):
    """A gold file or an export that cannot be scored."""


def _rounded(x: float) -> float:
    return round(x, 3)


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return _rounded(p), _rounded(r), _rounded(f)


def share(hit: int, total: int) -> float | None:
    """hit / total rounded, or None when there is nothing to count."""
    return _rounded(hit / total) if total else None


def folded_names(entry: dict) -> set[str]:
    """The folded name and aliases of a person entry, empty ones left out."""
    out = set()
    for name in [entry.get("name", ""), *(entry.get("aliases") or [])]:
        key = fold(name)
        if key:
            out.add(key)
    return out


class GoldPeople:
    """Finds the gold person a set of folded names refers to.

    Full names (two words or more) decide; a lone surname is used only when no full name
    matched, and only when it points to one person.
    """

    def __init__(self, gold: dict):
        self.people: list[dict] = gold["persons"]
        self.by_full_name: dict[str, set[int]] = {}
        self.by_single_name: dict[str, set[int]] = {}
        for index, person in enumerate(self.people):
            for name in folded_names(person):
                table = self.by_full_name if " " in name else self.by_single_name
                table.setdefault(name, set()).add(index)
        self.neutral = {fold(n) for n in gold.get("neutral_persons", [])}
        self.not_persons = {fold(n) for n in gold.get("not_persons", [])}

    def find(self, names: Iterable[str]) -> int | None:
        names = list(names)
        found: set[int] = set()
        for name in names:
            found.update(self.by_full_name.get(name, ()))
        if not found:
            for name in names:
                if " " not in name:
                    found.update(self.by_single_name.get(name, ()))
        return next(iter(found)) if len(found) == 1 else None

    def find_name(self, name: str) -> int | None:
        return self.find([fold(name)])


def office_matches(office: dict, gold_office: dict) -> bool:
    title = fold(office.get("title"))
    if len(title.split()) > MAX_TITLE_WORDS or not re.search(gold_office["pattern"], title):
        return False
    return not gold_office["country"] or office.get("country") == gold_office["country"]


@dataclass
class PersonMatch:
    """Which gold person each predicted person is, and what did not match."""

    matched: dict[int, list[dict]] = field(default_factory=dict)  # gold index -> predicted persons
    by_id: dict = field(default_factory=dict)  # predicted person id -> gold index
    unmatched: list = field(default_factory=list)
    not_persons: list = field(default_factory=list)


def match_persons(export: dict, people: GoldPeople) -> PersonMatch:
    result = PersonMatch()
    for person in export.get("persons", []):
        names = folded_names(person)
        if names & people.not_persons:
            result.not_persons.append(person.get("name"))
            continue
        index = people.find(names)
        if index is None:
            if fold(person.get("name")) not in people.neutral:
                result.unmatched.append(person.get("name"))
            continue
        result.matched.setdefault(index, []).append(person)
        if person.get("id") is not None:
            result.by_id[person["id"]] = index
    return result


def score_persons(export: dict, people: GoldPeople) -> tuple[dict, dict]:
    """The person half of the report, and predicted person id -> gold index."""
    m = match_persons(export, people)
    split = sum(len(preds) - 1 for preds in m.matched.values())
    missed = [g["name"] for i, g in enumerate(people.people) if i not in m.matched]
    p, r, f = precision_recall_f1(len(m.matched), len(m.unmatched) + len(m.not_persons) + split, len(missed))

    right_country = office_total = office_found = predicted = predicted_right = 0
    office_misses = []
    for index, preds in m.matched.items():
        gold = people.people[index]
        right_country += any(x.get("country") == gold["country"] for x in preds)
        offices = [o for x in preds for o in (x.get("offices") or [])]
        for gold_office in gold["offices"]:
            office_total += 1
            if any(office_matches(o, gold_office) for o in offices):
                office_found += 1
            else:
                office_misses.append(f"{gold['name']}: {gold_office['title']}")
        predicted += len(offices)
        predicted_right += sum(any(office_matches(o, g) for g in gold["offices"]) for o in offices)
    report = {
        "precision": p,
        "recall": r,
        "f1": f,
        "false_positives": m.unmatched,
        "not_persons_kept": m.not_persons,
        "split_duplicates": split,
        "missed": missed,
        "country_accuracy": share(right_country, len(m.matched)) or 0.0,
        "office_recall": share(office_found, office_total) or 0.0,
        "office_precision": share(predicted_right, predicted),
        "office_misses": office_misses,
    }
    return report, m.by_id


def date_agrees(event: dict, gold: dict) -> bool:
    """The predicted date and precision state what the gold states, no more and no less."""
    if not gold["date"]:
        return True
    predicted = event.get("date")
    if not predicted or event.get("date_precision") != gold["date_precision"]:
        return False
    width = DATE_WIDTH[gold["date_precision"]]
    return predicted[:width] == gold["date"][:width]


def date_rules_out(predicted: str | None, gold: str | None) -> bool:
    """A dated gold event cannot be an undated prediction or one in another month."""
    if not gold:
        return False
    if not predicted:
        return True
    width = min(len(gold), 7)
    return predicted[:width] != gold[:width]


def _participants(event: dict, people: GoldPeople, by_id: dict) -> tuple[set[int], int]:
    """Gold indexes of an event's participants, and how many are neither gold nor neutral."""
    found: set[int] = set()
    extra = 0
    for part in event.get("participants") or []:
        index = by_id.get(part.get("person")) if part.get("person") is not None else None
        if index is None:
            index = people.find_name(part.get("name", ""))
        if index is not None:
            found.add(index)
        elif fold(part.get("name", "")) not in people.neutral:
            extra += 1
    return found, extra


def _describe(event: dict) -> str:
    names = ", ".join(sorted(p.get("name", "?") for p in event.get("participants") or []))
    return f"{event.get('kind')} {event.get('date')} {names}"


def _pairs(predicted: list[dict], golds: list[dict], gold_people: list[set], predicted_people: list[tuple]):
    """Every (predicted, gold) pair that may be the same event, with its strength."""
    pairs = []
    for pi, event in enumerate(predicted):
        for gi, gold in enumerate(golds):
            if event.get("kind") not in gold["accept_kinds"] or date_rules_out(event.get("date"), gold["date"]):
                continue
            expected, found = gold_people[gi], predicted_people[pi][0]
            if expected:
                overlap = len(expected & found) / len(expected | found)
                if overlap < 0.5:
                    continue
            elif set(event.get("countries") or []) != set(gold["countries"]):
                continue
            else:
                overlap = 0.5
            strength = overlap + 0.25 * date_agrees(event, gold)
            pairs.append((strength, gold["tier"] == "core", pi, gi))
    # strongest first; on a tie a core event before a background one, then input order
    pairs.sort(key=lambda x: (-x[0], not x[1], x[2], x[3]))
    return pairs


def score_events(export: dict, gold: dict, people: GoldPeople, by_id: dict) -> dict:
    predicted = export.get("events", [])
    golds = gold["events"]
    gold_people = [{i for i in map(people.find_name, g["participants"]) if i is not None} for g in golds]
    predicted_people = [_participants(e, people, by_id) for e in predicted]

    pairs = _pairs(predicted, golds, gold_people, predicted_people)
    to_gold: dict[int, int] = {}
    to_predicted: dict[int, int] = {}
    for _, _, pi, gi in pairs:
        if pi not in to_gold and gi not in to_predicted:
            to_gold[pi], to_predicted[gi] = gi, pi
    duplicates = sorted({pi for _, _, pi, _ in pairs if pi not in to_gold})
    core = [gi for gi, g in enumerate(golds) if g["tier"] == "core"]
    background = [gi for gi, g in enumerate(golds) if g["tier"] == "background"]
    found = [gi for gi in core if gi in to_predicted]
    missed = [golds[gi]["id"] for gi in core if gi not in to_predicted]
    false = [pi for pi in range(len(predicted)) if pi not in to_gold and pi not in duplicates]
    p, r, f = precision_recall_f1(len(found), len(false) + len(duplicates), len(missed))

    facts = {k: [0, 0] for k in FACTS}
    sources = {"hit": 0, "gold": 0, "predicted": 0}
    persons = {"hit": 0, "gold": 0, "predicted": 0}

    def tally(fact: str, ok: bool) -> None:
        facts[fact][0] += bool(ok)
        facts[fact][1] += 1

    for gi in found:
        g, e = golds[gi], predicted[to_predicted[gi]]
        expected = gold_people[gi]
        present, extra = predicted_people[to_predicted[gi]]
        if g["date"]:
            tally("date", date_agrees(e, g))
        if g.get("end_date"):
            tally("end_date", (e.get("end_date") or "")[:10] == g["end_date"][:10])
        tally("status", e.get("status") == g["status"])
        if g["location_pattern"]:
            place = fold(e.get("location"))
            tally(
                "location",
                bool(place)
                and len(place.split()) <= MAX_LOCATION_WORDS
                and bool(re.search(g["location_pattern"], place)),
            )
        tally("countries", set(e.get("countries") or []) == set(g["countries"]))
        tally("participants", expected == present and extra == 0)
        persons["hit"] += len(expected & present)
        persons["gold"] += len(expected)
        persons["predicted"] += len(present) + extra
        listed = {s.get("name") for s in e.get("sources") or []}
        sources["hit"] += len(set(g["sources"]) & listed)
        sources["gold"] += len(g["sources"])
        sources["predicted"] += len(listed)
    return {
        "core_events": len(core),
        "predicted_events": len(predicted),
        "precision": p,
        "recall": r,
        "f1": f,
        "missed": missed,
        "false_positives": [_describe(predicted[pi]) for pi in false],
        "duplicates": [_describe(predicted[pi]) for pi in duplicates],
        "background_recall": share(sum(gi in to_predicted for gi in background), len(background)),
        "fact_accuracy": {k: share(*v) for k, v in facts.items()},
        "participant_precision": share(persons["hit"], persons["predicted"]),
        "participant_recall": share(persons["hit"], persons["gold"]),
        "source_attribution_recall": share(sources["hit"], sources["gold"]) or 0.0,
        "source_attribution_precision": share(sources["hit"], sources["predicted"]),
    }


def score(export: dict, gold: dict) -> dict:
    """The full report: ``{"corpus", "persons", "events"}`` as ``score.py --json`` prints it."""
    try:
        people = GoldPeople(gold)
        persons, by_id = score_persons(export, people)
        events = score_events(export, gold, people, by_id)
    except (KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise GoldError(f"cannot score: {type(exc).__name__}: {exc}") from exc
    return {"corpus": gold.get("corpus"), "persons": persons, "events": events}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(report: dict) -> str:
    """The report as lines of text, ending with a one-line ``SCORE`` summary."""
    persons, events = report["persons"], report["events"]
    lines = [
        f"corpus {report['corpus']}",
        f"persons  P {persons['precision']:.3f}  R {persons['recall']:.3f}  F1 {persons['f1']:.3f}"
        f"  office R {persons['office_recall']:.3f} P {_fmt(persons['office_precision'])}"
        f"  country acc {persons['country_accuracy']:.3f}  split duplicates {persons['split_duplicates']}",
    ]
    for key in ("missed", "false_positives", "not_persons_kept", "office_misses"):
        if persons[key]:
            lines.append(f"  persons {key}: {'; '.join(map(str, persons[key]))}")
    lines += [
        f"events   P {events['precision']:.3f}  R {events['recall']:.3f}  F1 {events['f1']:.3f}"
        f"  ({events['predicted_events']} predicted, {events['core_events']} core gold)"
        f"  background recall {_fmt(events['background_recall'])}",
        f"  sources R {events['source_attribution_recall']:.3f} P {_fmt(events['source_attribution_precision'])}"
        f"  participants R {_fmt(events['participant_recall'])} P {_fmt(events['participant_precision'])}",
        "  facts on matched events: " + ", ".join(f"{k} {_fmt(v)}" for k, v in events["fact_accuracy"].items()),
    ]
    for key in ("missed", "false_positives", "duplicates"):
        if events[key]:
            lines.append(f"  events {key}: {'; '.join(events[key])}")
    lines.append(
        f"SCORE event_f1={events['f1']:.3f} person_f1={persons['f1']:.3f}"
        f" date_acc={_fmt(events['fact_accuracy']['date'])} office_recall={persons['office_recall']:.3f}"
        f" source_p={_fmt(events['source_attribution_precision'])}"
    )
    return "\n".join(lines) + "\n"


def below_bars(report: dict, *, event_f1=None, person_f1=None, date_accuracy=None) -> list[str]:
    """The bars (``--min-*``) the report does not reach, as ``name value < bar``."""
    values = (
        ("event_f1", event_f1, report["events"]["f1"]),
        ("person_f1", person_f1, report["persons"]["f1"]),
        ("date_accuracy", date_accuracy, report["events"]["fact_accuracy"]["date"] or 0.0),
    )
    return [f"{name} {value:.3f} < {bar}" for name, bar, value in values if bar is not None and value < bar]


# --- curated data as gold --------------------------------------------------------------------


def _exact(text: str) -> str:
    """A pattern matching exactly this text once folded."""
    return "^" + re.escape(fold(text)) + "$"


def curated_gold() -> dict:
    """The curators' version of the articles that report confirmed events, as a gold file.

    Core events: the confirmed ones. Background: the unreviewed events of the same
    articles (a prediction matching one is neither rewarded nor punished). Persons: the
    participants of confirmed events; other persons those articles mention are neutral.
    Rejected events are left out, so predicting one again counts against the extractor.
    """
    from diplomacy.exports import ExportFilter, iter_events, iter_persons
    from diplomacy.models import Event, Evidence, EvidenceKind, Person, ReviewStatus, Source

    articles = Source.objects.filter(events__review_status=ReviewStatus.CONFIRMED).distinct()
    confirmed = ExportFilter(review_statuses=(ReviewStatus.CONFIRMED,))
    unreviewed_ids = set(
        Event.objects.filter(review_status=ReviewStatus.EXTRACTED, sources__in=articles).values_list("uuid", flat=True)
    )
    events = []
    for tier, flt, keep in (
        ("core", confirmed, None),
        ("background", ExportFilter(review_statuses=(ReviewStatus.EXTRACTED,)), {str(u) for u in unreviewed_ids}),
    ):
        for e in iter_events(flt):
            if keep is not None and e["id"] not in keep:
                continue
            events.append(
                {
                    "id": e["id"],
                    "tier": tier,
                    "kind": e["kind"],
                    "accept_kinds": [e["kind"]],
                    "date": e["date"],
                    "date_precision": e["date_precision"],
                    "end_date": e["end_date"],
                    "status": e["status"],
                    "location": e["location"],
                    "location_pattern": _exact(e["location"]) if e["location"] else None,
                    "countries": e["countries"],
                    "participants": [p["name"] for p in e["participants"]],
                    "sources": [s["name"] for s in e["sources"]],
                }
            )
    participants = Person.objects.filter(participations__event__review_status=ReviewStatus.CONFIRMED)
    participant_ids = {str(u) for u in participants.values_list("uuid", flat=True)}
    # An office counts when these articles state it, or when no article does (a curator's).
    stated = Evidence.objects.filter(kind=EvidenceKind.OFFICE, person__uuid__in=participant_ids)
    in_articles = set(stated.filter(source__in=articles).values_list("person__uuid", "office__title"))
    anywhere = set(stated.values_list("person__uuid", "office__title"))
    persons = []
    for p in iter_persons(ExportFilter()):
        if p["id"] not in participant_ids:
            continue
        offices = [
            {"title": o["title"], "pattern": _exact(o["title"]), "country": o["country"]}
            for o in p["offices"]
            if (UUID(p["id"]), o["title"]) in in_articles or (UUID(p["id"]), o["title"]) not in anywhere
        ]
        persons.append({"name": p["name"], "country": p["country"], "aliases": p["aliases"], "offices": offices})
    gold_names = {n for p in persons for n in folded_names(p)}
    mentioned = Person.objects.filter(evidence__source__in=articles).exclude(uuid__in=participant_ids).distinct()
    neutral = sorted({p.name for p in mentioned if fold(p.name) not in gold_names})
    return {
        "corpus": "curated",
        "articles": sorted(articles.values_list("name", flat=True)),
        "persons": persons,
        "neutral_persons": neutral,
        "not_persons": [],
        "events": events,
    }


def write_articles(path: Path) -> int:
    """The articles that report confirmed events, as JSONL ingest reads; returns how many."""
    from diplomacy.models import ReviewStatus, Source

    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for s in Source.objects.filter(events__review_status=ReviewStatus.CONFIRMED).distinct().order_by("name"):
            record = {"id": s.name, "text": s.text, "published": s.published.isoformat() if s.published else None}
            if s.title:
                record["title"] = s.title
            if s.url:
                record["url"] = s.url
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


@dataclass
class Reextraction:
    export: dict
    log: str


def reextract(articles: Path, workdir: Path | None = None) -> Reextraction:
    """Ingest ``articles`` into a fresh SQLite database in ``workdir`` (a temporary
    directory by default) in separate processes, and return that database's export."""
    from django.conf import settings

    with tempfile.TemporaryDirectory(prefix="diplomacy-evaluate-") as tmp:
        where = Path(workdir or tmp)
        where.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{where / 'scratch.sqlite3'}")
        env.setdefault("DJANGO_SECRET_KEY", "scratch-database-of-evaluate")
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        export_path = where / "export.json"
        log = []
        for args, must_succeed in (
            (["migrate", "--noinput", "-v0"], True),
            (["ingest", str(articles)], False),  # failed articles are reported, the rest scored
            (["export", "--format", "json", "--output", str(export_path)], True),
        ):
            done = subprocess.run([*manage, *args], env=env, capture_output=True, text=True, check=False)
            log.append(done.stdout + done.stderr)
            if must_succeed and done.returncode:
                raise GoldError(f"scratch database: {args[0]} failed: {done.stderr.strip()[-500:]}")
        export = json.loads(export_path.read_text(encoding="utf-8"))
    return Reextraction(export=export, log="".join(log))
