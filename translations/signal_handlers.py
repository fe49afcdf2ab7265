"""Record each translatable object's English and translations whenever it is saved.

Pages are recorded from what the editor saved: a new revision (the draft a translator
submits counts), or the page row itself when it holds the latest content (a page that is
not live, or live without unpublished changes). A live page saved while a newer draft
waits (publish of an older revision aside) would otherwise record texts older than the
draft's. Snippets are recorded on save, and from their revisions when they keep some.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Revision
from wagtail.signals import post_page_move

from . import reader_notice
from .models import TranslationSource
from .recording import record_object
from .state import section_id, translatable_models

# Set by the edit views (translations.wagtail_hooks) when the editor ticks "No new
# translation needed" under an English change.
KEEP_TRANSLATIONS_ATTRIBUTE = "_translations_keep"


_tracked = []


def _is_tracked(model):
    # Looked up at the first save, not at start-up: snippets registered through a viewset
    # are known only once wagtail.snippets is ready, after this app.
    if not _tracked:
        _tracked.append(frozenset(translatable_models()))
    return model in _tracked[0]


def _keep(obj):
    return bool(getattr(obj, KEEP_TRANSLATIONS_ATTRIBUTE, False))


def record_saved_object(sender, instance, created=False, raw=False, **kwargs):
    if raw or not _is_tracked(sender):
        return
    if isinstance(instance, Page) and instance.live and instance.has_unpublished_changes \
            and not created:
        return  # its revision is recorded instead
    record_object(instance, revision=getattr(instance, "latest_revision", None)
            if isinstance(instance, Page) and not instance.has_unpublished_changes else None,
            keep=_keep(instance))


def record_revision(sender, instance, created=False, raw=False, **kwargs):
    if raw or not created:
        return
    if not _is_tracked(instance.content_type.model_class()):
        return
    saved = instance.content_object  # the very object save_revision() was called on
    record_object(instance.as_object(), revision=instance, keep=_keep(saved))


def forget_deleted_object(sender, instance, **kwargs):
    if not isinstance(instance, Page) and not _is_tracked(sender):
        return
    if isinstance(instance, Page):
        content_type_id = instance.content_type_id
        reader_notice.forget(instance.pk)
    else:
        content_type_id = ContentType.objects.get_for_model(instance).pk
    TranslationSource.objects.filter(content_type_id=content_type_id,
                                     object_id=str(instance.pk)).delete()


def update_sections(sender, instance, **kwargs):
    """A moved page, and every page below it, may now be in another section."""
    for page in instance.get_descendants(inclusive=True):
        TranslationSource.objects.filter(
            content_type_id=page.content_type_id, object_id=str(page.pk),
        ).update(section_id=section_id(page))


def connect():
    post_save.connect(record_saved_object, dispatch_uid="translations-record")
    post_save.connect(record_revision, sender=Revision, dispatch_uid="translations-revision")
    post_delete.connect(forget_deleted_object, dispatch_uid="translations-forget")
    post_page_move.connect(update_sections, dispatch_uid="translations-moved")
