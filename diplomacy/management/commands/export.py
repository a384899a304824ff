"""Write the research export (the JSON that ../shared/eval/score.py reads)."""

import sys
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from diplomacy.exports import ExportFilter, write_json
from diplomacy.models import EventKind, ReviewStatus


class Command(BaseCommand):
    help = "Export persons and events for research (format described in docs/CODEBOOK.md)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json"], default="json")
        parser.add_argument("--output", "-o", default="-", help="File to write; '-' for standard output.")
        parser.add_argument("--date-after", type=date.fromisoformat)
        parser.add_argument("--date-before", type=date.fromisoformat)
        parser.add_argument("--country", help="ISO code of a participating country.")
        parser.add_argument("--kind", action="append", choices=EventKind.values, default=[])
        parser.add_argument(
            "--review-status",
            action="append",
            choices=ReviewStatus.values,
            default=[],
            help="Default: extracted and confirmed (rejected events are left out).",
        )

    def handle(self, *args, output, date_after, date_before, country, kind, review_status, **options):
        flt = ExportFilter(
            date_after=date_after,
            date_before=date_before,
            country=country.upper() if country else None,
            kinds=tuple(kind),
            review_statuses=tuple(review_status) or ExportFilter.review_statuses,
        )
        try:
            if output == "-":
                persons, events = write_json(self.stdout, flt)
            else:
                with open(output, "w", encoding="utf-8") as fh:
                    persons, events = write_json(fh, flt)
        except OSError as exc:
            raise CommandError(f"{output}: cannot write: {exc.strerror}") from exc
        if output != "-":
            sys.stderr.write(f"exported {persons} person(s) and {events} event(s) to {output}\n")
