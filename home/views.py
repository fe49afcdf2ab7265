"""The few views outside Wagtail's page tree: `/` and the error pages."""

from django.conf import settings
from django.http import HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache


@never_cache
def language_redirect(request):
    """`/` → the visitor's language: the language cookie, then Accept-Language, else English.

    Django's parser ignores a malformed Accept-Language header, so it falls back to English.
    """
    language = translation.get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: no context processor, no database.
    language = translation.get_language() or settings.LANGUAGE_CODE
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": language}))
