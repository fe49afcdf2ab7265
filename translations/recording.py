"""Recording objects: one (on save, by translations.signal_handlers) or all (the
`record_translations` command, after installing this app on a site with content)."""

from wagtail.models import Page

from . import reader_notice
from .state import record, translatable_models


def record_object(obj, revision=None, keep=False):
    source = record(obj, revision=revision, keep_translations=keep)
    if isinstance(obj, Page):
        reader_notice.remember(obj.pk, source)
    return source


def record_all():
    """Record every translatable object as it now is: an object never recorded is taken
    as translated from the English beside it; one recorded keeps its history (a language
    whose texts changed since is taken as saved now). Returns how many were recorded."""
    count = 0
    for model in translatable_models():
        for obj in model._default_manager.all():
            if isinstance(obj, Page) and obj.has_unpublished_changes:
                obj = obj.get_latest_revision_as_object()  # the texts editors work on
            record_object(obj)
            count += 1
    return count
