"""The trial's own pages mark text shown in English for want of a translation, as every
list does (tests/home/test_language_marks.py): a glossary term and its definition, a
centre's city, and the trial page's sections."""

import pytest
from django.utils import translation

from tests.factories.trial import GlossaryPageFactory, GlossaryTermFactory, TrialPageFactory
from tests.helpers import soup
from trial.models import GlossaryTerm, TrialCentre

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def marks(element):
    return [tag.get("lang") for tag in [element, *element.parents] if tag.get("lang")]


def page_in(client, page, language):
    with translation.override(language):
        return soup(client.get(page.url))


@pytest.mark.parametrize("language", ["fr", "sv"])
def test_a_glossary_term_known_only_in_english_is_marked_english(client, language):
    glossary = GlossaryPageFactory(translated=True)
    GlossaryTermFactory(page=glossary, sort_order=0, term="Placebo", term_fr="Placebo (fr)",
                        term_sv="Placebo (sv)", definition="A dummy medicine.",
                        definition_fr="Un faux médicament.", definition_sv="Ett låtsasläkemedel.")
    GlossaryTerm.objects.create(page=glossary, sort_order=999, term_en="Zygote",
                                definition_en="Known only in English.")
    html = page_in(client, glossary, language)
    term = html.find("dt", string="Zygote")
    assert marks(term)[0] == "en"
    assert marks(html.find(string="Known only in English.").parent)[0] == "en"
    # A translated term carries no mark of its own: it is in the page's language.
    translated = html.find("dt")
    assert translated.get_text(strip=True) != "Zygote"
    assert marks(translated) == [language]


@pytest.mark.parametrize("language", ["it", "sv"])
def test_a_city_and_a_section_known_only_in_english_are_marked_english(client, language):
    trial = TrialPageFactory(translated=True, eligibility_it="<p>Adulti.</p>",
                             eligibility_sv="<p>Vuxna.</p>")
    TrialCentre.objects.create(page=trial, sort_order=999, region="GB-ENG", number=1,
                               hospital="A hospital", city_en="Nowhereton")
    trial.eligibility_en = "<p>Only in English.</p>"
    setattr(trial, f"eligibility_{language}", "")
    trial.save_revision().publish()
    html = page_in(client, trial, language)
    assert marks(html.find("strong", string="Nowhereton"))[0] == "en"
    assert marks(html.find(string="Only in English.").parent)[0] == "en"
