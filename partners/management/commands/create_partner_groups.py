"""Create (or repair) one group per partner page; see partners/permissions.py."""

from django.core.management import BaseCommand
from django.db import transaction

from partners.permissions import ensure_partner_groups


class Command(BaseCommand):
    help = "Create one group per partner page, allowed to edit and submit that page only."

    @transaction.atomic
    def handle(self, *args, **options):
        for group in ensure_partner_groups():
            self.stdout.write(group.name)
