"""What the admin refuses on the trial's own pages (their add, edit, preview and
"created in French" tests are with every other page type's, in test_admin_pages.py)."""

import pytest
from django.urls import reverse

from tests.admin_helpers import add_url, edit_url, form_extras, page_form_data, parent_of
from tests.factories.trial import TrialPageFactory
from tests.helpers import soup
from trial.models import LAY_SECTION_FIELDS, GlossaryPage, LaySummaryPage, TrialPage

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

PAGE_TYPES = [TrialPage, LaySummaryPage, GlossaryPage]


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
    page = TrialPageFactory(nct_number="NCT00000001")
    data = page_form_data(TrialPage, {
        "title": {"en": page.title_en}, "slug": {"en": page.slug_en},
    }, nct_number="NCT-123", **form_extras(TrialPage), **{"action-publish": "publish"})
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 200
    assert "NCT12345678" in " ".join(e.get_text() for e in soup(response).select(".error-message"))
    page.refresh_from_db()
    assert page.nct_number == "NCT00000001"


@pytest.mark.parametrize("page_class", PAGE_TYPES)
def test_a_new_page_can_be_previewed_before_it_is_first_saved(admin_client, page_class):
    meta = page_class._meta
    url = reverse("wagtailadmin_pages:preview_on_add",
                  args=(meta.app_label, meta.model_name, parent_of(page_class).pk))
    data = page_form_data(page_class, {
        "title": {"en": "Not saved yet"}, "slug": {"en": "not-saved-yet"},
    }, **form_extras(page_class))
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Not saved yet"
