"""A whole-page cache for anonymous readers, emptied whenever any content changes.

Every cached page shares one version number; purging bumps it, so every language's copy
of every page is dropped at once (a trial-status change shows on all pages, an embargoed
release appears in every listing at its go-live minute). Several processes need a shared
cache backend (Redis, or a file cache on one machine) for the purge to reach them all.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache

from .languages import LANGUAGE_CODES

VERSION_KEY = "page-cache-version"
PAGE_CACHE_FALLBACK_SECONDS = 3600
_PREFIXED = re.compile("^/({})/".format("|".join(LANGUAGE_CODES)))


def purge_pages(**_signal_kwargs):
    """Forget every cached page (usable as a signal receiver)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _version():
    return cache.get_or_set(VERSION_KEY, 1, None)


def cached_until_content_changes(key, compute, timeout=PAGE_CACHE_FALLBACK_SECONDS):
    """compute(), kept in the cache until the next content change empties the page cache."""
    return cache.get_or_set(f"{key}:{_version()}", compute, timeout)


def _key(request):
    version = _version()
    digest = hashlib.sha256(
        f"{request.get_host()}|{request.get_full_path()}".encode("utf-8", "surrogatepass")
    ).hexdigest()
    return f"page:{version}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serve public pages to anonymous readers from the cache. Place it after
    AuthenticationMiddleware: a signed-in editor always sees the live database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self.cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if self.cacheable_response(response):
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
