"""What a visitor sees of the four languages: the redirect from `/`, prefixes, slugs, errors."""

import pytest
from django.conf import settings
from django.utils import translation

from tests.conftest import LANGUAGES
from tests.factories.home import StandardPageFactory
from tests.helpers import soup, translated

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.mark.parametrize(
    ("headers", "cookies", "expected"),
    [
        ({}, {}, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9,en;q=0.5"}, {}, "/fr/"),
        ({"HTTP_ACCEPT_LANGUAGE": "sv"}, {}, "/sv/"),
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9,it;q=0.8"}, {}, "/it/"),
        ({"HTTP_ACCEPT_LANGUAGE": "fr"}, {"django_language": "it"}, "/it/"),
        ({"HTTP_ACCEPT_LANGUAGE": "de"}, {}, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": ";;q=abc,,,=;*;q=2x" * 20}, {}, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "x" * 5000}, {}, "/en/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, headers, cookies, expected):
    client.cookies.load(cookies)
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_each_language(client, home, about, language):
    for page in (home, about):
        response = client.get(page.get_url_in(language))
        assert response.status_code == 200
        html = soup(response)
        assert html.html["lang"] == language
        assert html.h1.get_text(strip=True) == getattr(page, f"title_{language}")
        assert html.select_one(".lead").get_text() == getattr(page, f"intro_{language}")


def test_slugs_are_translated(about):
    urls = {language: about.get_url_in(language) for language in LANGUAGES}
    assert urls["en"] == "/en/about-als-mnd/"
    for language in ("fr", "it", "sv"):
        assert urls[language].startswith(f"/{language}/")
        assert urls[language] != f"/{language}/about-als-mnd/", "slug left in English"


def test_an_english_slug_under_another_prefix_is_not_found_once_translated(client, about):
    assert client.get("/fr/about-als-mnd/").status_code == 404


@pytest.mark.parametrize("path", ["/de/", "/xx/", "/de/about-the-trial/", "/zz-ZZ/", "/%00/"])
def test_unknown_language_prefix_is_a_404_in_the_visitors_language(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    html = soup(response)
    assert html.html["lang"] == "fr"
    expected = translated("Page not found", "fr")
    assert expected != "Page not found", "French catalogue not compiled"
    assert html.h1.get_text(strip=True) == expected


@pytest.mark.parametrize("path", ["/sv/finns-inte/", "/it/a/b/c/", "/en/%E2%80%8B%00/",
                                  "/fr/" + "x" * 3000 + "/"])
def test_unknown_path_under_a_prefix_is_a_404_in_that_language(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    language = path[1:3]
    html = soup(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == translated("Page not found", language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_leads_to_the_same_page_in_each_language(client, about, language):
    response = client.get(about.get_url_in(language))
    switcher = soup(response).select_one("nav.language-switcher")
    links = {a["hreflang"]: a for a in switcher.find_all("a")}
    assert set(links) == set(LANGUAGES)
    for code, link in links.items():
        assert link["href"] == about.get_url_in(code)
        assert link["lang"] == code
        assert link.get_text(strip=True) == dict(settings.LANGUAGES)[code]
    assert links[language].get("aria-current") == "true"


def test_translated_page_lists_all_languages_and_is_its_own_canonical(client, about):
    html = soup(client.get(about.get_url_in("it")))
    assert html.find("link", rel="canonical")["href"] == about.get_url_in("it", full=True)
    alternates = {ln["hreflang"]: ln["href"] for ln in html.find_all("link", rel="alternate")
                  if ln.get("hreflang")}
    assert alternates == {
        **{code: about.get_url_in(code, full=True) for code in LANGUAGES},
        "x-default": about.get_url_in("en", full=True),
    }
    assert html.select_one(".notice") is None


def test_untranslated_page_shows_english_with_a_notice_and_english_canonical(client, home):
    page = StandardPageFactory(title="Only in English", slug="only-in-english",
                               intro="This text has no translation yet.")
    response = client.get("/fr/only-in-english/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "fr"
    notice = html.select_one(".notice")
    assert notice.get_text(strip=True) == translated(
        "This page is not yet available in your language. It is shown in English.", "fr")
    # The English text is marked as English for screen readers.
    assert html.h1.find_parent(attrs={"lang": "en"}) is not None
    assert html.h1.get_text(strip=True) == "Only in English"
    canonical = page.get_url_in("en", full=True)
    assert html.find("link", rel="canonical")["href"] == canonical
    alternates = {ln["hreflang"] for ln in html.find_all("link", rel="alternate", hreflang=True)}
    assert alternates == {"en", "x-default"}


def test_wagtail_i18n_stays_off_so_urls_follow_the_active_language(about):
    assert settings.WAGTAIL_I18N_ENABLED is False
    with translation.override("sv"):
        assert about.url.startswith("/sv/")


def test_every_translated_slug_column_is_indexed_for_routing(db):
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    indexed = {tuple(c["columns"]) for c in constraints.values() if c["index"]}
    for language in LANGUAGES:
        assert (f"slug_{language}",) in indexed
