"""Mark a value shown in another language than the page's: {{ article|lang_attr:"title" }}
gives ` lang="en"` when the article has no title in the reader's language (see
home.field_language), and nothing otherwise."""

from django import template
from django.utils.html import format_html

from home.field_language import fallback_language

register = template.Library()


@register.filter
def lang_attr(obj, field):
    """The lang attribute of `obj.<field>` for the element that shows it: empty unless the
    value is a fallback (or `field` is empty, as for a description from no field)."""
    language = fallback_language(obj, field) if obj is not None and field else None
    return format_html(' lang="{}"', language) if language else ""
