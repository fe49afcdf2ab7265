"""Search ranks a page by the text its own page type names: each type says which of its
translated fields a reader sees first (site search names no app's fields)."""

import pytest
from django.apps import apps
from modeltranslation.translator import translator

from home.translated_page import TranslatedPage
from tests.factories.partners import PartnerPageFactory
from tests.helpers import soup

pytestmark = pytest.mark.factories

PAGE_TYPES = [model for model in apps.get_models() if issubclass(model, TranslatedPage)]


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_each_page_type_names_translated_fields_of_its_own(page_type):
    translated = set(translator.get_options_for_model(page_type).get_field_names())
    assert {"title", "search_description"} <= set(page_type.reader_text_fields)
    assert set(page_type.reader_text_fields) <= translated


def test_a_partner_whose_role_speaks_the_readers_language_comes_first(client, db):
    english_only = PartnerPageFactory(translated=True, role="")
    french = PartnerPageFactory(translated=True, role="")
    english_only.role_en = "Zyxwv biobank coordination"
    french.role_fr = "Coordination des biobanques zyxwv"
    for partner in (english_only, french):
        partner.save_revision().publish()
    results = soup(client.get("/fr/recherche/", {"q": "zyxwv"})).select("main li a")
    titles = [link.get_text(strip=True) for link in results]
    assert titles[:2] == [french.title_fr, english_only.title_fr]
