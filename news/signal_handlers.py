"""Keeps each article's copy of its parent page and `live` flag in step with Wagtail.

The news index, its filters, the feeds and the neighbour links read articles through one
composite index on these copies (parent, live, date; see news.listing), so that showing ten
articles reads ten index entries instead of sorting every child of the index
(benchmarks/news_scale.py). Wagtail changes `live` and the tree only by saving the page,
but sometimes as a plain `Page` (expiry, moves), so this listens to saves of both and reads
the truth back from the page table.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from wagtail.models import Page

from .models import ArticlePage


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


def connect():
    # Only saves of a plain Page (expiry, moves) or of an article can change a listing.
    for sender in (Page, ArticlePage):
        post_save.connect(sync_on_save, sender=sender,
                          dispatch_uid=f"news-sync-listing-{sender.__name__}")
