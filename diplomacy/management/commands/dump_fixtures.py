"""Write fixtures that load into any database (see diplomacy/fixtures.py and `make fixtures`)."""

from django.core.management.base import BaseCommand, CommandError

from diplomacy.fixtures import dump_countries, dump_data, stabilize_ids


class Command(BaseCommand):
    help = (
        "Write the countries and the data (people, offices, events, articles, evidence) as JSON "
        "fixtures with natural keys, for `manage.py loaddata`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--countries", metavar="PATH", help="Write the countries here.")
        parser.add_argument("--data", metavar="PATH", help="Write everything else here.")
        parser.add_argument(
            "--stable-ids",
            action="store_true",
            help="First derive every UUID from the record's content and fix the timestamps. "
            "Changes the database: for a scratch database only.",
        )

    def handle(self, *args, countries, data, stable_ids, **options):
        if not countries and not data:
            raise CommandError("nothing to write: give --countries PATH and/or --data PATH")
        if stable_ids:
            stabilize_ids()
        for path, dump in ((countries, dump_countries), (data, dump_data)):
            if not path:
                continue
            try:
                with open(path, "w", encoding="utf-8") as fh:
                    count = dump(fh)
            except OSError as exc:
                raise CommandError(f"{path}: cannot write: {exc.strerror or exc}") from exc
            self.stdout.write(f"{path}: {count} record(s)")
