"""Ingestion on Celery workers: the same pipeline, one task per article."""

from __future__ import annotations

import functools
from datetime import date

from celery import shared_task
from django.db import OperationalError

from diplomacy.extraction.types import Article
from diplomacy.services import article_ingest_queued


@functools.cache
def worker_pipeline():
    """One pipeline (and spaCy model) per worker process."""
    from diplomacy.extraction.pipeline import Pipeline
    from diplomacy.services import known_person_names

    return Pipeline(known_names=known_person_names())


def article_to_message(article: Article) -> dict:
    return {
        "name": article.name,
        "text": article.text,
        "published": article.published.isoformat() if article.published else None,
        "title": article.title,
        "url": article.url,
    }


def article_from_message(message: dict) -> Article:
    published = message.get("published")
    return Article(
        name=message["name"],
        text=message["text"],
        published=date.fromisoformat(published) if published else None,
        title=message.get("title") or "",
        url=message.get("url") or "",
    )


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=5,
)
def ingest_article(self, run_id: str, message: dict, force: bool = False) -> str:
    """Extract and store one article; returns its outcome ("stored", "unchanged", "failed")."""
    article = article_from_message(message)
    result = next(iter(worker_pipeline().extract_many([article])))
    return article_ingest_queued(run_id=run_id, result=result, force=force)
