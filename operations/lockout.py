"""django-axes' answer to a locked-out sign-in, in the editor's language, and the client
address it counts failures by."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a page (429) that says why and for how long, in the language
    LocaleMiddleware chose for the admin (language cookie, then Accept-Language)."""
    cool_off = get_cool_off(request)
    minutes = round(cool_off.total_seconds() / 60) if cool_off else 0
    return render(request, "operations/locked_out.html", {"minutes": minutes},
                  status=settings.AXES_HTTP_RESPONSE_CODE)


def client_address(request):
    """AXES_CLIENT_IP_CALLABLE: the reader's address. Behind TRUSTED_PROXY_COUNT proxies
    (nginx, Varnish) REMOTE_ADDR is the last proxy's: take the address the outermost
    trusted proxy appended to X-Forwarded-For, which a client cannot forge."""
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in
                 request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if count and len(forwarded) >= count:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")
