"""Every page of the launch content answers in all four languages, with the text of its
data file in the reader's language."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page, Revision

from home.content_files import read
from home.models import HomePage
from home.translated_page import languages_of
from tests.conftest import LANGUAGES
from tests.helpers import soup
from tests.launch_content import (
    ARTICLES,
    GLOSSARY,
    HOME,
    LAY_SUMMARY,
    NEWS_INDEX,
    PAGES,
    PARTNERS,
    PARTNERS_INDEX,
    QUESTION_PAGE,
    TRIAL_PAGE,
)

# The content suite: the launch content itself, loaded for this module.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

STATUS = read("trial", "status")

DATA_PAGES = [HOME, *PAGES, TRIAL_PAGE, LAY_SUMMARY, GLOSSARY, NEWS_INDEX, *ARTICLES.values(),
              PARTNERS_INDEX, *PARTNERS, QUESTION_PAGE]


def test_every_page_of_a_data_file_exists_in_all_four_languages():
    pages = Page.objects.live().descendant_of(HomePage.objects.get(), inclusive=True)
    titles = {page.title_en: page for page in pages}
    assert sorted(titles) == sorted(spec["title"]["en"] for spec in DATA_PAGES)
    for spec in DATA_PAGES:
        page = titles[spec["title"]["en"]]
        assert languages_of(page) == LANGUAGES
        for language in LANGUAGES:
            assert getattr(page, f"title_{language}") == spec["title"][language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_renders_in_each_language(client, language):
    home = HomePage.objects.get()
    pages = Page.objects.live().descendant_of(home, inclusive=True).specific()
    for page in pages:
        response = client.get(page.get_url_in(language))
        assert response.status_code == 200, (page, language)
        html = soup(response)
        assert html.html["lang"] == language
        title = getattr(page, f"title_{language}")
        assert html.title.get_text().startswith(f"{page.seo_title or title} – "), (page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_banner_writes_the_results_date_fact_as_the_reader_does(client, language):
    """status.toml says {results.published}; facts.toml holds 2025-05-09."""
    date = {"en": "9 May 2025", "fr": "9 mai 2025", "it": "9 maggio 2025",
            "sv": "9 maj 2025"}[language]
    assert date in STATUS["banner_text"][language]
    page = soup(client.get(HomePage.objects.get().get_url_in(language)))
    banner = page.select_one("section.status-banner").get_text(" ", strip=True)
    assert STATUS["banner_text"][language] in banner


def test_the_home_pages_data_names_the_launch_sponsor(client):
    # Moved from tests/home/test_metadata.py, which now builds its own trial page.
    html = soup(client.get(HomePage.objects.get().get_url_in("fr")))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert "Nîmes" in data["sponsor"]["name"]


def test_every_revision_of_the_launch_pages_can_be_viewed(admin_client):
    # Moved from tests/home/test_admin_revisions.py, which builds its own pages.
    for page in Page.objects.filter(depth__gt=1).specific():
        for revision in Revision.page_revisions.filter(object_id=str(page.pk)):
            url = reverse("wagtailadmin_pages:revisions_view", args=(page.pk, revision.pk))
            assert admin_client.get(url).status_code == 200, (page, url)
