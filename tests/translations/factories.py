"""Pages and snippets in chosen languages, for the translators' desk tests."""

import itertools

from home.models import HomePage, StandardPage
from home.page_builder import add_page
from news.models import PressContact

_serial = itertools.count()


def standard_page(languages=("en", "fr", "it", "sv"), parent=None, publish=True, body=True):
    """A standard page with its title, intro and (unless told) body filled in `languages`."""
    n = next(_serial)
    texts = {
        "title": {code: f"Page {n} [{code}]" for code in languages},
        "slug": {"en": f"translations-test-{n}"},
        "intro": {code: f"Intro {n} [{code}]" for code in languages},
        "body": {code: [("paragraph", f"<p>Body {n} [{code}]</p>")]
                 for code in languages},
    }
    if not body:
        del texts["body"]
    return add_page(parent or HomePage.objects.get(), StandardPage, texts, publish=publish)


def press_contact(languages=("en", "fr", "it", "sv")):
    n = next(_serial)
    contact = PressContact(email=f"press{n}@example.org")
    for code in languages:
        setattr(contact, f"name_{code}", f"Press office {n} [{code}]")
        setattr(contact, f"role_{code}", f"Spokesperson [{code}]")
    contact.save()
    return contact


def edit(page, keep_translations=False, **values):
    """Save a new revision of `page` with `values` ({field_lang: value}), as the editor's
    Save draft does, then publish it."""
    page = page.get_latest_revision_as_object()
    for name, value in values.items():
        setattr(page, name, value)
    if keep_translations:
        page._translations_keep = True
    revision = page.save_revision()
    revision.publish()
    return type(page).objects.get(pk=page.pk)


def bulk_records(count, start=0):
    """`count` recorded articles, written in bulk (as a site with that many would have
    them): a third up to date, a third out of date, a third missing, in every language.
    The report reads only these records, so no article rows are needed behind them."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from news.models import ArticlePage, NewsIndexPage
    from translations.models import Translation, TranslationSource

    content_type = ContentType.objects.get_for_model(ArticlePage)
    section = NewsIndexPage.objects.order_by("path").first()
    now = timezone.now()
    sources = TranslationSource.objects.bulk_create([
        TranslationSource(content_type=content_type, object_id=str(10_000_000 + n),
                          title=f"Bulk article {n:05d}", section=section,
                          fingerprint=f"english-{n}", texts={"title": f"Bulk article {n}"},
                          changed_at=now)
        for n in range(start, start + count)
    ], batch_size=500)
    Translation.objects.bulk_create([
        Translation(source=source, language=language, complete=n % 3 != 2,
                    fingerprint=f"{language}-{n}",
                    made_from_fingerprint=source.fingerprint if n % 3 == 0 else "older",
                    made_from_texts={"title": "Bulk article"}, saved_at=now)
        for n, source in enumerate(sources, start=start) for language in ("fr", "it", "sv")
    ], batch_size=1000)
    return sources
