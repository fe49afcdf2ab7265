"""A whole-page cache for anonymous readers, emptied whenever any content changes.

Every cached page and count is stored under the current generation, a random token; a
purge draws a new one, so every language's copy of every page is dropped at once (a
trial-status change shows on all pages, an embargoed release appears in every listing at
its go-live minute). A cache that evicts the token (or loses it any other way) gets a
fresh one, never an earlier one: a lost token can only empty the cache, never bring back
a page from before a purge. Only the query strings the site's own links use are cached, so
visitors cannot fill the cache with addresses of their own invention. Every process must
share the cache (config/settings/base.py) for a purge to reach them all.
"""

import hashlib
import re
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils.cache import set_response_etag

from .languages import LANGUAGE_CODES

GENERATION_KEY = "page-cache-generation"
PAGE_CACHE_FALLBACK_SECONDS = 3600
_PREFIXED = re.compile("^/({})/".format("|".join(LANGUAGE_CODES)))

# The query parameters public pages read, and the values their links use. A page asked
# for with any other parameter (a search's q, a made-up one) or value is served, not kept.
# A well-formed value that matches nothing (a kind, a page past the last) is a 404, which
# is never cached either.
MAX_QUERY_STRING = 100
CACHED_QUERY_VALUES = {
    "page": re.compile(r"[1-9][0-9]{0,3}"),  # a page of a list
    "kind": re.compile(r"[a-z]{0,12}"),  # news: news or press
    "year": re.compile(r"(?:19|20)[0-9]{2}|"),  # news: a year of the filter
    "count": re.compile(r"[1-9]|1[0-9]|20"),  # embed: 1 to 20 items
    "country": re.compile(r"[a-z]{2}|"),  # partners: an ISO country code
    "type": re.compile(r"[a-z-]{0,32}"),  # partners: a type of partner
}


def _start_generation():
    cache.set(GENERATION_KEY, secrets.token_hex(16), None)


def _generation():
    return cache.get_or_set(GENERATION_KEY, lambda: secrets.token_hex(16), None)


def _purge_pending_on_commit():
    return any(callback is _start_generation for _ids, callback, _robust
               in connection.run_on_commit)


def purge_pages(**_signal_kwargs):
    """Forget every cached page and count (usable as a signal receiver).

    At once, and again when the change commits: until then another process still reads
    the rows of before, and could store what it renders from them under the new generation.
    """
    _start_generation()
    if connection.in_atomic_block and not _purge_pending_on_commit():
        transaction.on_commit(_start_generation)


def cached_until_content_changes(key, compute, timeout=PAGE_CACHE_FALLBACK_SECONDS):
    """compute(), kept in the cache until the next content change empties the page cache."""
    return cache.get_or_set(f"{key}:{_generation()}", compute, timeout)


def cached_query(request):
    """The request's query parameters, sorted, if they are ones the site's pages link to;
    None if the page must not be kept."""
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return None
    query = []
    for name, values in request.GET.lists():
        pattern = CACHED_QUERY_VALUES.get(name)
        if pattern is None or len(values) != 1 or not pattern.fullmatch(values[0]):
            return None
        query.append((name, values[0]))
    return sorted(query)


def _key(request, query):
    address = f"{request.get_host()}|{request.path}|{urlencode(query)}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()
    return f"page:{_generation()}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serve public pages to anonymous readers from the cache. Place it after
    AuthenticationMiddleware: a signed-in editor always sees the live database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        query = cached_query(request) if seconds and self.cacheable_request(request) else None
        if query is None:
            return self.get_response(request)
        key = _key(request, query)
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if self.cacheable_response(response):
            set_response_etag(response)  # hashed once, not on every answer from the cache
            cache.set(key, response, seconds)
        return response

    @staticmethod
    def cacheable_request(request):
        return (
            request.method in ("GET", "HEAD")
            and _PREFIXED.match(request.path_info) is not None
            and not request.user.is_authenticated
        )

    @staticmethod
    def cacheable_response(response):
        # A page that sets a cookie (a CSRF token, a message) is personal: never shared.
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-cache" not in response.get("Cache-Control", "")
        )
