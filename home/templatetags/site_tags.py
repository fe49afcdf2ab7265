"""Template tags for what every page shows: navigation, language links, footer links."""

from babel.dates import format_date
from django import template
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from home.models import FooterLinks
from home.translated_page import DEFAULT_LANGUAGE, TranslatedPage

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = _site_root(request)
    current = context.get("page")
    items = []
    if root is not None:
        items = [(gettext("Home"), root)] + [
            (child.title, child) for child in root.get_children().live().in_menu().public()
        ]
    return {
        "items": [
            {
                "title": title,
                "url": item.get_url(request),
                "current": current is not None and item.pk == current.pk,
            }
            for title, item in items
        ]
    }


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language; outside the page tree, to each home page."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, TranslatedPage):
            url = page.get_url_in(code, request)
        else:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.simple_tag(takes_context=True)
def page_alternates(context, page):
    """(hreflang, absolute URL) for each language `page` really exists in, plus x-default."""
    request = context["request"]
    alternates = [(code, page.get_url_in(code, request, full=True))
                  for code in page.translated_languages]
    alternates.append(("x-default", page.get_url_in(DEFAULT_LANGUAGE, request, full=True)))
    return alternates


@register.simple_tag(takes_context=True)
def footer_links(context):
    request = context["request"]
    links = FooterLinks.for_request(request)
    pages = [
        links.accessibility_page,
        links.privacy_page,
        links.contact_page,
    ]
    return [{"title": p.title, "url": p.get_url(request)} for p in pages if p and p.live]


# CLDR's long date of each language (Babel), e.g. 9 May 2025, 9 mai 2025, 9 maggio 2025,
# 9 maj 2025: Django's own Italian format capitalises the month and pads the day.
BABEL_LOCALES = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "sv": "sv_SE"}


@register.filter
def long_date(value):
    if not value:
        return ""
    locale = BABEL_LOCALES.get(translation.get_language(), "en_GB")
    return format_date(value, format="long", locale=locale)
