"""Create (or reset) the demo curator account and print its credentials."""

from django.core.management.base import BaseCommand

from diplomacy.services import user_create_demo_curator


class Command(BaseCommand):
    help = "Create or reset the demo curator account (for local use only) and print its credentials."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="curator")
        parser.add_argument("--password", default="curator-demo-password")

    def handle(self, *args, username, password, **options):
        user_create_demo_curator(username=username, password=password)
        self.stdout.write(self.style.SUCCESS(f"Demo curator: username {username!r}, password {password!r}"))
        self.stdout.write("Admin: http://127.0.0.1:8000/admin/   API: http://127.0.0.1:8000/api/")
