"""Every page type can be added, edited and previewed in the admin, and a page an editor
creates there in French is served at its French URL. wagtail-modeltranslation patches
Wagtail's admin templates, so these break first when either package changes."""

import pytest

from home.models import HomePage, StandardPage
from news.models import ArticlePage, NewsIndexPage
from partners.models import PartnerIndexPage
from tests.admin_helpers import (
    add_url,
    edit_url,
    existing_page,
    form_extras,
    page_form_data,
    parent_of,
    preview_url,
)
from tests.helpers import soup
from trial.models import GlossaryPage, LaySummaryPage, TrialPage

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


# PartnerPage lives under the partners index: its admin tests are in test_partners_admin.py.
PAGE_TYPES = [HomePage, StandardPage, NewsIndexPage, ArticlePage, PartnerIndexPage, TrialPage,
              LaySummaryPage, GlossaryPage]


@pytest.mark.parametrize("page_class", PAGE_TYPES)
def test_admin_add_edit_and_preview_views_work(admin_client, page_class):
    assert admin_client.get(add_url(page_class, parent_of(page_class))).status_code == 200
    page = existing_page(page_class)
    response = admin_client.get(edit_url(page))
    assert response.status_code == 200
    # Each translatable field is shown once per language.
    names = {tag.get("name") for tag in soup(response).find_all(["input", "textarea"])}
    assert {"title_en", "title_fr", "title_it", "title_sv"} <= names

    data = page_form_data(page_class, {
        "title": {"en": "Preview title", "fr": "Titre d'aperçu"},
        "slug": {"en": page.slug_en},
    }, **form_extras(page_class))
    response = admin_client.post(preview_url(page), data)
    assert response.json()["is_valid"] is True
    # The admin speaks French to this editor, so the preview shows the French text.
    response = admin_client.get(preview_url(page), HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Titre d'aperçu"


@pytest.mark.parametrize("page_class", PAGE_TYPES)
def test_a_page_created_in_the_admin_in_french_is_served_at_its_french_url(
    admin_client, client, page_class
):
    parent = parent_of(page_class)
    data = page_form_data(page_class, {
        "title": {"en": "Written in the admin", "fr": "Écrite dans l'administration"},
        "slug": {"en": "written-in-admin", "fr": "ecrite-dans-l-administration"},
    }, **{"action-publish": "publish"}, **form_extras(page_class))
    response = admin_client.post(add_url(page_class, parent), data, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302, soup(response).select(".error-message")
    page = page_class.objects.get(slug_fr="ecrite-dans-l-administration")
    assert page.live
    if page_class is HomePage:
        return  # a second home page is the root of a new site, served only on its own host
    admin_client.logout()
    response = client.get(page.get_url_in("fr"))
    assert page.get_url_in("fr") == parent.get_url_in("fr") + "ecrite-dans-l-administration/"
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Écrite dans l'administration"


def test_a_slug_used_by_a_sibling_in_any_language_is_refused(admin_client, home, about):
    taken = about
    data = page_form_data(StandardPage, {
        "title": {"en": "Another page", "it": "Un'altra pagina"},
        "slug": {"en": "another-page", "it": taken.slug_it},
    }, **{"action-publish": "publish"})
    response = admin_client.post(add_url(StandardPage, home), data)
    assert response.status_code == 200
    assert not StandardPage.objects.filter(slug_en="another-page").exists()
    assert "slug_it" in response.context["form"].errors
