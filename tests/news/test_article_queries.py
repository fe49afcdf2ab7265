"""An article page rendered without the page cache reads at most 6 queries, in every
language: the site chrome (menu, footer, status banner, funders, feed links), the route
and the article's neighbours are kept per language until content changes."""

import datetime

import pytest

from tests.helpers import count_queries, soup
from tests.news_factories import make_article

LANGUAGES = ["en", "fr", "it", "sv"]
MAX_QUERIES = 6


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_article_page_reads_at_most_six_queries(client, language):
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
