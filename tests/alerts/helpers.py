"""Running what the site queued, as the worker does, and reading the links in an email."""

import re

from django.core.management import call_command


def run_worker():
    """The real database worker, in this process: every queued task, then it stops."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def link_in(text, kind):
    return re.search(rf"https?://\S+/{kind}/\S+/", text).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)
