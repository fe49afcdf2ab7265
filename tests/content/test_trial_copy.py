"""The launch copy of the trial's pages, as readers see it: what it says, and what it must
not say (moved here from tests/trial, whose behaviour tests build their own pages)."""

import pytest
from django.utils.text import slugify

from tests.conftest import LANGUAGES
from tests.helpers import soup
from tests.launch_content import GLOSSARY
from trial.models import GlossaryPage, LaySummaryPage

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
