"""Keeps each article's copy of its parent page and `live` flag in step with Wagtail.

The news index, its filters, the feeds and the neighbour links read articles through one
composite index on these copies (parent, live, date; see news.listing), so that showing ten
articles reads ten index entries instead of sorting every child of the index
(benchmarks/news_scale.py). Wagtail changes `live` and the tree only by saving the page,
but sometimes as a plain `Page` (expiry, moves), so this listens to saves of both and reads
the truth back from the page table.
"""

from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from .models import ArticlePage, ReleasePdf
from .tasks import make_release_pdfs


def sync_listing(page_id):
    """Copy the page's current parent and `live` flag onto its article row."""
    live, path = Page.objects.filter(pk=page_id).values_list("live", "path").get()
    parent_id = (Page.objects.filter(path=path[: -Page.steplen])
                 .values_list("pk", flat=True).first())
    ArticlePage.objects.filter(pk=page_id).update(listed_in=parent_id, listed_live=live)
    return parent_id, live


def sync_on_save(sender, instance, **kwargs):
    if instance.content_type_id != ContentType.objects.get_for_model(ArticlePage).pk:
        return
    parent_id, live = sync_listing(instance.pk)
    if isinstance(instance, ArticlePage):  # keep the saved object itself truthful too
        instance.listed_in_id, instance.listed_live = parent_id, live


def queue_pdfs_on_publish(sender, instance, revision=None, **kwargs):
    """A release went live (published, or by the scheduler): its PDFs from that version."""
    if instance.is_press_release and instance.live_revision_id:
        transaction.on_commit(partial(make_release_pdfs.enqueue, instance.pk,
                                      instance.live_revision_id))


def queue_pdfs_on_schedule(sender, instance, **kwargs):
    """A version approved for a later go-live: its PDFs now, for the preview links, and
    ready to be public at the go-live minute."""
    if (instance.approved_go_live_at is not None and instance.content_type_id
            == ContentType.objects.get_for_model(ArticlePage).pk):
        transaction.on_commit(partial(make_release_pdfs.enqueue, int(instance.object_id),
                                      instance.pk))


def delete_pdf_file(sender, instance, **kwargs):
    if instance.file:
        transaction.on_commit(partial(default_storage.delete, instance.file.name))


def connect():
    page_published.connect(queue_pdfs_on_publish, sender=ArticlePage,
                           dispatch_uid="news-queue-pdfs-publish")
    post_save.connect(queue_pdfs_on_schedule, sender=Revision,
                      dispatch_uid="news-queue-pdfs-schedule")
    post_delete.connect(delete_pdf_file, sender=ReleasePdf, dispatch_uid="news-pdf-file")
    # Only saves of a plain Page (expiry, moves) or of an article can change a listing.
    for sender in (Page, ArticlePage):
        post_save.connect(sync_on_save, sender=sender,
                          dispatch_uid=f"news-sync-listing-{sender.__name__}")
