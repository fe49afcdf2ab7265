"""What browsers and a caching proxy or CDN may keep of each response (Cache-Control).

Public pages (every language-prefixed page, the sitemap, robots.txt and the API) are
`public` with a short `max-age` for browsers, which nobody can purge, and a long
`s-maxage` for the proxy, which Wagtail's frontend cache purges on every change
(home.purge); `stale-while-revalidate` and `stale-if-error` let the proxy keep serving
while the site renders or is down. Anything personal is `private, no-store`: every
response to a signed-in user (the admin, previews, the userbar), to a POST, and every
response that sets a cookie, uses a CSRF token (forms) or was made private by its view.
Django's ConditionalGetMiddleware, placed before this one, adds the ETag and answers
If-None-Match with 304, for pages from the page cache too.
"""

import re

from django.conf import settings
from django.utils.cache import patch_cache_control

from .languages import LANGUAGE_CODES

PUBLIC_PATHS = re.compile(r"^/(?:(?:{})/|sitemap\.xml$|robots\.txt$|api/v2/)".format(
    "|".join(LANGUAGE_CODES)))
PERSONAL_DIRECTIVES = ("no-cache", "no-store")


def is_personal(request, response):
    user = getattr(request, "user", None)
    own = response.get("Cache-Control", "")
    return (
        request.method not in ("GET", "HEAD")
        or (user is not None and user.is_authenticated)
        or bool(response.cookies)
        or bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        or ("private" in own and any(word in own for word in PERSONAL_DIRECTIVES))
    )


def make_private(response):
    if "Cache-Control" in response:
        del response["Cache-Control"]
    patch_cache_control(response, private=True, no_store=True)


def make_public(response):
    patch_cache_control(
        response, public=True,
        max_age=settings.HTTP_CACHE_MAX_AGE,
        s_maxage=settings.HTTP_CACHE_PROXY_SECONDS,
        stale_while_revalidate=settings.HTTP_CACHE_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.HTTP_CACHE_STALE_IF_ERROR,
    )


class CacheHeadersMiddleware:
    """Place it after ConditionalGetMiddleware (a 304 copies its Cache-Control) and before
    the session, CSRF and authentication middleware (it sees the cookies they set)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personal(request, response):
            make_private(response)
        elif "Cache-Control" in response:
            pass  # the view knows best (a file that may stop being public says "private")
        elif (response.status_code == 200 and not response.streaming
              and PUBLIC_PATHS.match(request.path_info)):
            make_public(response)
        else:
            # Redirects that follow the reader's language, errors, files: not kept, so
            # that a page that appears (an embargo lifted) is never hidden by a stale 404.
            patch_cache_control(response, no_cache=True)
        return response
