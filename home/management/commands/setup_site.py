"""Create or repair the site's groups, their rights and the approval workflows.

Idempotent: run it after `migrate` on every deployment, and again once new sections exist
(the news index, the partners index). See home/roles.py and settings.SITE_ROLE_MODULES.
"""

from importlib import import_module

from django.conf import settings
from django.core.management import BaseCommand
from django.db import transaction

from home.roles import Grants


class Command(BaseCommand):
    help = ("Create or repair the groups (Editors, Communications, one per partner), their "
            "permissions and the approval workflows.")

    @transaction.atomic
    def handle(self, *args, **options):
        grants = Grants()
        # In the settings' order: later modules build on the groups of earlier ones.
        for module in settings.SITE_ROLE_MODULES:
            import_module(module).setup_roles(grants)
        groups = grants.apply()
        if options["verbosity"] > 1:
            for name in groups:
                self.stdout.write(name)
        if options["verbosity"]:
            self.stdout.write(f"Site set-up done: {len(groups)} groups and their rights.")
