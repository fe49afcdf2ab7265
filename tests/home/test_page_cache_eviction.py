"""The page cache when it is full: production's file cache evicts a random third of its
entries, whichever they are. Whatever it evicts, a purge must never be undone, and a
visitor's made-up addresses must not fill it."""

import datetime
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from news.choices import Kind
from tests.conftest import LANGUAGES
from tests.factories.news import NewsIndexPageFactory, make_article, news_index

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

# Each round withdraws a few cached articles and floods a cache of ten entries. Eviction
# is random: with a purge counter that restarts, 12 rounds of 16 brought an article back,
# so four rounds miss it about once in 250 runs.
ROUNDS = 4
ARTICLES = 4  # per round: half unpublished, half given a password
FLOOD = 8


@pytest.fixture(autouse=True)
def news(db):
    """The news section at the addresses the tests ask for (/en/news/, /fr/actualites/)."""
    return NewsIndexPageFactory(slug="news", slug_fr="actualites", slug_it="notizie",
                                slug_sv="nyheter")


@contextmanager
def file_cache(location, max_entries):
    """Production's file cache, made small so that a few dozen pages fill it."""
    with override_settings(CACHES={"default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(location),
        "OPTIONS": {"MAX_ENTRIES": max_entries},
    }}):
        yield location


def flood_addresses():
    """Distinct anonymous requests: the embed's options in every language, as the site's
    own links make them, and searches, as anyone can type them."""
    index = news_index()
    embeds = [index.get_url_in(language) + f"embed/?count={count}&kind={kind}"
              for count in range(1, 21) for kind in ("", "news", "press")
              for language in LANGUAGES]
    for n, embed in enumerate(embeds):
        yield embed
        if n % 2:
            yield f"/en/search/?q=flood{n}"


def withdraw(article, how):
    if how == "unpublished":
        article.unpublish()
    else:
        PageViewRestriction.objects.create(page=article, restriction_type="password",
                                           password="members-only")


def what_readers_get(client, article):
    response = client.get(article.get_url_in("en"))
    if f"Summary of {article.title_en}" in response.content.decode():
        return "the article"
    return response.status_code


def test_withdrawn_articles_stay_withdrawn_however_full_the_cache_gets(client, tmp_path):
    """Cached articles are withdrawn, then a small cache is filled past its limit: it
    evicts what it will, the mark of the latest purge among the rest, and no purge may be
    undone by that. Readers are checked after every request of the flood."""
    for round_number in range(ROUNDS):
        articles = {
            make_article(f"Findings {round_number}-{n}"): ("unpublished", "password")[n % 2]
            for n in range(ARTICLES)
        }
        # A reader gets a 404 for an unpublished article, the password form for the other.
        withdrawn = {f"{how} {article.pk}": 404 if how == "unpublished" else 200
                     for article, how in articles.items()}
        with file_cache(tmp_path / str(round_number), max_entries=10):
            for article in articles:  # cached, as readers saw them
                assert what_readers_get(client, article) == "the article"
            for article, how in articles.items():
                withdraw(article, how)
            addresses = flood_addresses()
            for _request in range(FLOOD):
                assert client.get(next(addresses)).status_code == 200
                seen = {f"{how} {article.pk}": what_readers_get(client, article)
                        for article, how in articles.items()}
                assert seen == withdrawn, f"round {round_number}"


def test_made_up_addresses_are_served_but_not_kept(client, tmp_path):
    with file_cache(tmp_path, max_entries=1000):
        client.get("/en/news/")
        kept = len(list(tmp_path.iterdir()))
        for n in range(10):
            for address in (f"/en/search/?q=Lancet{n}", f"/en/news/?utm_source={n}",
                            f"/en/news/?page=1&q={n}", f"/en/news/?year={'2' * (n + 5)}",
                            f"/en/news/?page=1&page=2&n={n}"):
                assert client.get(address).status_code in (200, 404)
        assert len(list(tmp_path.iterdir())) == kept


def test_the_lists_the_site_links_to_are_still_cached(client, tmp_path):
    # Something in each list asked for: a press release of 2025 and a news item.
    make_article("Results published", date=datetime.date(2025, 5, 9), kind=Kind.PRESS)
    make_article("A new centre opens", date=datetime.date(2024, 3, 1))
    with file_cache(tmp_path, max_entries=1000):
        for address in ("/en/news/?kind=press&year=2025", "/en/news/?page=1",
                        "/en/news/embed/?count=3", "/fr/actualites/?kind=news"):
            assert client.get(address).status_code == 200
            with CaptureQueriesContext(connection) as queries:
                assert client.get(address).status_code == 200
            assert len(queries) == 0, address
        # The same filters in another order are the same page.
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/news/?year=2025&kind=press").status_code == 200
        assert len(queries) == 0
