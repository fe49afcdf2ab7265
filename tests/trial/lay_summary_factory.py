"""Lay summaries for the tests, built with the demo content's own helper under a trial page
of their own. Their texts are the launch copy (trial/content/lay-summary.toml), in the
languages asked for: real sentences, with the glossary's terms in them."""

import itertools

from home.content_files import read
from home.models import HomePage
from home.page_builder import add_page, set_translations
from trial.models import LAY_SECTION_FIELDS, GlossaryPage, LaySummaryPage, TrialPage

LANGUAGES = ("en", "fr", "it", "sv")
_serial = itertools.count()


def launch_copy():
    return read("trial", "lay-summary")


def make_lay_summary(languages=LANGUAGES, publish=True, go_live_at=None):
    """A lay summary in `languages`; with `go_live_at` in the future, scheduled (approved
    to go live then) rather than live."""
    number = next(_serial)
    trial = add_page(HomePage.objects.get(), TrialPage,
                     {"title": {"en": f"Trial for a test {number}"},
                      "slug": {"en": f"trial-for-a-test-{number}"}})
    data = launch_copy()
    texts = {field: {language: data[field][language] for language in languages}
             for field in ("title", "intro", "search_description", "change_note",
                           *LAY_SECTION_FIELDS)}
    summary = LaySummaryPage()
    # The copy links to the glossary by key: the glossary the summary's terms link to.
    set_translations(summary, texts, pages_by_key={"glossary": GlossaryPage.with_terms()})
    summary.slug_en = f"summary-for-a-test-{number}"
    summary.live = publish and go_live_at is None
    trial.add_child(instance=summary)
    summary.go_live_at = go_live_at
    revision = summary.save_revision()
    if publish:
        revision.publish()
    summary.refresh_from_db()
    return summary


def publish_again(summary, notes):
    """A new version, with its change note in each language of `notes`."""
    for language, note in notes.items():
        setattr(summary, f"change_note_{language}", note)
    summary.save_revision().publish()
    summary.refresh_from_db()
    return summary
