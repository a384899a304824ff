"""Ingestion on Celery workers: the same pipeline, one task per article."""

from __future__ import annotations

import functools
from datetime import date

from celery import shared_task
from celery.signals import task_postrun, task_prerun, worker_init
from django.db import OperationalError, close_old_connections

from diplomacy.extraction.types import Article
from diplomacy.services import article_ingest_queued


@functools.cache
def worker_pipeline():
    """One pipeline (and spaCy model) per worker process."""
    from diplomacy.extraction.pipeline import Pipeline
    from diplomacy.services import known_person_names

    return Pipeline(known_names=known_person_names())


@worker_init.connect
def _load_model(**_) -> None:
    """Loads spaCy when the worker starts, not in its first task (prefork children inherit it)."""
    from diplomacy.extraction.nlp import get_nlp

    get_nlp()


@task_prerun.connect
@task_postrun.connect
def _close_old_connections(sender=None, **_) -> None:
    """Closes database connections past CONN_MAX_AGE or broken, as Django does around a request
    (Celery's own closing is relaxed in ``diplomacy.celery``); an eager task keeps its caller's."""
    if not getattr(getattr(sender, "request", None), "is_eager", False):
        close_old_connections()


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
