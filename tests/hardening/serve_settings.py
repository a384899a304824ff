"""The production settings with static files collected into a temporary directory (for the
gunicorn test only; everything else is ``diplomacy.settings`` unchanged)."""

import os

from diplomacy.settings import *  # noqa: F403

STATIC_ROOT = os.environ["HARDENING_STATIC_ROOT"]
