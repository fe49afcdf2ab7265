"""What a reader of an out-of-date translation is told: the date the English changed.

Kept in the cache per page, written when the page is recorded (translations.signal_handlers)
and read by the page's notice slot, so that serving a page adds no database query; a cache
that lost the entry reads it back with one query.
"""

from django.core.cache import cache
from django.db import connection, transaction

from .models import Translation, TranslationSource

NOTICE_SECONDS = 7 * 24 * 3600


def _key(page_id):
    return f"translations:notice:{page_id}"


def _out_of_date(source_id):
    """{language: ISO moment the English changed} for each out-of-date language."""
    rows = (Translation.objects.filter(source_id=source_id, complete=True)
            .select_related("source")
            .values_list("language", "made_from_fingerprint", "source__fingerprint",
                         "source__changed_at"))
    return {language: changed_at.isoformat()
            for language, made_from, english, changed_at in rows if made_from != english}


def remember(page_id, source):
    notice = _out_of_date(source.pk)
    cache.set(_key(page_id), notice, NOTICE_SECONDS)
    if connection.in_atomic_block:  # another process may read the old rows until commit
        transaction.on_commit(lambda: cache.set(_key(page_id), notice, NOTICE_SECONDS))


def forget(page_id):
    cache.delete(_key(page_id))


def updated_on(page, language):
    """When the English of `page` changed, if its `language` translation is out of date
    (an ISO moment), else None."""
    notice = cache.get(_key(page.pk))
    if notice is None:
        source = (TranslationSource.objects.filter(content_type_id=page.content_type_id,
                                                   object_id=str(page.pk))
                  .values_list("pk", flat=True).first())
        notice = _out_of_date(source) if source else {}
        cache.set(_key(page.pk), notice, NOTICE_SECONDS)
    return notice.get(language)
