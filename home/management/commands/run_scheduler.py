"""Publish and unpublish scheduled pages every minute: Wagtail's `publish_scheduled` in a
loop, for hosts without cron and for `make run`."""

import time

from django.core.management import BaseCommand, call_command


class Command(BaseCommand):
    help = "Run publish_scheduled every --interval seconds (default 60) until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60)

    def handle(self, *args, interval, **options):
        while True:
            call_command("publish_scheduled", verbosity=0)
            time.sleep(interval - time.time() % interval)
