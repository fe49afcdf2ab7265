"""A whole-page cache for anonymous readers, emptied whenever any content changes.

Every cached page and count is stored under the current generation, a random token; a
purge draws a new one, so every language's copy of every page is dropped at once (a
trial-status change shows on all pages, an embargoed release appears in every listing at
its go-live minute). A cache that evicts the token (or loses it any other way) gets a
fresh one, never an earlier one: a lost token can only empty the cache, never bring back
a page from before a purge. Only the query strings the site's own links use are cached, so
visitors cannot fill the cache with addresses of their own invention. Every process must
share the cache (config/settings/base.py) for a purge to reach them all.

A request reads the generation once, and each process keeps the entries it last read from
the shared cache in its own memory under their generation (a pickled page or Site costs
more to read back than to look up): a purge in any process still reaches every process at
its next request, since the generation it reads is new.
"""

import hashlib
import pickle
import re
import secrets
import threading
import time
from collections import OrderedDict
from contextvars import ContextVar
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
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


PROCESS_MEMO_ENTRIES = 1000
_MISSING = object()


class _ProcessMemo:
    """The entries this process last read, newest last, each with its expiry time."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # gunicorn may run threads

    def get(self, key):
        with self.lock:
            expires, value = self.entries.get(key, (0, _MISSING))
            if expires < time.monotonic():
                return _MISSING
            self.entries.move_to_end(key)
            return value

    def set(self, key, value, timeout):
        with self.lock:
            self.entries[key] = (time.monotonic() + timeout, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_memo = _ProcessMemo(PROCESS_MEMO_ENTRIES)
# The generation a request read (set by AnonymousPageCacheMiddleware): everything it
# renders is kept under the generation of its start, never under a later one.
_request_scope = ContextVar("page_cache_request_scope", default=None)


def _start_generation():
    generation = secrets.token_hex(16)
    cache.set(GENERATION_KEY, generation, None)
    scope = _request_scope.get()
    if scope is not None:
        scope["generation"] = generation


def _generation():
    scope = _request_scope.get()
    if scope is not None and "generation" in scope:
        return scope["generation"]
    generation = cache.get_or_set(GENERATION_KEY, lambda: secrets.token_hex(16), None)
    if scope is not None:
        scope["generation"] = generation
    return generation


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
    """compute(), kept in the cache until the next content change empties the page cache.
    The value is shared by the requests of a process: never change it."""
    key = f"{key}:{_generation()}"
    value = _memo.get(key)
    if value is _MISSING:
        value = cache.get_or_set(key, compute, timeout)
        _memo.set(key, value, timeout)
    return value


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


_session_store = import_module(settings.SESSION_ENGINE).SessionStore


def _is_anonymous(request):
    """Whether the reader is signed out, read before the session and authentication
    middleware (a cached page is served without them)."""
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return True
    try:
        return SESSION_KEY not in _session_store(session_key)
    except DatabaseError:
        return True  # the database is down: the public copy rather than a 503


class AnonymousPageCacheMiddleware:
    """Serve public pages to anonymous readers from the cache. Place it before the session
    middleware, so a page from the cache costs no more than a static file; everything
    after it runs only when the page is rendered. Every request's generation is read here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scope = _request_scope.set({})
        try:
            return self.serve(request)
        finally:
            _request_scope.reset(scope)

    def serve(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        query = cached_query(request) if seconds and self.cacheable_request(request) else None
        if query is None:
            return self.get_response(request)
        key = _key(request, query)
        # Kept pickled in this process too: each reader gets a response of its own, as from
        # the shared cache (the middleware around this one adds to it).
        pickled = _memo.get(key)
        if pickled is not _MISSING:
            return pickle.loads(pickled)  # noqa: S301 (written by this process)
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            if not self.cacheable_response(response):
                return response
            set_response_etag(response)  # hashed once, not on every answer from the cache
            cache.set(key, response, seconds)
        _memo.set(key, pickle.dumps(response, pickle.HIGHEST_PROTOCOL), seconds)
        return response

    @staticmethod
    def cacheable_request(request):
        return (
            request.method in ("GET", "HEAD")
            and _PREFIXED.match(request.path_info) is not None
            and "messages" not in request.COOKIES  # a message waits for this reader
            and _is_anonymous(request)
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
