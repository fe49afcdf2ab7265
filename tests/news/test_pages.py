"""The news as readers see it: listing, filters, pages, dates in their language."""

import datetime

import pytest
from django.utils import translation

from tests.conftest import LANGUAGES
from tests.factories.news import (
    PAPER_URL,
    make_article,
    make_articles,
    news_index,
    news_with_release,
)
from tests.helpers import soup, translated

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(autouse=True)
def release(db):
    return news_with_release()


RELEASE_DATES = {"en": "9 May 2025", "fr": "9 mai 2025", "it": "9 maggio 2025",
                 "sv": "9 maj 2025"}


def listed_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".article-summary__title a")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_lists_newest_first_with_dates_in_the_readers_language(client, release,
                                                                      language):
    response = client.get(news_index().get_url_in(language))
    assert response.status_code == 200
    titles = listed_titles(response)
    assert titles[0] == getattr(release, f"title_{language}")
    assert len(titles) == 4
    first = soup(response).select_one(".article-summary time")
    assert first["datetime"] == "2025-05-09"
    assert first.get_text(strip=True) == RELEASE_DATES[language]
    # The three items of the earlier website have no known date, and say so.
    assert soup(response).find_all(
        string=translated("Date not known", language))


def test_filter_by_kind_and_year(client, release):
    make_article("A 2024 item", date=datetime.date(2024, 3, 1))
    url = news_index().get_url_in("en")
    assert listed_titles(client.get(url, {"kind": "press"})) == [release.title_en]
    assert release.title_en not in listed_titles(client.get(url, {"kind": "news"}))
    assert listed_titles(client.get(url, {"year": "2024"})) == ["A 2024 item"]
    empty = client.get(url, {"year": "2024", "kind": "press"})
    assert empty.status_code == 200
    message = soup(empty).select_one(".empty-state").get_text(strip=True)
    assert message == "No news matches these choices."
    years = [o["value"] for o in soup(client.get(url)).select("#filter-year option") if o["value"]]
    assert years == ["2025", "2024"]


@pytest.mark.parametrize("query", [
    {"page": "abc"}, {"page": "0"}, {"page": "-1"}, {"page": "99999"}, {"page": "1.5"},
    {"kind": "bogus"}, {"year": "abcd"}, {"year": "99999999"}, {"year": "２０２５"},
    {"year": "0000"},
    {"kind": "<script>"}, {"page": "9" * 400},
])
def test_bad_query_strings_give_a_localised_404(client, query):
    response = client.get(news_index().get_url_in("it"), query)
    assert response.status_code == 404
    assert soup(response).h1.get_text(strip=True) == translated("Page not found", "it")


def test_pagination_keeps_the_filters(client):
    make_articles(12)
    url = news_index().get_url_in("en")
    first = soup(client.get(url, {"kind": "news"}))
    next_link = first.select_one(".pagination a[rel=next]")
    assert next_link["href"] == "?kind=news&page=2"
    second = client.get(url, {"kind": "news", "page": "2"})
    assert second.status_code == 200
    assert len(listed_titles(second)) == 15 - 10  # 12 new + 3 earlier-site items, 10 a page


def test_article_links_to_its_neighbours_and_back_to_the_list(client, release):
    older = make_article("Older", date=datetime.date(2024, 1, 1))
    middle = make_article("Middle", date=datetime.date(2024, 6, 1))
    html = soup(client.get(middle.get_url_in("en")))
    nav = html.select_one("nav.article-nav")
    assert nav.find("a", rel="next")["href"] == older.get_url_in("en")
    assert nav.find("a", rel="prev").get_text() == release.title_en
    assert nav.find("a", href=news_index().get_url_in("en")) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_press_release_shows_dateline_contacts_and_doi(client, release, language):
    html = soup(client.get(release.get_url_in(language)))
    assert html.h1.get_text(strip=True) == getattr(release, f"title_{language}")
    assert html.select_one(".dateline").get_text(strip=True) == "Paris,"
    doi = html.find("a", href=PAPER_URL)
    assert doi["rel"] == ["noopener"]
    assert doi.select_one(".visually-hidden") is not None
    contacts = html.select_one("ul.contacts").get_text(" ", strip=True)
    first, second = release.press_contacts
    assert first.value.email in contacts and second.value.email in contacts
    assert "+44 20 7946 0000" in contacts
    assert html.find("a", href="tel:+442079460000") is not None
    assert html.find(id="notes-heading").get_text() == translated("Notes to editors", language)


def test_home_page_shows_the_latest_items(client, home, release):
    newest = make_article("Fresh news", date=datetime.date(2026, 1, 5))
    html = soup(client.get(home.get_url_in("fr")))
    section = html.select_one("section.latest-news")
    titles = [a.get_text(strip=True) for a in section.select(".article-summary__title a")]
    assert titles[:2] == ["Fresh news (fr)", release.title_fr]
    assert section.find("a", href=newest.get_url_in("fr")) is not None


def test_drafts_are_never_listed(client, home):
    make_article("Secret draft", publish=False)
    for url in (news_index().get_url_in("en"), home.get_url_in("en")):
        assert "Secret draft" not in client.get(url).content.decode()


def test_article_dates_follow_the_language_on_the_article_page(client, release):
    for language in LANGUAGES:
        with translation.override(language):
            html = soup(client.get(release.get_url_in(language)))
        shown = html.select_one(".article__meta time").get_text(strip=True)
        assert shown == RELEASE_DATES[language]
