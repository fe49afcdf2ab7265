"""Load the launch content, in four languages, from the data files of each app
(`<app>/content/*.toml`, read by home.content_files). Safe to run again: what exists is
left as it is (editors' changes survive), what is missing is added.

The steps run in the order of settings.DEMO_CONTENT_STEPS; each takes the shared
home.page_builder.LaunchContent (the home page, pages by key, work left for the end).
"""

from django.conf import settings
from django.core.management import BaseCommand, call_command
from django.db import transaction
from django.utils.module_loading import import_string

from home.page_builder import LaunchContent
from home.translated_page import LANGUAGE_CODES


class Command(BaseCommand):
    help = "Create the demo pages (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        # Page rows made by Wagtail's own migrations predate the translation columns.
        call_command("update_translation_fields", verbosity=0)
        launch = LaunchContent()
        for step in settings.DEMO_CONTENT_STEPS:
            import_string(step)(launch)
        launch.finish()
        call_command("set_translation_url_paths", verbosity=0)
        call_command("setup_site", verbosity=0)
        pages = launch.home.get_descendants(inclusive=True).count()
        self.stdout.write(f"Demo content ready: {pages} pages in {', '.join(LANGUAGE_CODES)}.")
