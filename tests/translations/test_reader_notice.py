"""Readers of an out-of-date translation are told when the English changed, with a link
to it; a missing translation keeps the "shown in English" notice."""

import pytest
from django.utils import timezone, translation

from home.dates import reader_date
from tests.helpers import count_queries, soup, translated

from .factories import edit, standard_page

pytestmark = [pytest.mark.django_db, pytest.mark.factories]
OUT_OF_DATE = ("The English version of this page was updated on %(updated)s; this "
               "translation may not include every change.")
SHOWN_IN_ENGLISH = "This page is not yet available in your language. It is shown in English."


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def notices(client, page, language):
    return [p.get_text(" ", strip=True)
            for p in soup(client.get(url_in(page, language))).select("main .notice")]


@pytest.mark.parametrize("language", ["fr", "it", "sv"])
def test_an_out_of_date_translation_says_when_the_english_changed(client, language):
    page = edit(standard_page(), intro_en="The English now says more")
    response = client.get(url_in(page, language))
    notice = soup(response).select_one("main .notice")
    expected = translated(OUT_OF_DATE, language) % {
        "updated": reader_date(timezone.now(), language=language)}
    assert expected in notice.get_text(" ", strip=True)
    link = notice.find("a")
    assert link.get_text(strip=True) == translated("Read the English version", language)
    assert link["href"] == url_in(page, "en") and link["hreflang"] == "en"


def test_english_and_up_to_date_translations_have_no_notice(client):
    page = edit(standard_page(), intro_en="Changed")
    assert notices(client, page, "en") == []
    fresh = standard_page()
    assert notices(client, fresh, "fr") == []


def test_a_missing_translation_keeps_the_shown_in_english_notice(client):
    page = edit(standard_page(languages=("en", "fr")), intro_en="Changed")
    shown = notices(client, page, "sv")
    assert shown == [translated(SHOWN_IN_ENGLISH, "sv")]


def test_the_notice_adds_no_query(client):
    fresh = standard_page()
    changed = edit(standard_page(), intro_en="Changed")
    for page in (fresh, changed):  # warm the site chrome and each page's route
        client.get(url_in(page, "fr"))
    assert count_queries(client, url_in(changed, "fr")) == count_queries(
        client, url_in(fresh, "fr"))
