"""301 redirects when a partner page's address changes in ANY language.

Wagtail's automatic redirects only follow the slug of the language active when the page
is saved. Here the page's `url_path_<lang>` columns are read before the save and compared
after it; every language whose address changed, for the page and its live descendants
(renaming the partners index moves every partner page), gets a permanent redirect from
the old /<lang>/... address. The redirect points at the page, so the middleware answers
with the page's current URL in the language of the request.
"""

from django.urls import reverse
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from home.languages import LANGUAGE_CODES

URL_PATH_FIELDS = [f"url_path_{code}" for code in LANGUAGE_CODES]


def may_change_address(update_fields):
    return update_fields is None or any(
        field.startswith(("slug", "url_path")) for field in update_fields
    )


def remember_addresses(sender, instance, update_fields=None, **kwargs):
    """pre_save: the url_paths still stored in the database, before they change."""
    if instance.pk is None or not may_change_address(update_fields):
        return
    instance._url_paths_before_save = (
        Page.objects.filter(pk=instance.pk).values(*URL_PATH_FIELDS).first()
    )


def redirect_old_addresses(sender, instance, created=False, **kwargs):
    """post_save: descendants still hold their old url_paths (they are updated after this)."""
    before = instance.__dict__.pop("_url_paths_before_save", None)
    if created or not before or not instance.live:
        return
    for language in LANGUAGE_CODES:
        old_prefix = before[f"url_path_{language}"]
        new_prefix = getattr(instance, f"url_path_{language}")
        if not old_prefix or not new_prefix or old_prefix == new_prefix:
            continue
        moves = [(instance, old_prefix, new_prefix)]
        descendants = Page.objects.descendant_of(instance).live().only(
            "pk", f"url_path_{language}")
        for page in descendants:
            old = getattr(page, f"url_path_{language}") or ""
            if old.startswith(old_prefix):
                moves.append((page, old, new_prefix + old[len(old_prefix):]))
        for page, old, new in moves:
            _add_redirect(instance, page, old, new, language)


def _public_path(page, url_path, language):
    """(site id, /<lang>/... path) of `url_path`, or None outside every site."""
    with translation.override(language):
        for root in page._get_site_root_paths():
            if url_path.startswith(root.root_path):
                path = reverse("wagtail_serve", args=(url_path[len(root.root_path):],))
                return root.site_id, Redirect.normalise_path(path)
    return None


def _add_redirect(saved_page, target, old_url_path, new_url_path, language):
    old = _public_path(saved_page, old_url_path, language)
    new = _public_path(saved_page, new_url_path, language)
    if old is None or new is None:
        return
    site_id, old_path = old
    # The new address is a page again: an old redirect from it would never be reached,
    # and would confuse editors in the redirects list.
    Redirect.objects.filter(site_id=site_id, old_path=new[1], automatically_created=True).delete()
    Redirect.objects.update_or_create(
        site_id=site_id, old_path=old_path,
        defaults={"redirect_page_id": target.pk, "redirect_page_route_path": "",
                  "redirect_link": "", "is_permanent": True, "automatically_created": True},
    )
