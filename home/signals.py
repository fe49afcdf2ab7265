"""What must happen when the trial's status or its page changes: every page shows them."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, published, unpublished

from .cache import purge_pages


def _purge(sender, **kwargs):
    purge_pages()


def connect():
    from .models import TrialPage, TrialStatus

    for signal in (published, unpublished, post_delete):
        signal.connect(_purge, sender=TrialStatus, dispatch_uid=f"purge-status-{id(signal)}")
    for signal in (page_published, page_unpublished):
        signal.connect(_purge, sender=TrialPage, dispatch_uid=f"purge-trial-{id(signal)}")
