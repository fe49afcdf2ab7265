"""Publish and unpublish scheduled pages every minute: Wagtail's `publish_scheduled` in a
loop, for hosts without cron and for `make run`."""

import logging
import time

from django.core.management import BaseCommand, call_command
from django.db import close_old_connections

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run publish_scheduled every --interval seconds (default 60) until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60)
        parser.add_argument("--runs", type=int, default=None,
                            help="stop after this many runs (default: never)")

    def handle(self, *args, interval, runs, **options):
        done = 0
        while runs is None or done < runs:
            self.run_once()
            done += 1
            if runs is None or done < runs:
                time.sleep(interval - time.time() % interval)

    @staticmethod
    def run_once():
        # A failed run (the database away, a page that cannot be published) must not stop
        # the loop: log it, and the next minute tries again with a fresh connection.
        try:
            call_command("publish_scheduled", verbosity=0)
        except Exception:
            logger.exception("publish_scheduled failed; trying again at the next run")
        finally:
            close_old_connections()
