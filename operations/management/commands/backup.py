"""`manage.py backup`: one archive of the database and the media (operations.archive)."""

import os
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand
from django.utils import timezone

from operations import archive


class Command(BaseCommand):
    help = "Write one .tar.gz of the database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", help="the archive to write (default: BACKUP_DIR/mirocals-<time>.tar.gz)")

    def handle(self, *args, output, **options):
        if output:
            path = Path(output)
        else:
            folder = Path(os.environ.get("BACKUP_DIR", settings.BASE_DIR / "backups"))
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"mirocals-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        archive.write(path)
        self.stdout.write(str(path))
