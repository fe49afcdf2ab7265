"""One place to forget cached pages when something every page shows has changed."""

from django.core.cache import cache


def purge_pages():
    """Forget every cached page, in every language.

    Called when the trial status is published, unpublished or deleted: its banner is on
    every page. For now this clears Django's default cache; page caching of anonymous
    pages will purge its own store here too.
    """
    cache.clear()
