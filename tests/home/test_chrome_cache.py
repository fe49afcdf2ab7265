"""The site chrome (menu, footer, status banner, funders, feed links) is kept per
language until content changes: a change shows on the very next page, in its language."""

import pytest

from tests.helpers import soup
from tests.news_factories import make_article
from trial.models import TrialStatus


@pytest.mark.django_db
def test_a_menu_page_renamed_in_french_shows_in_the_french_menu_at_once(client, about):
    url = make_article("Chrome reader").get_url_in("fr")
    client.get(url)  # the French chrome is now cached
    about.title_fr = "À propos, renommé"
    about.save_revision().publish()
    menu = [a.get_text(strip=True) for a in soup(client.get(url)).select(".main-menu a")]
    assert "À propos, renommé" in menu
    english = soup(client.get(about.get_url_in("en")))
    assert "À propos, renommé" not in english.select_one(".main-menu").get_text()


@pytest.mark.django_db
def test_a_new_trial_status_text_shows_on_every_page_at_once(client):
    url = make_article("Banner reader").get_url_in("sv")
    client.get(url)
    status = TrialStatus.objects.get()
    status.banner_text_sv = "Ny lägesrapport"
    status.save_revision().publish()
    assert "Ny lägesrapport" in soup(client.get(url)).select_one(".status-banner").get_text()


@pytest.mark.django_db
def test_the_menu_marks_the_page_being_read_though_it_is_cached(client, about):
    client.get(about.get_url_in("it"))
    other = soup(client.get(make_article("Another page").get_url_in("it")))
    assert not other.select('.main-menu a[aria-current="page"]')
    current = soup(client.get(about.get_url_in("it"))).select('.main-menu a[aria-current="page"]')
    assert [a["href"] for a in current] == [about.get_url_in("it")]

