"""Content changes that must empty the page cache."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import purge_pages

# Apps whose rows appear on public pages: our content, and Wagtail's pages, sites,
# images, documents and redirects.
CONTENT_APPS = {
    "home", "news", "partners",
    "wagtailcore", "wagtailimages", "wagtaildocs", "wagtailredirects",
}


def purge_on_content_change(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS:
        purge_pages()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_pages, dispatch_uid=f"purge-pages-{signal!r}")
    post_save.connect(purge_on_content_change, dispatch_uid="purge-pages-save")
    post_delete.connect(purge_on_content_change, dispatch_uid="purge-pages-delete")
