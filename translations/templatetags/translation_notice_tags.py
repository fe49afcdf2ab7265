import datetime

from django import template
from django.utils import translation

from home.dates import reader_date
from home.languages import DEFAULT_LANGUAGE

from .. import reader_notice

register = template.Library()


@register.inclusion_tag("translations/out_of_date_notice.html", takes_context=True)
def out_of_date_notice(context):
    """The notice of a page whose translation in the reader's language is out of date."""
    page = context.get("page")
    language = translation.get_language()
    if page is None or language == DEFAULT_LANGUAGE or not context.get("page_is_translated"):
        return {}  # English, or shown in English with base.html's own notice
    updated = reader_notice.updated_on(page, language)
    if not updated:
        return {}
    with translation.override(DEFAULT_LANGUAGE):
        english_url = page.get_url(context.get("request"))
    return {"updated": reader_date(datetime.datetime.fromisoformat(updated)),
            "english_url": english_url}
