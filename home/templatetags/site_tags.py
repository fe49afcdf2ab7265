"""Template tags for what every page shows: navigation, language links, footer links, the
slots the apps fill, and dates as readers write them."""

from django import template
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from home.cache import cached_until_content_changes
from home.dates import reader_date
from home.extensions import Chrome, slot_templates
from home.field_language import fallback_language
from home.languages import LANGUAGE_NAMES
from home.models import FooterLinks
from home.translated_page import TranslatedPage

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _chrome(request, name, compute):
    """compute()'s result for this language and site, until content changes: the parts
    of every page that would otherwise cost queries on every request."""
    key = f"chrome:{name}:{translation.get_language()}:{request.get_host()}"
    return cached_until_content_changes(key, compute)


@register.simple_tag(takes_context=True)
def page_slot(context, slot):
    """What the feature apps put in `slot` of the page (see home.extensions), rendered
    with the page's own context, as {% include %} would; a Chrome template once per
    language and site."""
    engine = context.template.engine
    request = context.get("request")
    parts = []
    for name in slot_templates(slot):
        def render(name=name):
            return engine.get_template(name).render(context)
        shared = isinstance(name, Chrome) and request is not None
        parts.append(_chrome(request, name, render) if shared else render())
    return mark_safe("".join(parts))  # noqa: S308


def _menu_items(request):
    root = _site_root(request)
    if root is None:
        return []
    pages = [(gettext("Home"), None, root)] + [
        (child.title, fallback_language(child, "title"), child)
        for child in root.get_children().live().in_menu().public()
    ]
    return [{"title": title, "lang": language,  # lang: set when the title is English
             "url": item.get_url(request), "pk": item.pk}
            for title, language, item in pages]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    current_pk = getattr(current, "pk", None)
    return {"items": [{**item, "current": current_pk is not None and item["pk"] == current_pk}
                      for item in _chrome(request, "main_menu", lambda: _menu_items(request))]}


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


def _footer_links(request):
    links = FooterLinks.for_request(request)
    pages = [
        links.accessibility_page,
        links.privacy_page,
        links.contact_page,
    ]
    return [{"title": p.title, "lang": fallback_language(p, "title"), "url": p.get_url(request)}
            for p in pages if p and p.live]


@register.simple_tag(takes_context=True)
def footer_links(context):
    request = context["request"]
    return _chrome(request, "footer_links", lambda: _footer_links(request))


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
