"""Counts in the shared cache: how often one email address, or one client, asked lately."""

import hashlib

from django.core.cache import cache


def over_limit(scope, identity, limit, seconds):
    """Count one more request of `identity`; True once more than `limit` came within
    `seconds` (a fixed window starting at the first)."""
    digest = hashlib.sha256(identity.lower().encode()).hexdigest()
    key = f"rate:{scope}:{digest}"
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        count = 1
    return count > limit


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")
