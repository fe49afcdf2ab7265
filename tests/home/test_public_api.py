"""The public read-only API (/api/v2/) and the news embed, as a partner's site calls them."""

import datetime

import pytest

from partners.models import PartnerPage
from tests.conftest import LANGUAGES
from tests.factories.news import make_article, news_index, news_with_release
from tests.factories.partners import PartnerPageFactory
from tests.factories.trial import TrialStatusFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

MILESTONES = [(datetime.date(2015, 9, 1), "Recruitment opened."),
              (datetime.date(2017, 1, 1), "Half the participants joined."),
              (datetime.date(2019, 9, 30), "The last participant finished."),
              (datetime.date(2025, 5, 9), "The results were published.")]


@pytest.fixture(autouse=True)
def release(db):
    """The news with a press release, two partners and the trial's status."""
    for _ in range(2):
        PartnerPageFactory(translated=True)
    TrialStatusFactory(status="results_published", participants=120, milestones=MILESTONES)
    return news_with_release()


def api(client, path, **params):
    response = client.get(f"/api/v2/{path}", params)
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    return response


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_in_each_language_with_translated_urls(client, release, language):
    make_article("Draft never in the API", publish=False)
    response = api(client, "news/", lang=language)
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items][0] == getattr(release, f"title_{language}")
    assert len(items) == 4
    assert items[0]["meta"]["html_url"] == release.get_url_in(language, full=True)
    assert items[0]["kind"] == "press" and items[0]["date"] == "2025-05-09"
    detail = api(client, f"news/{release.pk}/", lang=language).json()
    assert detail["summary"] == getattr(release, f"summary_{language}")


def test_press_releases_only(client, release):
    items = api(client, "news/", kind="press", lang="it").json()["items"]
    assert [item["title"] for item in items] == [release.title_it]


@pytest.mark.parametrize("language", LANGUAGES)
def test_partners_and_trial_status_in_each_language(client, language):
    partners = api(client, "partners/", lang=language, limit=50).json()
    assert partners["meta"]["total_count"] == PartnerPage.objects.live().count()
    first = PartnerPage.objects.live().order_by("path").first()
    assert partners["items"][0]["meta"]["html_url"] == first.get_url_in(language, full=True)
    status = api(client, "trial-status/", lang=language).json()["items"][0]
    assert status["participants"] == 120
    assert status["status"] == "results_published"
    assert [m["date"] for m in status["milestones"]] == [
        "2015-09-01", "2017-01-01", "2019-09-30", "2025-05-09"]


def test_the_trial_status_keeps_the_type_names_clients_know(client):
    """The trial's models left `home` for their own app; API clients see no change."""
    listing = api(client, "trial-status/").json()["items"][0]
    detail = api(client, f"trial-status/{listing['id']}/").json()
    assert detail["meta"]["type"] == "home.TrialStatus"
    for status in (listing, detail):
        assert {m["meta"]["type"] for m in status["milestones"]} == {"home.TrialMilestone"}


@pytest.mark.parametrize(("path", "params"), [
    ("news/", {"limit": "-1"}), ("news/", {"limit": "100000"}), ("news/", {"offset": "abc"}),
    ("news/", {"fields": "secret_field"}), ("news/", {"colour": "red"}),
    ("news/", {"lang": "de"}), ("news/", {"lang": "xx-YY"}), ("news/", {"kind": "bogus"}),
    ("partners/", {"lang": ""}), ("trial-status/", {"limit": "-5"}),
    ("news/", {"type": "wagtailcore.Nope"}), ("partners/", {"type": "news.ArticlePage"}),
])
def test_bad_parameters_give_a_clear_400_in_json(client, path, params):
    response = api(client, path, **params)
    assert response.status_code == 400
    assert response.json()["message"]


def test_the_api_is_read_only(client):
    for method in (client.post, client.put, client.delete):
        response = method("/api/v2/news/", {})
        assert response.status_code == 405


def test_unknown_item_is_a_json_404(client):
    response = api(client, "news/999999/")
    assert response.status_code == 404
    assert response.json()["message"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_embed_for_partners(client, release, language):
    make_article("A draft", publish=False)
    url = news_index().get_url_in(language) + "embed/"
    response = client.get(url, {"count": "2"})
    assert response.status_code == 200
    again = client.get(url, {"count": "2"})  # from the page cache
    for answer in (response, again):
        assert "X-Frame-Options" not in answer  # partners may show it in an <iframe>
        assert "frame-ancestors *" in answer["Content-Security-Policy"]
    html = soup(response)
    assert html.html["lang"] == language
    assert not html.find("script")
    links = html.select("li a")
    assert len(links) == 2
    assert links[0].get_text() == getattr(release, f"title_{language}")
    assert all(a["href"].startswith("http") and a["target"] == "_top" for a in links)
    press_only = soup(client.get(url, {"kind": "press"})).select("li a")
    assert [a.get_text() for a in press_only] == [getattr(release, f"title_{language}")]


@pytest.mark.parametrize("count", ["0", "21", "abc", "-3"])
def test_embed_refuses_a_bad_count(client, count):
    url = news_index().get_url_in("en") + "embed/"
    assert client.get(url, {"count": count}).status_code == 404
