"""Routing to an article and rendering the index cost the same queries with few or many
articles (wagtail-modeltranslation's own routing loads every child)."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from tests.factories.news import make_articles, news_index
from tests.helpers import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def queries_for(client, url):
    client.get(url)  # warm Wagtail's own caches (site root paths, renditions)
    return count_queries(client, url)


def test_routing_finds_a_child_by_its_translated_slug_in_sql(client):
    article = make_articles(3)[0]
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.get_url_in("sv")).status_code == 200
    # The article has no Swedish slug: routing falls back to its English one, in SQL.
    assert any(f"'{article.slug_en}'" in q["sql"] for q in queries), (
        "no query looks the article up by its slug: routing loaded every child")


def test_index_and_article_queries_do_not_grow_with_the_number_of_articles(client):
    few = make_articles(3)
    index_url = news_index().get_url_in("fr")
    article_url = few[1].get_url_in("fr")
    counts_few = (queries_for(client, index_url), queries_for(client, article_url),
                  queries_for(client, index_url + "?page=1&kind=news"))
    make_articles(40)
    counts_many = (queries_for(client, index_url), queries_for(client, article_url),
                   queries_for(client, index_url + "?page=1&kind=news"))
    assert counts_many == counts_few


def sqlite_work(client, url):
    """The work SQLite does to render `url`, in hundreds of its virtual machine's steps:
    unlike a time, it does not depend on how busy the machine is."""
    steps = 0

    def count_step():
        nonlocal steps
        steps += 1
        return 0  # go on

    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get(url)  # warm the smaller caches, as on a running site
        raw = connection.connection
        raw.set_progress_handler(count_step, 100)
        try:
            assert client.get(url).status_code == 200
        finally:
            raw.set_progress_handler(None, 100)
    return steps


@pytest.mark.skipif(connection.vendor != "sqlite", reason="counts SQLite's own steps")
def test_database_work_does_not_grow_with_the_number_of_articles(client):
    """Reading ten articles must not mean sorting or scanning all of them: with 25 times
    more articles the database does about the same work for every news page."""
    articles = make_articles(12)  # more than a page, so both lists show ten items
    index_url = news_index().get_url_in("fr")
    urls = [index_url, index_url + "?kind=news", index_url + "?year=2020",
            articles[5].get_url_in("fr")]
    few = {url: sqlite_work(client, url) for url in urls}
    make_articles(300)
    many = {url: sqlite_work(client, url) for url in urls}
    for url in urls:
        assert many[url] <= few[url] * 1.1 + 2, (url, few[url], many[url])


def test_a_cached_page_costs_no_query(client):
    url = news_index().get_url_in("it")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) == 0
