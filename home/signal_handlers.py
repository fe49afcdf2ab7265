"""Content changes that must empty the page cache: a save or delete of any model, whichever
app keeps it (a new app cannot be forgotten), except the few that no public page shows."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import purge

# Bookkeeping of logins and of the admin: saved on every sign-in, every action logged, and
# every few seconds while an editor keeps a page open, without changing any public page.
NOT_CONTENT = {
    "sessions.session", "auth.user", "wagtailusers.userprofile", "admin.logentry",
    "wagtailcore.pagelogentry", "wagtailcore.modellogentry", "wagtailadmin.editingsession",
}


def purge_on_content_change(sender, **kwargs):
    if sender._meta.label_lower not in NOT_CONTENT:
        purge.on_content_saved(sender, **kwargs)


def connect():
    # Both caches: the page cache and the frontend cache (home.purge).
    for signal in (page_published, page_unpublished):
        signal.connect(purge.on_page_published, dispatch_uid=f"purge-pages-{signal!r}")
    pre_page_move.connect(purge.on_page_moved_before, dispatch_uid="purge-pages-pre-move")
    post_page_move.connect(purge.on_page_moved, dispatch_uid="purge-pages-move")
    post_save.connect(purge_on_content_change, dispatch_uid="purge-pages-save")
    post_delete.connect(purge_on_content_change, dispatch_uid="purge-pages-delete")
