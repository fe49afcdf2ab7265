"""Readers find pages: the search page in each language, the sitemap and robots.txt."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from tests.conftest import LANGUAGES
from tests.factories.home import StandardPageFactory
from tests.factories.news import make_article, press_release
from tests.helpers import soup, translated

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def search_url(language):
    with translation.override(language):
        return reverse("search")


def result_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".search-results__title a")]


def test_search_addresses_follow_the_language():
    assert [search_url(code) for code in LANGUAGES] == [
        "/en/search/", "/fr/recherche/", "/it/ricerca/", "/sv/sok/"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_the_press_release_in_each_language(client, language):
    release = press_release(title="Results published in The Lancet")
    response = client.get(search_url(language), {"q": "Lancet"})
    assert response.status_code == 200
    assert getattr(release, f"title_{language}") in result_titles(response)
    snippet = soup(response).select_one(".search-results li p")
    assert snippet is not None and snippet.get_text(strip=True)


def test_the_readers_language_comes_first(client, home):
    StandardPageFactory(title="Zebra facts", title_fr="Girafe", slug="zebra-facts")
    StandardPageFactory(title="Giraffe", title_fr="Zèbre zebra", slug="giraffe")
    titles = result_titles(client.get(search_url("fr"), {"q": "zebra"}))
    assert titles[0] == "Zèbre zebra"
    titles = result_titles(client.get(search_url("en"), {"q": "zebra"}))
    assert titles[0] == "Zebra facts"


def test_nothing_found_is_said_clearly(client):
    response = client.get(search_url("it"), {"q": "xylophone"})
    message = soup(response).select_one(".empty-state").get_text(strip=True)
    expected = translated("Nothing was found for “%(query)s”. Try other or fewer words.", "it")
    assert message == expected % {"query": "xylophone"}


@pytest.mark.parametrize("query", [
    "", "   ", "x" * 10_000, '"riluzole trial"', "SLA AND placebo", "riluzole OR placebo",
    "NOT ALS", "interleuk*", "*", '"', "'; DROP TABLE wagtailcore_page; --", "1' OR '1'='1",
    "漢字 ALS", "ЛАС", "إدارة", "(", ")", "-", "\x00", "a" * 201,
])
def test_hard_queries_never_break_the_search(client, query):
    response = client.get(search_url("en"), {"q": query})
    assert response.status_code == 200
    if len(query) > 200:
        assert soup(response).select_one(".notice") is not None


@pytest.mark.parametrize("page_number", ["abc", "0", "-1", "99999"])
def test_bad_result_pages_are_a_404(client, page_number):
    assert client.get(search_url("en"), {"q": "ALS", "page": page_number}).status_code == 404


def test_drafts_and_private_pages_are_never_found(client, home):
    make_article("Unicorn draft", publish=False)
    private = StandardPageFactory(title="Unicorn private", slug="unicorn-private")
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=private, restriction_type="password",
                                       password="secret")
    assert result_titles(client.get(search_url("en"), {"q": "unicorn"})) == []


def test_search_results_paginate(client, home):
    for n in range(12):
        StandardPageFactory(title=f"Walrus {n}", slug=f"walrus-{n}")
    first = client.get(search_url("en"), {"q": "walrus"})
    assert len(result_titles(first)) == 10
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert len(result_titles(client.get(search_url("en") + next_link))) == 2


def test_switching_language_keeps_the_search(client):
    response = client.get(search_url("en"), {"q": "Lancet"})
    switcher = soup(response).select_one("nav.language-switcher")
    assert switcher.find("a", hreflang="sv")["href"] == "/sv/sok/?q=Lancet"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        } | {"lastmod": url.find("s:lastmod", NS).text}
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_each_page_in_each_language_it_exists_in(client, about):
    entries = sitemap_entries(client)
    for language in LANGUAGES:
        url = about.get_url_in(language, full=True)
        assert url in entries
        alternates = entries[url]
        assert {k for k in alternates if k != "lastmod"} == {*LANGUAGES, "x-default"}
        assert alternates["x-default"] == about.get_url_in("en", full=True)
        assert alternates["lastmod"].startswith(str(about.last_published_at.year))


def test_sitemap_leaves_out_missing_translations_and_drafts(client, home):
    english_only = StandardPageFactory(title="English only", slug="english-only")
    make_article("Sitemap draft", publish=False)
    entries = sitemap_entries(client)
    assert english_only.get_url_in("en", full=True) in entries
    assert english_only.get_url_in("fr", full=True) not in entries
    assert not any("sitemap-draft" in loc for loc in entries)


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
