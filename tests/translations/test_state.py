"""Each translation is missing, out of date or up to date, from what it was made from."""

import pytest

from translations.state import (
    State,
    english_source_of,
    needing_translation,
    state_of,
    states_of,
    translatable_models,
    translated_fields,
)

from .factories import edit, press_contact, standard_page

pytestmark = [pytest.mark.django_db, pytest.mark.factories]
UP, OLD, MISSING = State.UP_TO_DATE, State.OUT_OF_DATE, State.MISSING


def test_the_desk_knows_every_page_type_and_snippet_with_texts():
    names = {model.__name__ for model in translatable_models()}
    assert {"StandardPage", "ArticlePage", "TrialPage", "LaySummaryPage", "PartnerPage",
            "PressContact", "Funder", "TrialStatus"} <= names
    assert "Page" not in names and "TrialCentre" not in names  # inline, with its page
    assert translated_fields(names and next(m for m in translatable_models()
                                             if m.__name__ == "StandardPage")) == [
        "title", "seo_title", "search_description", "intro", "body"]


def test_a_page_translated_with_its_english_is_up_to_date():
    page = standard_page()
    assert states_of(page) == {"fr": UP, "it": UP, "sv": UP}


def test_a_language_without_its_title_and_body_is_missing():
    page = standard_page(languages=("en", "fr"))
    assert states_of(page) == {"fr": UP, "it": MISSING, "sv": MISSING}
    # A title alone does not make a translation: the body is the page's main text.
    page = edit(page, title_it="Pagina")
    assert state_of(page, "it") == MISSING


def test_changing_english_makes_the_others_out_of_date_until_each_is_saved():
    page = standard_page()
    page = edit(page, intro_en="A new English intro")
    assert states_of(page) == {"fr": OLD, "it": OLD, "sv": OLD}
    page = edit(page, intro_fr="Une nouvelle introduction")
    assert states_of(page) == {"fr": UP, "it": OLD, "sv": OLD}
    # What the Italian was made from is the English before the change, for the diff.
    assert english_source_of(page, "it")["intro"].startswith("Intro ")
    assert english_source_of(page, "fr")["intro"] == "A new English intro"


def test_no_new_translation_needed_keeps_up_to_date_ones_up_to_date():
    page = standard_page()
    page = edit(page, intro_en="English changed")  # all three out of date
    page = edit(page, intro_fr="Français", intro_it="Italiano")  # fr, it up to date
    page = edit(page, intro_en="English changed.", keep_translations=True)  # a typo fixed
    assert states_of(page) == {"fr": UP, "it": UP, "sv": OLD}


def test_a_draft_translation_counts_once_saved_as_a_revision():
    page = standard_page()
    page = edit(page, intro_en="English changed")
    draft = page.get_latest_revision_as_object()
    draft.intro_sv = "Svenska"
    draft.save_revision()  # Save draft: not published
    assert state_of(page, "sv") == UP
    assert state_of(page, "fr") == OLD


def test_a_snippet_is_recorded_by_its_fingerprint():
    contact = press_contact(languages=("en", "fr"))
    assert states_of(contact) == {"fr": UP, "it": MISSING, "sv": MISSING}
    contact.role_en = "Head of press"
    contact.save()
    assert state_of(contact, "fr") == OLD
    contact.role_fr = "Responsable presse"
    contact.save()
    assert state_of(contact, "fr") == UP


def test_needing_translation_lists_missing_and_out_of_date_objects_as_themselves():
    fresh = standard_page()
    changed = edit(standard_page(), intro_en="Changed")
    untranslated = press_contact(languages=("en",))
    found = needing_translation("fr")
    assert changed in found and untranslated in found and fresh not in found
    assert type(found[found.index(changed)]).__name__ == "StandardPage"
    assert needing_translation("xx") == []
