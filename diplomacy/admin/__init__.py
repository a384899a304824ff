"""The curation admin: review queue, evidence, merges, history.

Configuration only; every write goes through ``diplomacy.curation``.
"""

from diplomacy.admin import events, people, reference  # noqa: F401  (registers the admins)
