"""The trial page, the lay summary and the glossary can be added, edited and previewed in the
admin, and one created there in French is served at its French URL (as tests/test_admin_pages.py
does for the other page types; these need their inline panels and required sections filled)."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, rich_text

from home.models import LAY_SECTION_FIELDS, GlossaryPage, HomePage, LaySummaryPage, TrialPage
from tests.admin_helpers import add_url, edit_url, page_form_data, preview_url
from tests.helpers import soup

pytestmark = pytest.mark.django_db

PAGE_TYPES = [TrialPage, LaySummaryPage, GlossaryPage]


def parent_of(page_class):
    return TrialPage.objects.get() if page_class is LaySummaryPage else HomePage.objects.get()


def required_data(page_class):
    """What the form needs besides titles and slugs: inline formsets and required sections."""
    if page_class is TrialPage:
        return {"centres": inline_formset([])}
    if page_class is GlossaryPage:
        return {"terms": inline_formset([{"term_en": "Placebo", "definition_en": "A dummy.",
                                          "other_forms_en": ""}])}
    return {f"{field}_en": rich_text("<p>Plain words.</p>") for field in LAY_SECTION_FIELDS}


@pytest.mark.parametrize("page_class", PAGE_TYPES)
def test_admin_add_edit_and_preview_views_work(admin_client, page_class):
    assert admin_client.get(add_url(page_class, parent_of(page_class))).status_code == 200
    page = page_class.objects.first()
    response = admin_client.get(edit_url(page))
    assert response.status_code == 200
    names = {tag.get("name") for tag in soup(response).find_all(["input", "textarea"])}
    assert {"title_en", "title_fr", "title_it", "title_sv"} <= names

    data = page_form_data(page_class, {
        "title": {"en": "Preview title", "fr": "Titre d'aperçu"},
        "slug": {"en": page.slug_en},
    }, **required_data(page_class))
    response = admin_client.post(preview_url(page), data)
    assert response.json()["is_valid"] is True
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
    }, **required_data(page_class), **{"action-publish": "publish"})
    response = admin_client.post(add_url(page_class, parent), data, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302, soup(response).select(".error-message")
    page = page_class.objects.get(slug_fr="ecrite-dans-l-administration")
    assert page.live
    admin_client.logout()
    url = page.get_url_in("fr")
    assert url == parent.get_url_in("fr") + "ecrite-dans-l-administration/"
    response = client.get(url)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Écrite dans l'administration"


def test_a_lay_summary_without_its_english_sections_is_refused(admin_client):
    data = page_form_data(LaySummaryPage, {
        "title": {"en": "Incomplete"}, "slug": {"en": "incomplete"},
    }, **{"action-publish": "publish"})
    response = admin_client.post(add_url(LaySummaryPage, parent_of(LaySummaryPage)), data)
    assert response.status_code == 200
    assert not LaySummaryPage.objects.filter(slug_en="incomplete").exists()
    errors = soup(response).select(".error-message")
    assert len(errors) >= len(LAY_SECTION_FIELDS)


def test_a_malformed_registry_number_is_refused(admin_client):
    page = TrialPage.objects.get()
    data = page_form_data(TrialPage, {
        "title": {"en": page.title_en}, "slug": {"en": page.slug_en},
    }, nct_number="NCT-123", **required_data(TrialPage), **{"action-publish": "publish"})
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 200
    assert "NCT12345678" in " ".join(e.get_text() for e in soup(response).select(".error-message"))
    page.refresh_from_db()
    assert page.nct_number == "NCT03039673"


@pytest.mark.parametrize("page_class", PAGE_TYPES)
def test_a_new_page_can_be_previewed_before_it_is_first_saved(admin_client, page_class):
    meta = page_class._meta
    url = reverse("wagtailadmin_pages:preview_on_add",
                  args=(meta.app_label, meta.model_name, parent_of(page_class).pk))
    data = page_form_data(page_class, {
        "title": {"en": "Not saved yet"}, "slug": {"en": "not-saved-yet"},
    }, **required_data(page_class))
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Not saved yet"
