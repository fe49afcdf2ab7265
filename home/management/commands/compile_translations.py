"""Compile locale/*/LC_MESSAGES/django.po into .mo files with Babel (pure Python), so that
neither `make run` nor `make test` needs GNU gettext. Fuzzy entries are left out, as
msgfmt would; the header's "fuzzy" mark that makemessages writes is ignored, as msgfmt
ignores it."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import BaseCommand


class Command(BaseCommand):
    help = "Compile the interface translations (locale/*/LC_MESSAGES/django.po)."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/django.po")):
                with po_path.open("rb") as po_file:
                    catalog = read_po(po_file, locale=po_path.parent.parent.name)
                with po_path.with_suffix(".mo").open("wb") as mo_file:
                    write_mo(mo_file, catalog, use_fuzzy=False)
                if options["verbosity"] > 1:
                    self.stdout.write(f"compiled {po_path}")
