"""The launch copy of the trial's pages, as readers see it: what it says, and what it must
not say (moved here from tests/trial, whose behaviour tests build their own pages)."""

import json

import pytest
from django.utils.text import slugify

from home.models import HomePage, StandardPage
from tests.conftest import LANGUAGES
from tests.helpers import soup
from tests.launch_content import GLOSSARY, TRIAL_PAGE
from trial.models import GlossaryPage, LaySummaryPage, TrialCentre, TrialPage

# The content suite: the launch content itself, loaded for this module.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def section_text(html, anchor):
    return html.find("h2", id=anchor).find_parent("section").get_text(" ", strip=True)


def test_results_say_what_the_sources_say_with_their_uncertainty_and_nothing_more(client):
    summary = LaySummaryPage.objects.get()
    html = soup(client.get(summary.get_url_in("en")))
    results = section_text(html, "overall-results")
    assert "did not show a statistically significant difference in survival" in results
    assert "planned in advance" in results
    assert "About 8 in every 10 participants (about 80%)" in results
    assert "more than 40% lower" in results
    assert "It does not mean that 40 in every 100 people were saved." in results
    page_text = html.select_one("main").get_text(" ", strip=True)
    for forbidden in ("hazard ratio", "HR ", "confidence interval", "95%", "p=", "cure for"):
        assert forbidden not in page_text
    assert "220 people took part" in section_text(html, "who-took-part")
    assert "IL-2LD is not licensed" in section_text(html, "what-the-results-mean")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_launch_glossary_defines_the_terms_of_its_data_file(client, language):
    html = soup(client.get(GlossaryPage.objects.get().get_url_in(language)))
    terms = html.select("dl.glossary__terms dt")
    assert len(terms) == len(GLOSSARY["term"])
    for dt, entry in zip(terms, GLOSSARY["term"], strict=True):
        assert dt.get_text(strip=True) == entry["term"][language]
        assert dt["id"] == slugify(entry["term"]["en"])
        assert dt.find_next_sibling("dd").get_text(" ", strip=True).startswith(
            entry["definition"][language][:40])
    assert {"als", "interleukin-2", "regulatory-t-cells", "riluzole", "placebo", "double-blind",
            "randomised", "cerebrospinal-fluid", "biomarker", "pnfh",
            "hazard-of-death"} <= {dt["id"] for dt in terms}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_launch_lay_summary_uses_the_glossarys_terms(client, language):
    summary = LaySummaryPage.objects.get()
    html = soup(client.get(summary.get_url_in(language)))
    assert len(html.select("main a.glossary-link")) >= 8


def test_the_trial_page_is_the_one_page_about_the_trial(client):
    home, trial = HomePage.objects.get(), TrialPage.objects.get()
    assert not StandardPage.objects.filter(slug_en="about-the-trial").exists()
    assert trial.get_url_in("en") == "/en/about-the-trial/"
    for language in LANGUAGES:
        # The home page's "About the trial" call to action leads to it.
        html = soup(client.get(home.get_url_in(language)))
        assert html.find("a", href=trial.get_url_in(language)) is not None
        # So does the main menu.
        menu = html.select_one("nav.main-menu")
        assert menu.find("a", href=trial.get_url_in(language)) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_launch_trial_page_states_its_facts(client, language):
    trial = TrialPage.objects.get()
    html = soup(client.get(trial.get_url_in(language)))
    assert html.h1.get_text(strip=True) == TRIAL_PAGE["title"][language]
    text = html.select_one("main").get_text(" ", strip=True)
    assert "18" in text and "76" in text  # the age limits
    assert TRIAL_PAGE["sponsor"][language] in text
    assert "633413" in text
    blocks = html.find_all("script", type="application/ld+json")
    data = json.loads(blocks[0].string)
    assert {(i["propertyID"], i["value"]) for i in data["identifier"]} == {
        ("ClinicalTrials.gov", "NCT03039673"), ("EudraCT", "2015-005347-14")}
    assert data["healthCondition"]["name"] == TRIAL_PAGE["condition"][language]
    horizon = data["funding"][0]
    assert horizon["funder"]["name"] == {"en": "European Union: Horizon 2020",
                                         "fr": "Union européenne : Horizon 2020",
                                         "it": "Unione europea: Orizzonte 2020",
                                         "sv": "Europeiska unionen: Horisont 2020"}[language]
    assert horizon["amount"] == {"@type": "MonetaryAmount", "currency": "EUR",
                                 "value": 5980435}


def test_the_launch_centres_are_named_where_known_and_only_counted_where_not(client):
    trial = TrialPage.objects.get()
    html = soup(client.get(trial.get_url_in("en")))
    main = html.select_one("main")
    assert "The trial took place in 17 centres." in main.get_text(" ", strip=True)
    countries = [h.get_text(strip=True) for h in main.select("#centres ~ h3")
                 if "centre" in h.get_text()]
    assert countries == ["United Kingdom: 7 centres", "France: 10 centres"]
    assert "England: 6, Scotland: 1." in main.get_text(" ", strip=True)
    named = [li.get_text(" ", strip=True) for li in main.select("ul.centres li")]
    assert len(named) == 7
    assert "Glasgow (Scotland): Queen Elizabeth University Hospital" in named
    assert sum("London (England)" in item for item in named) == 3
    # No French centre is named: France is only counted.
    unnamed = main.select_one("p.centres-unnamed").get_text(" ", strip=True)
    assert unnamed == ("The names of these 10 centres are not confirmed, so they are not "
                       "listed here.")
    assert not TrialCentre.objects.filter(region="FR").exclude(hospital="").exists()
