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
