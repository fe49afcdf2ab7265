"""The Wagtail Site of a request, kept until content changes (home.cache).

Wagtail finds it, then its root page, with two queries before serving any page; every
page of the site asks. Wagtail keeps the Site of a request in `request._wagtail_site`
(Site.find_for_request), which this fills from the cache, root page included.
"""

from django.conf import settings
from wagtail.models import Site

from .cache import cached_until_content_changes


def _site_with_root(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page.localized.specific  # noqa: B018 (loaded now, kept with the site)
    return site


class CachedSiteMiddleware:
    """Place it after CommonMiddleware, which refuses hosts not in ALLOWED_HOSTS: only
    those can become cache keys."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in settings.PATHS_WITHOUT_SITE:  # a probe asks for no Site
            return self.get_response(request)
        key = f"site:{request.get_host()}:{request.get_port()}"
        request._wagtail_site = cached_until_content_changes(
            key, lambda: _site_with_root(request))
        return self.get_response(request)
