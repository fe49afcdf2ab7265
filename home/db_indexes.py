"""Indexes on wagtailcore_page: per-language slug columns, and children lookups.

wagtail-modeltranslation adds `slug_fr`, ... with ALTER TABLE after the migrations, so no
migration can index them. Routing (home.translated_page) looks children up by these
columns: without an index each lookup scans every page. After `migrate`, this adds the
columns (the package's own idempotent sync) and then the indexes.
"""

import io

from django.core.management import call_command
from django.db import connections

from .languages import LANGUAGE_CODES


def index_page_table(sender, using="default", **kwargs):
    if using != "default":  # the sync command only knows the default database
        return
    # The command prints its SQL whatever the verbosity: keep `migrate`'s output clean.
    call_command("sync_page_translation_fields", interactive=False, verbosity=0,
                 stdout=io.StringIO())
    with connections[using].cursor() as cursor:
        for language in LANGUAGE_CODES:
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS wagtailcore_page_slug_{language}_idx "
                f"ON wagtailcore_page (slug_{language})"
            )
        # Children of a page (menus, routing): `depth = n AND path BETWEEN ...`. With only
        # the path index, SQLite walks the whole subtree, every article included.
        cursor.execute("CREATE INDEX IF NOT EXISTS wagtailcore_page_depth_path_idx "
                       "ON wagtailcore_page (depth, path)")
