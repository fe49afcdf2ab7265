"""The translations demo-content step: every object recorded, and one page whose English
changed after it was translated, so that the Translations report has something to show.

The content stays that of the data files: the FAQ's English is saved once without its
last block (the French, Italian and Swedish being made from that), then published whole
again. Its translations are then out of date, and the report, the edit view and the
reader's notice show it. Only done when the FAQ has just been made (one revision), so an
editor's work is never touched. (A missing translation needs no staging: the launch
content has a press contact whose name has no translation.)
"""

from django.utils import translation

from home.page_builder import find_child
from home.translated_page import DEFAULT_LANGUAGE

from .recording import record_all
from .signal_handlers import KEEP_TRANSLATIONS_ATTRIBUTE

DEMO_PAGE_SLUG = "frequently-asked-questions"


def load(launch):
    launch.afterwards(lambda: stage_english_change(launch))


def stage_english_change(launch):
    # Run after the other steps' bodies are filled in (home.demo_content.pages).
    record_all()
    page = find_child(launch.home, DEMO_PAGE_SLUG)
    if page is None or page.revisions.count() != 2 or page.has_unpublished_changes:
        return
    with translation.override(DEFAULT_LANGUAGE):
        whole = list(page.body_en.raw_data)
        if len(whole) < 2:
            return
        shorter = page.get_latest_revision_as_object()
        shorter.body_en = whole[:-1]
        setattr(shorter, KEEP_TRANSLATIONS_ATTRIBUTE, True)
        shorter.save_revision()
        again = page.get_latest_revision_as_object()
        again.body_en = whole
        again.save_revision().publish()
