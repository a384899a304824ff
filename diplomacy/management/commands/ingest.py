"""Read news articles, extract diplomatic events and store them with their evidence."""

import sys
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from diplomacy.models import IngestRun
from diplomacy.services import ArticleOutcome, IngestSummary, ingest_enqueue, ingest_paths


class Command(BaseCommand):
    help = (
        "Ingest article files (.txt, .jsonl; directories recursively): extract people, offices, "
        "countries and events, and store them, one transaction per article."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Article files or directories.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Re-extract articles already stored (curators' edits are kept).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Print what would be stored; write nothing.")
        parser.add_argument("--batch-size", type=int, default=32, help="Articles per spaCy batch.")
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Queue one Celery task per article instead of running inline.",
        )
        parser.add_argument("--status", metavar="RUN_ID", help="Print the state of an ingest run and exit.")

    def handle(self, *args, paths, force, dry_run, batch_size, queue, status, **options):
        if status:
            return self._status(status)
        if not paths:
            raise CommandError("give at least one file or directory to ingest")
        if queue and dry_run:
            raise CommandError("--queue and --dry-run do not go together")
        progress = sys.stderr.isatty() and not dry_run

        def on_article(outcome: ArticleOutcome) -> None:
            if outcome.state == "failed":
                self.stderr.write(self.style.ERROR(outcome.message))
            elif dry_run:
                self.stdout.write(
                    f"{outcome.name}: would store {outcome.persons_new} new person(s), "
                    f"{outcome.events_new} new event(s), update {outcome.events_updated}"
                )
            if progress:
                sys.stderr.write(f"\r{outcome.name[:60]:<60}")
                sys.stderr.flush()

        if queue:
            summary = ingest_enqueue(paths=paths, force=force)
            for message in summary.failures:
                self.stderr.write(self.style.ERROR(message))
            run = IngestRun.objects.get(uuid=summary.run_id)
            self.stdout.write(
                f"run {summary.run_id}: {run.articles_queued} article(s) queued, {summary.unchanged} unchanged, "
                f"{summary.failed} failed; follow it with: manage.py ingest --status {summary.run_id}"
            )
        else:
            summary = ingest_paths(
                paths=paths, force=force, dry_run=dry_run, batch_size=batch_size, on_article=on_article
            )
            if progress:
                sys.stderr.write("\r" + " " * 60 + "\r")
            self._summary(summary, dry_run)
        if summary.failed:
            raise CommandError(f"{summary.failed} article(s) failed")

    def _summary(self, summary: IngestSummary, dry_run: bool) -> None:
        verb = "would store" if dry_run else "stored"
        self.stdout.write(
            f"{summary.read} article(s) read: {summary.stored} {verb}, {summary.unchanged} unchanged, "
            f"{summary.failed} failed; {summary.persons_new} new person(s), "
            f"{summary.events_new} new event(s), {summary.events_updated} event(s) updated"
            + (f" [run {summary.run_id}]" if summary.run_id else "")
        )

    def _status(self, run_id: str) -> None:
        try:
            run = IngestRun.objects.get(uuid=uuid.UUID(run_id))
        except (ValueError, IngestRun.DoesNotExist) as exc:
            raise CommandError(f"no ingest run {run_id}") from exc
        done = run.articles_stored + run.articles_unchanged + run.articles_failed
        state = run.get_state_display()
        if run.state == IngestRun.State.RUNNING and run.pid:
            last = run.progress_at or run.started_at
            minutes = (timezone.now() - last).total_seconds() / 60
            state += f" (process {run.pid} on {run.host}, last progress {minutes:.0f} min ago)"
        self.stdout.write(
            f"run {run.uuid}: {state}; {run.articles_read} read, {done} done "
            f"({run.articles_stored} stored, {run.articles_unchanged} unchanged, {run.articles_failed} failed); "
            f"{run.persons_new} new person(s), {run.events_new} new event(s), {run.events_updated} updated"
        )
        for message in run.failures:
            self.stdout.write(f"  failed: {message}")
