"""Template tags for what every page shows: navigation, language links, footer links, the
slots the apps fill, and dates as readers write them."""

from django import template
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from home.dates import reader_date
from home.extensions import slot_templates
from home.field_language import fallback_language
from home.languages import LANGUAGE_NAMES
from home.models import FooterLinks
from home.translated_page import TranslatedPage

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def page_slot(context, slot):
    """What the feature apps put in `slot` of the page (see home.extensions), rendered
    with the page's own context, as {% include %} would."""
    engine = context.template.engine
    return mark_safe("".join(engine.get_template(name).render(context)  # noqa: S308
                             for name in slot_templates(slot)))


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = _site_root(request)
    current = context.get("page")
    items = []
    if root is not None:
        items = [(gettext("Home"), None, root)] + [
            (child.title, fallback_language(child, "title"), child)
            for child in root.get_children().live().in_menu().public()
        ]
    return {
        "items": [
            {
                "title": title,
                "lang": language,  # set when the title is a fallback (English)
                "url": item.get_url(request),
                "current": current is not None and item.pk == current.pk,
            }
            for title, language, item in items
        ]
    }


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language; outside the page tree, to each home page."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    links = []
    match = request.resolver_match
    own_view = match is not None and match.url_name not in (None, "wagtail_serve")
    for code, name in LANGUAGE_NAMES.items():
        if own_view:  # e.g. the search page, with its query: /fr/recherche/?q=… (or a
            # view that shows a page at its own address, as a journalist's preview does)
            url = translate_url(request.get_full_path(), code)
        elif isinstance(page, TranslatedPage):
            url = page.get_url_in(code, request)
        else:  # an error page: that language's home page
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.simple_tag(takes_context=True)
def footer_links(context):
    request = context["request"]
    links = FooterLinks.for_request(request)
    pages = [
        links.accessibility_page,
        links.privacy_page,
        links.contact_page,
    ]
    return [{"title": p.title, "lang": fallback_language(p, "title"), "url": p.get_url(request)}
            for p in pages if p and p.live]


@register.filter
def long_date(value):
    """9 May 2025, 9 mai 2025, 9 maggio 2025, 9 maj 2025 (see home.dates)."""
    return reader_date(value)


@register.simple_tag(takes_context=True)
def file_url(context, kind, file):
    """The address of a document or image original: its own, unless the view gives
    another in `file_urls` ({(kind, id): url}), as a journalist's preview link does for
    the files of a release still under embargo."""
    override = context.get("file_urls", {}).get((kind, file.pk))
    if override:
        return override
    return file.url if kind == "document" else file.file.url
