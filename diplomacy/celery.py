"""Celery application: ``celery -A diplomacy worker`` runs ingestion tasks."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")

app = Celery("diplomacy")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Celery's Django fixup closes every database connection before and after each task unless
# this is set (then only every N tasks); ``diplomacy.tasks`` closes them by Django's own
# rules instead (CONN_MAX_AGE, broken connections), so DJANGO_CONN_MAX_AGE keeps a worker's
# PostgreSQL connection open across tasks.
app.conf.CELERY_DB_REUSE_MAX = 1000
app.autodiscover_tasks()
