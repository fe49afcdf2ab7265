"""What a content change makes stale, for both caches: the one place that decides.

The in-process page cache (home.cache) is emptied whole on every content change. A
caching proxy or CDN (Wagtail's frontend cache, settings.WAGTAILFRONTENDCACHE) is told
which addresses went stale, once the change is committed, so that it fetches the new
page, not the one before:

- a page published, unpublished (expiry included), moved or deleted: its address in each
  language (computed under translation.override: Wagtail's own purge knows one URL per
  page) and that of every page above it (its index, the home page), with the addresses
  each of them serves besides itself (`TranslatedPage.purge_urls`: the news index's feeds
  and embed), the sitemap and the API's lists. The VCL of deploy/varnish/ drops every
  query-string variant of a purged address with it (a list's later pages and filters);
- everything, when what changed shows on every page or changes every address: the site
  chrome (a page of the main menu, a snippet, a site setting, the Site, a view
  restriction) or a page with pages below it moved. Only HTTP backends (Varnish) are
  told "everything", with a BAN of the host; a CDN keeps such pages for at most
  HTTP_CACHE_PROXY_SECONDS.
"""

import logging
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.db import transaction
from django.db.models.signals import post_delete
from django.urls import NoReverseMatch, get_resolver, reverse
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from .cache import purge_pages
from .translated_page import TranslatedPage

logger = logging.getLogger(__name__)
API_NAMESPACE = "wagtailapi"


def api_urls(base, page_id=None):
    """The API's lists (and their details of `page_id`), under the site address `base`."""
    try:
        endpoints = get_resolver().namespace_dict[API_NAMESPACE][1].namespace_dict
    except KeyError:
        return []
    urls = []
    for name in endpoints:
        try:
            urls.append(base + reverse(f"{API_NAMESPACE}:{name}:listing"))
            if page_id is not None:
                urls.append(base + reverse(f"{API_NAMESPACE}:{name}:detail", args=[page_id]))
        except NoReverseMatch:
            continue
    return urls


def stale_urls(page):
    """Every address that shows `page` or lists it, in every language."""
    page = page.specific_deferred
    urls = list(_own_urls(page))
    for ancestor in page.get_ancestors().specific():
        urls += _own_urls(ancestor)
    # The sitemap and the API answer under every site's address.
    for base in {site.root_url for site in Site.objects.all()}:
        urls += [base + reverse("sitemap"), *api_urls(base, page.pk)]
    return list(dict.fromkeys(urls))


def _own_urls(page):
    return page.purge_urls() if isinstance(page, TranslatedPage) else []


def shows_on_every_page(page):
    """A site's root page, or a page of its main menu (a child of the root)."""
    for root in Site.objects.values_list("root_page__path", flat=True):
        if page.path == root or (page.path.startswith(root)
                                 and page.depth == len(root) // Page.steplen + 1):
            return True
    return False


def _frontend_backends():
    return get_backends()


def purge_everything():
    """Ask each HTTP frontend cache (Varnish) to drop every page of every site."""
    hosts = {urlsplit(site.root_url).netloc for site in Site.objects.all()}
    for backend in _frontend_backends().values():
        if not isinstance(backend, HTTPBackend):
            continue
        for host in hosts:
            request = Request(urlunsplit([backend.cache_scheme, backend.cache_netloc, "/",
                                          "", ""]), method="BAN", headers={"Host": host})
            try:
                urlopen(request, timeout=5).close()  # noqa: S310 (the configured LOCATION)
            except OSError as error:
                logger.error("Could not ban %s from the frontend cache: %s", host, error)


def _after_commit(purge):
    """Purge once the change is visible to the server the proxy will ask again."""
    if _frontend_backends():
        transaction.on_commit(purge, robust=True)


def purge_page(page):
    """Both caches, for a page published, unpublished, expired or deleted."""
    purge_pages()
    if shows_on_every_page(page):
        _after_commit(purge_everything)
    else:
        urls = stale_urls(page)
        _after_commit(lambda: purge_urls_from_cache(urls))


# Receivers of the signals connected in home.signal_handlers.

def on_page_published(instance, **kwargs):
    purge_page(instance)


# {page id: its stale addresses before the move}: Wagtail sends the move's two signals
# with two different objects of the page.
_before_move = {}


def on_page_moved_before(instance, **kwargs):
    # Its old addresses: after the move they name nothing, and would stay in the proxy.
    _before_move[instance.pk] = [] if instance.numchild else stale_urls(instance)


def on_page_moved(instance, **kwargs):
    purge_pages()
    before = _before_move.pop(instance.pk, None)
    if not before or shows_on_every_page(instance):
        _after_commit(purge_everything)  # every address below it changed too
    else:
        urls = [*before, *stale_urls(instance)]
        _after_commit(lambda: purge_urls_from_cache(list(dict.fromkeys(urls))))


def shows_on_public_pages(model):
    """Snippets, site settings, the Site and view restrictions show on every page (or
    decide who sees them); a model says `shown_on_public_pages = False` when no page
    shows it (subscribers)."""
    if not getattr(model, "shown_on_public_pages", True):
        return False
    return (model in get_snippet_models() or issubclass(model, BaseSiteSetting)
            or model in (Site, PageViewRestriction))


def on_content_saved(sender, instance, **kwargs):
    """Any other save or delete (home.signal_handlers filters out the bookkeeping)."""
    if not getattr(sender, "shown_on_public_pages", True):
        return
    purge_pages()
    deleted_live_page = (isinstance(instance, Page) and instance.live
                         and kwargs.get("signal") is post_delete)
    if deleted_live_page or shows_on_public_pages(sender):
        _after_commit(purge_everything)
