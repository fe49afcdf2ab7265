"""Template tags of the trial's pages: the status banner every page shows, and JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.models import TrialStatus
from home.translated_page import DEFAULT_LANGUAGE

register = template.Library()

# As Django's json_script: nothing in the data can close the <script> element.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.inclusion_tag("home/includes/status_banner.html", takes_context=True)
def trial_status_banner(context):
    """The published trial status, in one query."""
    request = context.get("request")
    status = (TrialStatus.objects.filter(live=True).select_related("more_page")
              .order_by("pk").first())
    if status is None:
        return {"status": None}
    language = get_language()
    more = status.more_page
    current = context.get("page")
    show_link = (more is not None and more.live
                 and not (current is not None and current.pk == more.pk))
    return {
        "status": status,
        "LANGUAGE_CODE": language,
        # An empty translation falls back to English: say so to screen readers.
        "banner_language": (language if getattr(status, f"banner_text_{language}", "")
                            else DEFAULT_LANGUAGE),
        "more_url": more.get_url(request) if show_link else "",
        "more_title": more.title if show_link else "",
    }


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """`data` as a schema.org JSON-LD block, serialised in Python, safe inside <script>."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json" nonce="{}">{}</script>',
                       context.get("csp_nonce", ""), mark_safe(text))
