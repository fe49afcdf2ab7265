"""Record the state of every translation (run once after installing the translators' desk
on a site that has content; `load_demo_content` runs it too). Safe to run again."""

from django.core.management import BaseCommand
from django.db import transaction

from translations.recording import record_all


class Command(BaseCommand):
    help = "Record which English each translation of every page and snippet is made from."

    @transaction.atomic
    def handle(self, *args, **options):
        count = record_all()
        self.stdout.write(f"Translations recorded for {count} pages and snippets.")
