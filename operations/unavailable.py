"""The database unreachable: a 503 in the reader's language, with Retry-After, instead of a 500.

Django turns an exception anywhere in the middleware or the view into the response of
handler500, while the exception is still being handled: config.urls points handler500 here,
and a database error becomes a 503 (JSON under /api/), anything else stays the site's 500.
Pages in the page cache never get here: an anonymous reader's cached page is read before
anything touches the database (home.cache).
"""

import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from home import views as home_views

RETRY_AFTER_SECONDS = 60
API_PREFIX = "/api/"


def database_unavailable(request):
    if request.path_info.startswith(API_PREFIX):
        response = JsonResponse(
            {"message": "The service is temporarily unavailable. Try again later."},
            status=503)
    else:
        # The URL's prefix, else the language cookie or Accept-Language (none needs the
        # database); rendered without a request context, so no context processor runs.
        language = (translation.get_language_from_path(request.path_info)
                    or translation.get_language_from_request(request, check_path=False)
                    or settings.LANGUAGE_CODE)
        with translation.override(language):
            body = loader.get_template("503.html").render({"LANGUAGE_CODE": language})
        response = HttpResponse(body, status=503)
        response["Content-Language"] = language
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)  # no proxy may keep the outage
    return response


def server_error(request):
    """handler500: a 503 when the exception being handled is the database's."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        return database_unavailable(request)
    return home_views.server_error(request)
