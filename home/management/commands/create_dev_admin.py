"""Create the local admin account that `make run` prints. Development only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "mirocals-dev"  # noqa: S105 - printed on purpose; refused outside DEBUG


class Command(BaseCommand):
    help = "Create (once) a superuser admin/mirocals-dev for local development."

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin only runs with DEBUG on (development).")
        User = get_user_model()
        if not User.objects.filter(username=USERNAME).exists():
            User.objects.create_superuser(USERNAME, "admin@example.invalid", PASSWORD)
        self.stdout.write(
            f"Admin: http://127.0.0.1:{options['port']}/admin/  "
            f"user {USERNAME}  password {PASSWORD}  (development only)"
        )
