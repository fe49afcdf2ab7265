"""Template tags of a page's metadata (components/page_meta.html): language alternates,
link previews and schema.org JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home.languages import DEFAULT_LANGUAGE, LOCALES

# The characters json_script escapes, so that data cannot close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

register = template.Library()


@register.simple_tag(takes_context=True)
def page_alternates(context, page):
    """(hreflang, absolute URL) for each language `page` really exists in, plus x-default."""
    request = context["request"]
    alternates = [(code, page.get_url_in(code, request, full=True))
                  for code in page.translated_languages]
    alternates.append(("x-default", page.get_url_in(DEFAULT_LANGUAGE, request, full=True)))
    return alternates


@register.simple_tag
def open_graph_locale(language=None):
    return LOCALES[language or translation.get_language()]


@register.simple_tag(takes_context=True)
def social_card_url(context, page):
    """Absolute URL of a 1200×630 card for link previews: the page's image, else ours."""
    request = context["request"]
    image = page.get_social_image() if hasattr(page, "get_social_image") else None
    if image is None or image.width < 1200 or image.height < 630:  # never upscale a logo
        return request.build_absolute_uri(static("images/social-default.png"))
    return request.build_absolute_uri(image.get_rendition("fill-1200x630|format-jpeg").url)


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """<script type="application/ld+json"> from the page's own data, safely escaped."""
    data = page.get_structured_data(context["request"])
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    return format_html('<script type="application/ld+json">{}</script>',
                       mark_safe(payload.translate(JSON_SCRIPT_ESCAPES)))  # noqa: S308
