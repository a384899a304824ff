"""The numbers on the admin index: what waits for review, and how the last ingests went."""

from __future__ import annotations

from django.db.models import Count

from diplomacy.models import Event, EventKind, IngestRun, ReviewStatus

LATEST_RUNS = 5


def dashboard() -> dict:
    """Counts of events by review status and kind, and the latest ingest runs."""
    rows = Event.objects.order_by().values("kind", "review_status").annotate(n=Count("pk"))
    by_kind = {kind: {"kind": kind, "label": label, "total": 0, "to_review": 0} for kind, label in EventKind.choices}
    by_status = dict.fromkeys(ReviewStatus.values, 0)
    for row in rows:
        by_status[row["review_status"]] = by_status.get(row["review_status"], 0) + row["n"]
        entry = by_kind.setdefault(row["kind"], {"kind": row["kind"], "label": row["kind"], "total": 0, "to_review": 0})
        entry["total"] += row["n"]
        if row["review_status"] == ReviewStatus.EXTRACTED:
            entry["to_review"] += row["n"]
    runs = list(IngestRun.objects.order_by("-started_at")[:LATEST_RUNS])
    return {
        "to_review": by_status[ReviewStatus.EXTRACTED],
        "confirmed": by_status[ReviewStatus.CONFIRMED],
        "rejected": by_status[ReviewStatus.REJECTED],
        "by_kind": [k for k in by_kind.values() if k["total"]],
        "runs": runs,
        "failed_runs": sum(1 for r in runs if r.articles_failed or r.state == IngestRun.State.FAILED),
    }
