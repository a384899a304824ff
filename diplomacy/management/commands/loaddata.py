"""loaddata that restores history rows as they are and writes none of its own.

simple_history's many-to-many receiver ignores loaddata's ``raw`` flag; without this, every
restored event with countries would gain a history row dated to the restore.
"""

from django.core.management.commands import loaddata
from django.test.utils import override_settings


class Command(loaddata.Command):
    def handle(self, *fixture_labels, **options):
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            return super().handle(*fixture_labels, **options)
