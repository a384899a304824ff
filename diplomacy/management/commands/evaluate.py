"""Score the database (or the extractor) against a gold annotation."""

import json
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from diplomacy.evaluation import (
    GoldError,
    below_bars,
    curated_gold,
    format_report,
    reextract,
    score,
    write_articles,
)
from diplomacy.exports import research_export

GOLD_OR_CURATED = "give a gold file (GOLD.json) or --curated, not both and not neither"
NO_CONFIRMED = "no confirmed events: nothing to evaluate against (confirm some events first)"


class Command(BaseCommand):
    help = (
        "Score the current database's research export against GOLD.json (the format of "
        "../shared/eval/gold/, the rules of ../shared/eval/score.py), or with --curated re-extract "
        "the articles of confirmed events into a scratch database and score the extractor against "
        "the curators' version. Exit status 1 when a --min-* bar is not met, 2 on unreadable input."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="?", help="A gold file.")
        parser.add_argument("--curated", action="store_true", help="Score the extractor against curated events.")
        parser.add_argument("--export", metavar="PATH", help="Score this export file instead of the database.")
        parser.add_argument("--json", action="store_true", help="Print the full report as JSON.")
        parser.add_argument("--write-gold", metavar="PATH", help="With --curated: also save the gold file built.")
        parser.add_argument("--scratch-dir", metavar="DIR", help="With --curated: keep the scratch database here.")
        parser.add_argument("--min-event-f1", type=float)
        parser.add_argument("--min-person-f1", type=float)
        parser.add_argument("--min-date-accuracy", type=float)

    def handle(self, *args, **options):
        if bool(options["gold"]) == bool(options["curated"]):
            raise CommandError(GOLD_OR_CURATED, returncode=2)
        try:
            export, gold = self._curated(options) if options["curated"] else self._gold_file(options)
            report = score(export, gold)
        except GoldError as exc:
            raise CommandError(str(exc), returncode=2) from exc
        if options["json"]:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))
        else:
            self.stdout.write(format_report(report), ending="")
        failed = below_bars(
            report,
            event_f1=options["min_event_f1"],
            person_f1=options["min_person_f1"],
            date_accuracy=options["min_date_accuracy"],
        )
        if failed:
            raise CommandError("below the bar: " + ", ".join(failed), returncode=1)

    def _gold_file(self, options):
        gold = _read_json(options["gold"])
        export = _read_json(options["export"]) if options["export"] else research_export()
        return export, gold

    def _curated(self, options):
        gold = curated_gold()
        if not any(e["tier"] == "core" for e in gold["events"]):
            raise CommandError(NO_CONFIRMED, returncode=2)
        if options["write_gold"]:
            Path(options["write_gold"]).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        if options["export"]:
            return _read_json(options["export"]), gold
        with tempfile.TemporaryDirectory(prefix="diplomacy-articles-") as tmp:
            articles = Path(tmp) / "articles.jsonl"
            count = write_articles(articles)
            self.stderr.write(f"re-extracting {count} article(s) into a scratch database...")
            scratch = Path(options["scratch_dir"]) if options["scratch_dir"] else None
            result = reextract(articles, scratch)
        return result.export, gold


def _read_json(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
