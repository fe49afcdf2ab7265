"""Delete addresses never confirmed within 7 days of asking (run it daily)."""

import datetime

from django.core.management import BaseCommand
from django.utils import timezone

from alerts.links import CONFIRMATION_DAYS
from alerts.models import Subscriber


class Command(BaseCommand):
    help = "Delete alert subscriptions not confirmed within 7 days."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=CONFIRMATION_DAYS)
        count, _ = Subscriber.objects.filter(confirmed_at__isnull=True,
                                             created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {count} unconfirmed subscription(s).")
