"""Write a research export: JSON (what ../shared/eval/score.py reads), JSONL or CSV."""

import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from diplomacy import codebook
from diplomacy.exports import CHUNK_SIZE, FORMATS, ExportFilter, write_csv, write_json, write_jsonl
from diplomacy.models import Country, EventKind, ReviewStatus

UNKNOWN_COUNTRY = "unknown country code {code!r} (expected an ISO 3166 alpha-2 code)"
CSV_NEEDS_DIRECTORY = "--format csv writes one file per table: --output must name a directory"


class Command(BaseCommand):
    help = (
        "Export events and persons for research: --format json (one object, the scorer's input), "
        "jsonl (one self-contained event per line) or csv (a directory, one file per table). "
        "Fields are described in docs/CODEBOOK.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, default="json")
        parser.add_argument(
            "--output", "-o", default="-", help="File to write ('-': standard output); for csv, a directory."
        )
        parser.add_argument("--date-after", type=date.fromisoformat, help="Events on or after YYYY-MM-DD.")
        parser.add_argument("--date-before", type=date.fromisoformat, help="Events on or before YYYY-MM-DD.")
        parser.add_argument("--country", help="ISO code of a country the event involves.")
        parser.add_argument("--kind", action="append", choices=EventKind.values, default=[], help="Repeatable.")
        parser.add_argument(
            "--review-status",
            action="append",
            choices=ReviewStatus.values,
            default=[],
            help="Repeatable. Default: extracted and confirmed (rejected events are left out).",
        )
        parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, help="Rows read per database round trip.")
        parser.add_argument(
            "--codebook",
            action="store_true",
            help="Write the codebook tables instead of data: to standard output, or into the "
            "generated part of --output (docs/CODEBOOK.md).",
        )

    def handle(self, *args, **options):
        if options["codebook"]:
            self._codebook(options["output"])
            return
        flt = self._filter(options)
        fmt, output, chunk = options["format"], options["output"], options["chunk_size"]
        progress = _show_progress if output != "-" and sys.stderr.isatty() else None
        try:
            if fmt == "csv":
                if output == "-":
                    raise CommandError(CSV_NEEDS_DIRECTORY)
                counts = write_csv(output, flt, chunk, progress=progress)
                summary = ", ".join(f"{n} {table}" for table, n in counts.items())
            elif output == "-":
                summary = self._write(fmt, self.stdout, flt, chunk, None)
            else:
                with open(output, "w", encoding="utf-8") as fh:
                    summary = self._write(fmt, fh, flt, chunk, progress)
        except OSError as exc:
            raise CommandError(f"{output}: cannot write: {exc.strerror or exc}") from exc
        if progress is not None:
            sys.stderr.write("\r" + " " * 40 + "\r")
        if output != "-":
            sys.stderr.write(f"exported {summary} to {output}\n")

    def _codebook(self, output: str) -> None:
        if output == "-":
            self.stdout.write(codebook.markdown(), ending="")
            return
        path = Path(output)
        try:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            path.write_text(codebook.with_tables(current), encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"{output}: cannot write: {exc.strerror or exc}") from exc
        self.stdout.write(f"codebook tables written to {output}")

    @staticmethod
    def _write(fmt, fh, flt, chunk, progress) -> str:
        if fmt == "jsonl":
            return f"{write_jsonl(fh, flt, chunk, progress=progress)} event(s)"
        persons, events = write_json(fh, flt, chunk, progress=progress)
        return f"{persons} person(s) and {events} event(s)"

    @staticmethod
    def _filter(options) -> ExportFilter:
        country = (options["country"] or "").upper() or None
        if country and not Country.objects.filter(code=country).exists():
            raise CommandError(UNKNOWN_COUNTRY.format(code=country))
        return ExportFilter(
            date_after=options["date_after"],
            date_before=options["date_before"],
            country=country,
            kinds=tuple(options["kind"]),
            review_statuses=tuple(options["review_status"]) or ExportFilter.review_statuses,
        )


def _show_progress(what: str, count: int) -> None:
    sys.stderr.write(f"\r{what}: {count:,}".ljust(40))
    sys.stderr.flush()
