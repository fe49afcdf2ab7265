"""Probes for a load balancer: /healthz says the process answers, /readyz whether this host
can serve pages that are not cached (its database) and whether its shared cache works."""

import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

PROBE_KEY = "readyz-probe"


@never_cache
def healthz(request):
    """Liveness: touches neither the database nor the cache, so a database outage does not
    make a load balancer restart processes that still serve cached pages."""
    return JsonResponse({"status": "ok"})


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        # A dead persistent connection would fail every later request of this worker.
        connection.close_if_unusable_or_obsolete()
        return False


def cache_ok():
    # The Redis cache ignores its errors (config/settings/base.py): a lost write is the
    # only sign of an outage, so write a fresh value and read it back.
    token = secrets.token_hex(8)
    cache.set(PROBE_KEY, token, 30)
    return cache.get(PROBE_KEY) == token


@never_cache
def readyz(request):
    """Readiness: 503 when the database is unreachable (this host can only serve cached
    pages). A cache outage is reported but keeps the host ready: pages then come from the
    database, slower, and taking every host out would stop the site altogether."""
    database, shared_cache = database_ok(), cache_ok()
    body = {
        "status": "ready" if database else "unavailable",
        "database": "ok" if database else "unavailable",
        "cache": "ok" if shared_cache else "unavailable",
    }
    return JsonResponse(body, status=200 if database else 503)
