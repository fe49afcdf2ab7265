"""`manage.py restore <archive>`: the database and the media of a `backup`, brought back."""

from django.core.management import BaseCommand, CommandError

from home.cache import purge_pages
from operations import archive


class Command(BaseCommand):
    help = ("Replace the database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT with those of a backup. "
            "Stop the site's processes first.")

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--noinput", "--no-input", action="store_false",
                            dest="interactive", help="do not ask for confirmation")

    def handle(self, *args, interactive=True, **options):
        path = options["archive"]
        if interactive:
            answer = input(f"Replace this site's database and media with {path}? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandError("Restore cancelled.")
        try:
            manifest = archive.restore(path)
        except archive.ArchiveError as error:
            raise CommandError(str(error)) from error
        # Pages cached before the restore describe the content it replaced.
        purge_pages()
        self.stdout.write(f"Restored the backup of {manifest['created']}.")
