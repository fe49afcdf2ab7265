"""What must happen when the trial's status or its page changes: every page shows them
(the status banner links to the trial page), so every cached page is forgotten."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, published, unpublished

from .cache import purge_pages


def _purge(sender, **kwargs):
    purge_pages()


def connect():
    from .models import TrialPage, TrialStatus

    published.connect(_purge, sender=TrialStatus, dispatch_uid="home-status-published")
    unpublished.connect(_purge, sender=TrialStatus, dispatch_uid="home-status-unpublished")
    post_delete.connect(_purge, sender=TrialStatus, dispatch_uid="home-status-deleted")
    page_published.connect(_purge, sender=TrialPage, dispatch_uid="home-trial-published")
    page_unpublished.connect(_purge, sender=TrialPage, dispatch_uid="home-trial-unpublished")
