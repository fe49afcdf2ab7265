"""Bad input to the public API is a JSON 400 or 404 on every endpoint, never a 500."""

import datetime

import pytest

from tests.factories.news import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

ENDPOINTS = ["news", "partners", "trial-status"]
HUGE = "99999999999999999999"

# Listing parameters that no endpoint can honour.
BAD_LISTING = [
    {"offset": HUGE}, {"offset": "-1"}, {"offset": "1.5"}, {"offset": ""},
    {"limit": "abc"}, {"limit": HUGE}, {"limit": "-3"},
    {"fields": "nonsense"}, {"fields": "title(("}, {"fields": "-"},
    {"order": "bad"}, {"order": ","}, {"search": "a", "search_operator": "bad"},
    {"lang": "xx"}, {"colour": "red"},
]
# Filters by a field with a value its column cannot hold.
BAD_FILTERS = {
    "news": [{"date": "x"}, {"date": "2025-13-01"}, {"first_published_at": "x"},
             {"alias_of": HUGE}, {"alias_of": "abc"}, {"id": "abc"}, {"kind": "bogus"}],
    "partners": [{"first_published_at": "2025-02-30"}, {"alias_of": HUGE}, {"id": "x"}],
    # The trial status cannot be filtered, ordered or searched: saying so beats ignoring it.
    "trial-status": [{"participants": "abc"}, {"status": "x"}, {"order": "-participants"},
                     {"search": "trial"}],
}
BAD_FIND = [
    ({"id": "abc"}, 400), ({"id": "-1"}, 400), ({"id": "1e3"}, 400), ({"id": HUGE}, 404),
    ({"id": "0"}, 404), ({}, 404),
]
BAD_FIND_PAGE = [
    {"html_path": "\x00"}, {"html_path": "en/\x00news/"}, {"html_path": "../../.."},
    {"html_path": "/" * 500}, {"html_path": "a/" * 2000}, {"html_path": "%ff"},
    {"html_path": "news/feed/none/rss/"},
]


def get(client, path, params=None):
    response = client.get(f"/api/v2/{path}", params or {})
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    assert response.json()["message"]
    return response.status_code


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("params", BAD_LISTING, ids=str)
def test_bad_listing_parameters_are_a_400(client, endpoint, params):
    assert get(client, f"{endpoint}/", params) == 400


@pytest.mark.parametrize(("endpoint", "params"), [
    (endpoint, params) for endpoint, cases in BAD_FILTERS.items() for params in cases],
    ids=str)
def test_bad_filter_values_are_a_400(client, endpoint, params):
    assert get(client, f"{endpoint}/", params) == 400


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("item", [HUGE, "0", "2147483648", "abc", "-1", "1.0"])
def test_unknown_or_impossible_items_are_a_404(client, endpoint, item):
    assert get(client, f"{endpoint}/{item}/") == 404


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(("params", "status"), BAD_FIND, ids=str)
def test_find_with_a_bad_id(client, endpoint, params, status):
    assert get(client, f"{endpoint}/find/", params) == status


@pytest.mark.parametrize("endpoint", ["news", "partners"])
@pytest.mark.parametrize("params", BAD_FIND_PAGE, ids=str)
def test_find_with_an_odd_path_is_a_404(client, endpoint, params):
    assert get(client, f"{endpoint}/find/", params) == 404


def test_unknown_api_addresses_are_a_json_404(client):
    assert get(client, "nothing/") == 404
    assert get(client, "news/1/extra/") == 404
    assert get(client, "") == 404
    # Without the final slash, an address is still completed first.
    assert client.get("/api/v2/news", {"lang": "fr"})["Location"] == "/api/v2/news/?lang=fr"
    assert client.get("/api/v2/nothing", follow=True).status_code == 404


@pytest.mark.parametrize("query", ["\x00", '"', "*", "NEAR(a", "a OR", "-", "é" * 5000])
def test_odd_search_words_are_searched_not_refused(client, query):
    response = client.get("/api/v2/news/", {"search": query})
    assert response.status_code == 200
    assert isinstance(response.json()["meta"]["total_count"], int)


def test_good_input_still_works(client):
    article = make_article("Results", date=datetime.date(2025, 5, 9))
    make_article("Older news", date=datetime.date(2024, 1, 1))
    assert client.get(f"/api/v2/news/{article.pk}/").status_code == 200
    found = client.get("/api/v2/news/find/", {"id": str(article.pk), "lang": "fr"})
    assert found.status_code == 302
    assert found["Location"].endswith(f"/api/v2/news/{article.pk}/?lang=fr")
    assert client.get("/api/v2/news/", {"date": "2025-05-09"}).json()["meta"][
        "total_count"] == 1
    assert client.get("/api/v2/news/", {"offset": "100000"}).json()["items"] == []
