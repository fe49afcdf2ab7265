"""An article page rendered without the page cache reads at most 6 queries, in every
language: the site chrome (menu, footer, status banner, funders, feed links), the route
and the article's neighbours are kept per language until content changes."""

import datetime

import pytest

from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, make_article
from tests.factories.partners import FunderFactory, PartnerIndexPageFactory
from tests.factories.trial import TrialStatusFactory
from tests.helpers import count_queries, soup

LANGUAGES = ["en", "fr", "it", "sv"]
MAX_QUERIES = 6

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def site_chrome(db):
    """What every page around an article reads: menu pages, the funders of the footer and
    the partners index it links to, the trial's status banner."""
    NewsIndexPageFactory(translated=True, show_in_menus=True)
    StandardPageFactory(title="About ALS/MND", translated=True, show_in_menus=True)
    PartnerIndexPageFactory(translated=True, show_in_menus=True)
    FunderFactory(name="European Union: Horizon 2020", acknowledgement="Grant 633413.",
                  show_eu_emblem=True)
    FunderFactory(name="MND Scotland")
    TrialStatusFactory(translated=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_article_page_reads_at_most_six_queries(client, site_chrome, language):
    older = make_article("Older neighbour", date=datetime.date(2023, 1, 1))
    article = make_article("Measured article")
    url = article.get_url_in(language)
    count_queries(client, url)  # the first reader after a change fills the chrome
    queries = count_queries(client, url)
    assert queries <= MAX_QUERIES, f"{url}: {queries} queries"
    # What the reader sees is all there, from the cache as from the database.
    page = soup(client.get(url))
    assert page.select(".main-menu a") and page.select(".site-footer a")
    assert page.select_one(".status-banner")
    assert page.select_one(f'.article-nav a[href="{older.get_url_in(language)}"]')
