"""Addresses of the translation files views, for menus and for the Translations report."""

from urllib.parse import urlencode

from django.urls import reverse

from .segments import object_key


def export_url(objects):
    """The export form for these pages or snippets (one file for all)."""
    query = urlencode([("object", object_key(obj)) for obj in objects])
    return f"{reverse('translations_files_export')}?{query}"


def import_url(obj):
    """The upload form for a translated file of this page or snippet."""
    return f"{reverse('translations_files_import')}?{urlencode({'object': object_key(obj)})}"


def pending_export_url(language, file_format="po"):
    """The file of everything missing or out of date in `language`, at once."""
    query = urlencode({"pending": "1", "language": language, "file_format": file_format})
    return f"{reverse('translations_files_export')}?{query}"
