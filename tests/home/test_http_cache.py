"""What a caching proxy, a CDN or a browser may keep: public pages say so, with an ETag
answered by 304 (from the page cache too); anything personal says private, no-store."""

import pytest

from tests.admin_helpers import preview_url
from tests.factories.news import make_article
from tests.factories.questions import QuestionPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]
PUBLIC = ("public", "max-age=60", "s-maxage=3600", "stale-while-revalidate=30",
          "stale-if-error=86400")


def directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


def is_private(response):
    return {"private", "no-store"} <= directives(response) and "public" not in directives(
        response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_public_page_may_be_kept_by_a_proxy_and_revalidated(client, language):
    url = make_article("Cacheable news").get_url_in(language)
    first = client.get(url)
    assert set(PUBLIC) <= directives(first)
    # The language is in the address: one copy per page, whatever Accept-Language says.
    assert "Accept-Language" not in first.get("Vary", "")
    cached = client.get(url)  # from the page cache: the same ETag, and 304 when asked
    assert cached["ETag"] == first["ETag"] and set(PUBLIC) <= directives(cached)
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and not again.content
    assert set(PUBLIC) <= directives(again)


def test_the_sitemap_and_the_api_are_public_too(client):
    make_article("Listed news")  # something for them to list
    for url in ("/sitemap.xml", "/api/v2/news/"):
        response = client.get(url)
        assert response.status_code == 200 and set(PUBLIC) <= directives(response), url


def test_a_missing_page_and_the_language_redirect_are_not_kept(client):
    # A 404 seen before an embargo lifts must not be served after it.
    missing = client.get("/en/no-such-page/")
    assert "public" not in directives(missing) and "no-cache" in directives(missing)
    # `/` follows the reader's cookie and Accept-Language: theirs alone.
    assert is_private(client.get("/", headers={"Accept-Language": "fr"}))


def test_a_signed_in_editor_gets_private_pages_the_admin_and_previews(admin_client, home):
    assert is_private(admin_client.get("/en/"))
    assert is_private(admin_client.get("/admin/"))
    assert is_private(admin_client.get(preview_url(home)))


def test_a_form_with_a_csrf_token_and_its_answer_are_private(client):
    form = client.get(QuestionPageFactory().get_url_in("fr"))
    assert form.status_code == 200 and is_private(form)
    assert is_private(client.get("/admin/login/"))
    assert is_private(client.post("/en/alerts/", {"email": "not an address"}))
