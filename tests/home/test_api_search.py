"""Searching the public API (?search=): in the language asked for, public content only."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.models import Kind
from tests.factories.news import ArticlePageFactory, make_article
from tests.factories.partners import PartnerPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def search(client, endpoint, query, **params):
    response = client.get(f"/api/v2/{endpoint}/", {"search": query, **params})
    assert response["Content-Type"].startswith("application/json")
    assert response.status_code == 200, response.json()
    return response.json()


def titles(answer):
    return [item["title"] for item in answer["items"]]


def article(english, french, kind=Kind.NEWS):
    return ArticlePageFactory(title=english, title_fr=french, kind=kind, summary="A summary.",
                              date=datetime.date(2024, 1, 1))


@pytest.fixture
def zebra_news():
    """One article says "zebra" in English only, the other in French only."""
    article("Zebra crossing", "Passage piéton")
    article("Striped horses", "Le zebra des plaines")


@pytest.mark.parametrize(("language", "first"), [
    ("en", "Zebra crossing"), ("fr", "Le zebra des plaines")])
def test_news_search_puts_the_readers_language_first(client, zebra_news, language, first):
    answer = search(client, "news", "zebra", lang=language)
    assert answer["meta"]["total_count"] == 2
    assert titles(answer)[0] == first


def test_news_search_finds_words_of_the_language_asked_for(client, zebra_news):
    assert titles(search(client, "news", "plaines", lang="fr")) == ["Le zebra des plaines"]
    assert titles(search(client, "news", "crossing", lang="fr")) == ["Passage piéton"]
    assert search(client, "news", "xylophone", lang="fr")["meta"]["total_count"] == 0


def test_news_search_finds_only_live_public_articles(client, home):
    make_article("Okapi visible")
    make_article("Okapi draft", publish=False)
    private = make_article("Okapi private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    embargoed = make_article("Okapi embargoed", publish=False)
    embargoed.go_live_at = timezone.now() + datetime.timedelta(days=1)
    embargoed.save_revision().publish()
    embargoed.refresh_from_db()
    assert not embargoed.live  # scheduled, not published yet

    answer = search(client, "news", "okapi")
    assert titles(answer) == ["Okapi visible"]
    assert answer["meta"]["total_count"] == 1


def test_news_search_keeps_the_other_filters(client, zebra_news):
    article("Zebra release", "Communiqué zebra", kind=Kind.PRESS)
    answer = search(client, "news", "zebra", kind=Kind.PRESS, lang="fr")
    assert titles(answer) == ["Communiqué zebra"]
    assert titles(search(client, "news", "zebra", order="title", lang="en")) == [
        "Striped horses", "Zebra crossing", "Zebra release"]
    assert titles(search(client, "news", "zebra", limit=1, offset=2, lang="en")) == [
        "Striped horses"]


def test_news_search_costs_the_same_queries_with_more_results(client):
    for n in range(2):
        make_article(f"Narwhal {n}")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            search(client, "news", "narwhal", lang="fr")
        return len(captured)

    queries()  # the site's root paths are cached after the first request
    few = queries()
    for n in range(2, 12):
        make_article(f"Narwhal {n}")
    assert search(client, "news", "narwhal")["meta"]["total_count"] == 12
    assert queries() == few


def test_partners_search_puts_the_readers_language_first(client):
    PartnerPageFactory(title="Quokka Institute", title_fr="Institut Q", role="")
    PartnerPageFactory(title="Marsupial Centre", title_fr="Centre quokka", role="")
    assert titles(search(client, "partners", "quokka", lang="fr"))[0] == "Centre quokka"
    assert titles(search(client, "partners", "quokka", lang="en"))[0] == "Quokka Institute"


def test_search_is_refused_where_it_is_not_available(client):
    response = client.get("/api/v2/trial-status/", {"search": "trial"})
    assert response.status_code == 400
    assert "search" in response.json()["message"]
