"""/sitemap.xml with every language a page really exists in, and robots.txt.

Wagtail's own sitemap knows one URL per page; here each translated page is listed once
per language, with its alternates (hreflang) and x-default.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from wagtail.models import Page, Site

from .languages import DEFAULT_LANGUAGE
from .translated_page import languages_of


def page_urls(page, request):
    """{language: absolute URL} of a page, for the languages it exists in."""
    urls = {}
    for language in languages_of(page):
        with translation.override(language):
            url = page.get_full_url(request)
        if url:
            urls[language] = url
    return urls


def sitemap(request):
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
        for page in pages.order_by("path"):
            urls = page_urls(page, request)
            if DEFAULT_LANGUAGE not in urls:
                continue
            alternates = [*urls.items(), ("x-default", urls[DEFAULT_LANGUAGE])]
            lastmod = page.last_published_at
            entries.extend(
                {"loc": url, "lastmod": lastmod, "alternates": alternates}
                for url in urls.values()
            )
    return render(request, "sitemap.xml", {"entries": entries},
                  content_type="application/xml; charset=utf-8")


def robots_txt(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = ["User-agent: *", "Disallow: /admin/", "Allow: /", f"Sitemap: {root}/sitemap.xml"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
