"""Build translated pages from plain data: used by the demo-content steps and the tests.

Texts come as {"en": ..., "fr": ..., "it": ..., "sv": ...}; a language left out stays
untranslated (the page then shows English under that language's prefix). Pages refer to
each other by key ("faq", "glossary"): in a call to action's `page`, and as `{page:key}`
in rich text, which becomes the page's id.
"""

import json
import re

from django.utils import translation
from wagtail.fields import StreamField

from .content_files import ContentError
from .languages import DEFAULT_LANGUAGE

PAGE_TEXT_FIELDS = ("title", "slug", "seo_title", "search_description")
PAGE_LINK = re.compile(r"\{page:([a-z0-9-]+)\}")


class LaunchContent:
    """What the demo-content steps share: the home page (set by the first step), every
    page by its key, and the work that waits until every step has made its pages (calls to
    action that point at a page another step makes)."""

    def __init__(self):
        self.home = None
        self.pages = {}
        self._afterwards = []

    def afterwards(self, work):
        self._afterwards.append(work)

    def finish(self):
        for work in self._afterwards:
            work()
        self._afterwards.clear()


def texts_of(data, fields):
    """The fields of `data` among `fields`: what a page takes of its data file."""
    return {field: data[field] for field in fields if field in data}


def link_pages(text, pages_by_key):
    """`{page:key}` in rich text -> the id of that page, as Wagtail's page links hold it."""
    def page_id(match):
        page = pages_by_key.get(match.group(1))
        if page is None:
            raise ContentError(f"{match.group(0)}: no page has that key")
        return str(page.pk)

    return PAGE_LINK.sub(page_id, text)


def stream_data(blocks, pages_by_key=None):
    """Turn [(type, value), ...] into StreamField JSON; a call to action names its page by key."""
    pages_by_key = pages_by_key or {}
    data = []
    for block_type, value in blocks:
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "cta":
            block_type = "call_to_action"
            target = pages_by_key.get(value.get("page"))
            if value.get("page") and target is None:
                raise ContentError(f"call to action to {value['page']!r}: no page has that key")
            value = {
                "text": value.get("text", ""),
                "label": value["label"],
                "page": target.pk if target else None,
                "url": value.get("url", ""),
            }
        data.append({"type": block_type, "value": value})
    return json.dumps(data)


def set_translations(page, texts, pages_by_key=None):
    """Copy `texts` onto `page`: {field: {lang: value}} onto the per-language columns,
    {field: value} onto an untranslated field. StreamFields take [(type, value), ...]."""
    for field, values in texts.items():
        if isinstance(values, dict) and DEFAULT_LANGUAGE in values:
            assignments = {f"{field}_{language}": v for language, v in values.items()}
        else:
            assignments = {field: values}
        for name, value in assignments.items():
            if isinstance(page._meta.get_field(name), StreamField):
                value = stream_data(value, pages_by_key)
            elif isinstance(value, str) and pages_by_key is not None:
                value = link_pages(value, pages_by_key)
            setattr(page, name, value)
    return page


def add_page(parent, page_class, texts, publish=True, **attributes):
    """Create a child of `parent` from translated texts, published unless told otherwise."""
    with translation.override(DEFAULT_LANGUAGE):
        page = page_class(**attributes)
        page.live = publish  # a page made without publishing is a draft, never shown
        set_translations(page, texts)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
    page.refresh_from_db()
    return page


def find_child(parent, english_slug):
    return parent.get_children().filter(slug_en=english_slug).specific().first()
