"""The feeds, read by a real feed parser, and their autodiscovery on every page."""

import calendar
import datetime
from urllib.parse import urlsplit

import feedparser
import pytest
from django.utils import translation

from tests.conftest import LANGUAGES
from tests.factories.news import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    make_article,
    news_index,
)
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def release(db):
    """A news section in four languages with two news items and, newest, a press release."""
    index = NewsIndexPageFactory(translated=True)
    for day in (1, 2):
        ArticlePageFactory(parent=index, translated=True, date=datetime.date(2025, 4, day))
    return ArticlePageFactory(parent=index, translated=True, press=True,
                              date=datetime.date(2025, 5, 9))


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_feeds_in_each_language_hold_published_items_with_absolute_urls(
    client, release, language, feed_format
):
    make_article("Draft in progress", publish=False)
    index = news_index()
    with translation.override(language):
        response, feed = parse(client, index.feed_url("all", feed_format))
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == {"rss": "rss20", "atom": "atom10"}[feed_format]
    assert response["Content-Type"].startswith(f"application/{feed_format}+xml")
    assert feed.feed.language == language
    titles = [entry.title for entry in feed.entries]
    assert titles[0] == getattr(release, f"title_{language}")
    assert "Draft in progress" not in titles and "Draft in progress (fr)" not in titles
    assert len(titles) == 3
    first = feed.entries[0]
    assert first.link == release.get_url_in(language, full=True)
    assert first.link.startswith("http://") and f"/{language}/" in first.link
    # Dated 9 May 2025, published later: midnight of its date in Paris (feedparser gives UTC).
    assert calendar.timegm(first.published_parsed) == release.published_at.timestamp()
    assert release.published_at.isoformat() == "2025-05-09T00:00:00+02:00"


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_press_release_feed_has_press_releases_only(client, release, feed_format):
    make_article("Ordinary news", date=datetime.date(2026, 1, 1))
    _response, feed = parse(client, news_index().feed_url("press-releases", feed_format))
    assert [e.title for e in feed.entries] == [release.title_en]


def test_unknown_feed_is_a_404(client, release):
    index_url = news_index().get_url_in("en")
    for path in ("feed/everything/rss/", "feed/all/json/", "feed/all/"):
        assert client.get(index_url + path).status_code == 404


def test_every_page_type_announces_the_feeds(client, home, about, release):
    feeds = news_index().get_url_in("sv") + "feed/"
    for page in (home, about, news_index(), release):
        html = soup(client.get(page.get_url_in("sv")))
        links = html.find_all("link", rel="alternate", type=["application/rss+xml",
                                                               "application/atom+xml"])
        assert len(links) == 4, page
        for link in links:
            assert link["href"].startswith("http://")
            assert urlsplit(link["href"]).path.startswith(feeds)
            assert feedparser.parse(client.get(link["href"]).content).feed.language == "sv"
