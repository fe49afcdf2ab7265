"""The site chrome (menu, footer, status banner, funders, feed links) is kept per
language until content changes: a change shows on the very next page, in its language."""

import pytest

from tests.factories.home import StandardPageFactory
from tests.factories.news import make_article
from tests.factories.trial import TrialStatusFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def about(db):
    """A page of the main menu, with its own title and slug in every language."""
    return StandardPageFactory(title="About ALS/MND", slug="about-als-mnd", translated=True,
                               show_in_menus=True)


def test_a_menu_page_renamed_in_french_shows_in_the_french_menu_at_once(client, about):
    url = make_article("Chrome reader").get_url_in("fr")
    client.get(url)  # the French chrome is now cached
    about.title_fr = "À propos, renommé"
    about.save_revision().publish()
    menu = [a.get_text(strip=True) for a in soup(client.get(url)).select(".main-menu a")]
    assert "À propos, renommé" in menu
    english = soup(client.get(about.get_url_in("en")))
    assert "À propos, renommé" not in english.select_one(".main-menu").get_text()


def test_a_new_trial_status_text_shows_on_every_page_at_once(client):
    status = TrialStatusFactory(translated=True)
    url = make_article("Banner reader").get_url_in("sv")
    client.get(url)  # the Swedish banner is now cached
    status.banner_text_sv = "Ny lägesrapport"
    status.save_revision().publish()
    assert "Ny lägesrapport" in soup(client.get(url)).select_one(".status-banner").get_text()


def test_the_menu_marks_the_page_being_read_though_it_is_cached(client, about):
    client.get(about.get_url_in("it"))
    other = soup(client.get(make_article("Another page").get_url_in("it")))
    assert not other.select('.main-menu a[aria-current="page"]')
    current = soup(client.get(about.get_url_in("it"))).select('.main-menu a[aria-current="page"]')
    assert [a["href"] for a in current] == [about.get_url_in("it")]
