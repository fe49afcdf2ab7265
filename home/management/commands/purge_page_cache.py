"""Forget every cached page: for a deploy or a restart that changes code or templates,
which no content change announces (the page cache outlives processes)."""

from django.core.management import BaseCommand

from home.cache import purge_pages


class Command(BaseCommand):
    help = "Forget every page and count the page cache holds."

    def handle(self, *args, **options):
        purge_pages()
