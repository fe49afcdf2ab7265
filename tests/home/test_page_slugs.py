"""Slugs are plain ASCII in every language (the admin's own prefill is tested in
tests/browser/test_admin_slugs.py): a page made without one, as an import or a script makes
it, gets its slug from its English title the same way."""

import pytest

from home.models import StandardPage
from home.slugs import ascii_slug

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.mark.parametrize(("title", "slug"), [
    ("À propos de l'essai", "a-propos-de-l-essai"),
    ("Annonce de l’étude : les résultats", "annonce-de-l-etude-les-resultats"),
    ("Perché l’ultimo paziente è importante", "perche-l-ultimo-paziente-e-importante"),
    ("Påminnelse om ärendet för mötet", "paminnelse-om-arendet-for-motet"),
    ("Le cœur de l'essai", "le-coeur-de-l-essai"),
])
def test_titles_give_ascii_slugs(title, slug):
    assert ascii_slug(title) == slug


def test_a_page_added_without_a_slug_gets_an_ascii_one(home, client):
    page = home.add_child(instance=StandardPage(title_en="L'étude à Nîmes"))
    assert page.slug_en == "l-etude-a-nimes"
    assert client.get("/en/l-etude-a-nimes/").status_code == 200
