"""Django middleware adjusted for a site whose every page has a language prefix."""

from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class PrefixedLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware without its redirect of unprefixed 404s.

    Django would send `/de/` to `/en/de/`; here an unknown language prefix or path is
    a plain 404 in the visitor's language. Only `/` redirects (see home.views).
    """

    def process_response(self, request, response):
        # As Django's own: a page whose address names its language does not vary with the
        # reader's Accept-Language (a caching proxy keeps one copy, not one per header).
        if not translation.get_language_from_path(request.path_info):
            patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class PublicContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """The strict policy of settings.SECURE_CSP for public pages; Wagtail's admin,
    which needs inline scripts and styles, keeps its own protections."""

    def process_response(self, request, response):
        if request.path_info.startswith(("/admin/", "/django-admin/")):
            response._csp_config = {}
        return super().process_response(request, response)
