"""The trial status: one record, shown in the banner of every page, edited in the admin with
its history kept; bad input refused or falling back to English."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from tests.conftest import LANGUAGES
from tests.factories.trial import (
    GlossaryPageFactory,
    LaySummaryPageFactory,
    TrialPageFactory,
    TrialStatusFactory,
)
from tests.helpers import soup, translated
from trial.models import TrialStatus
from trial.templatetags.trial_tags import trial_status_banner

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

MILESTONES = [
    (datetime.date(2015, 9, 1), "The first participant joined."),
    (datetime.date(2017, 6, 1), "The last participant joined."),
    (datetime.date(2019, 9, 30), "The last participant finished treatment."),
]


@pytest.fixture
def trial():
    return TrialPageFactory(translated=True)


@pytest.fixture
def status(trial):
    """The status record in four languages, its timeline in French too, published once as an
    editor publishes it."""
    status = TrialStatusFactory(status="results_published", translated=True, more_page=trial,
                                milestones=MILESTONES, publish=False)
    for milestone in status.milestones.all():
        milestone.label_fr = f"{milestone.label_en} (fr)"
        milestone.save()
    status.save_revision().publish()
    return status


@pytest.fixture
def every_page_url(about, trial):
    """One page of each type, and an error page: the banner must be on all of them."""
    pages = [about.get_parent().specific, about, trial,
             LaySummaryPageFactory(translated=True, parent=trial),
             GlossaryPageFactory(translated=True)]

    def urls(language):
        return [page.get_url_in(language) for page in pages] + [f"/{language}/no-such-page/"]

    return urls


def banner(response):
    return soup(response).select_one("section.status-banner")


def edit_form(admin_client, status):
    url = reverse("wagtailsnippets_trial_trialstatus:edit", args=(status.pk,))
    response = admin_client.get(url)
    assert response.status_code == 200
    return url, querydict_from_html(response.content.decode(), form_id="w-editor-form").copy()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_shows_the_banner_in_the_readers_language(client, every_page_url, status,
                                                            language):
    for url in every_page_url(language):
        response = client.get(url)
        section = banner(response)
        assert section is not None, url
        # A named region: screen-reader users can jump to it.
        assert section["aria-label"] == translated("Trial status", language)
        text = section.get_text(" ", strip=True)
        with translation.override(language):
            assert status.get_status_display() in text
        assert getattr(status, f"banner_text_{language}") in text


def test_the_banner_costs_no_query_until_content_changes(rf_request, status):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    context = {"request": rf_request, "page": None}
    with CaptureQueriesContext(connection) as cold:
        trial_status_banner(context)
    with CaptureQueriesContext(connection) as warm:
        result = trial_status_banner(context)
    assert result["status"] == status
    assert len(cold) >= 1 and len(warm) == 0  # the status is kept until content changes


@pytest.fixture
def rf_request(home):
    request = RequestFactory().get("/en/")
    request.META["HTTP_HOST"] = "localhost"
    return request


def test_publishing_a_new_status_in_the_admin_changes_every_page_and_keeps_history(
    admin_client, client, about, every_page_url, status
):
    published_as = status.status
    url, data = edit_form(admin_client, status)
    data["status"] = "recruitment_closed"
    data["banner_text_en"] = "Recruitment has closed. Results are expected later."
    data["banner_text_fr"] = ""  # left empty: the French pages fall back to English
    data["action-publish"] = "action-publish"
    for language in LANGUAGES:  # cache every language's copy of the pages first
        client.get(f"/{language}/")
        client.get(about.get_url_in(language))
    response = admin_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")

    admin_client.logout()
    for language in LANGUAGES:
        expected_status = translated("Recruitment closed", language)
        for page_url in every_page_url(language):
            section = banner(client.get(page_url))
            text = section.get_text(" ", strip=True)
            assert expected_status in text, (page_url, text)
            if language in ("en", "fr"):
                assert "Recruitment has closed. Results are expected later." in text
    # The English fallback is marked as English for screen readers.
    fallback = banner(client.get("/fr/")).find("span", lang="en")
    assert fallback.get_text(strip=True) == "Recruitment has closed. Results are expected later."

    # The change is kept in the record's history: the admin lists both publications.
    status.refresh_from_db()
    revisions = list(status.revisions.order_by("created_at", "id"))
    assert revisions[0].content["status"] == published_as
    assert revisions[-1].content["status"] == "recruitment_closed"
    history = reverse("wagtailsnippets_trial_trialstatus:history", args=(status.pk,))
    admin_client.force_login(get_user_model().objects.get(username="admin"))
    response = admin_client.get(history)
    assert response.status_code == 200
    rows = [row.get_text(" ", strip=True) for row in soup(response).select("table tbody tr")]
    assert sum("Published" in row for row in rows) == 2, rows  # the fixture's, then ours


def test_a_malformed_date_is_refused_with_a_clear_message(admin_client, status):
    url, data = edit_form(admin_client, status)
    data["milestones-0-date"] = "2019-02-30"
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    errors = " ".join(e.get_text(" ", strip=True) for e in soup(response).select(".error-message"))
    assert "Enter a real date in the form YYYY-MM-DD, for example 2019-09-30." in errors
    status.refresh_from_db()
    assert [m.date for m in status.timeline()] == [date for date, _label in MILESTONES]


def test_an_empty_milestone_translation_falls_back_to_english(admin_client, client, trial,
                                                             status):
    url, data = edit_form(admin_client, status)
    english = data["milestones-0-label_en"]
    assert data["milestones-0-label_fr"] == f"{english} (fr)"
    data["milestones-0-label_fr"] = "   "
    data["action-publish"] = "action-publish"
    assert admin_client.post(url, data).status_code == 302
    admin_client.logout()
    html = soup(client.get(trial.get_url_in("fr")))
    labels = [item.find("span") for item in html.select("ol.timeline li")]
    fallback = next(label for label in labels if label.get_text(strip=True) == english)
    assert fallback["lang"] == "en"


def test_an_english_banner_line_is_required(admin_client, status):
    url, data = edit_form(admin_client, status)
    data["banner_text_en"] = ""
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    status.refresh_from_db()
    assert status.banner_text_en


def test_without_a_published_status_pages_show_no_banner(client, status):
    status.live = False
    status.save()
    response = client.get("/en/")
    assert response.status_code == 200
    assert banner(response) is None


def test_there_is_one_status_record_a_second_is_refused(admin_client, status):
    url = reverse("wagtailsnippets_trial_trialstatus:add")
    listing = admin_client.get(reverse("wagtailsnippets_trial_trialstatus:list"))
    assert soup(listing).find("a", href=url) is None, "no Add button once the record exists"
    _edit, data = edit_form(admin_client, status)
    data.update({"banner_text_en": "A contradicting status."})
    response = admin_client.post(url, data)
    assert response.status_code in (302, 403)
    assert TrialStatus.objects.count() == 1
    # The model refuses a second record too, whatever path it comes by.
    second = TrialStatus(status="recruiting", banner_text_en="A contradicting status.")
    with pytest.raises(ValidationError, match="already has a status record"):
        second.full_clean()


def test_the_admin_lists_the_status_record(admin_client, status):
    response = admin_client.get(reverse("wagtailsnippets_trial_trialstatus:list"))
    assert response.status_code == 200
    edit = reverse("wagtailsnippets_trial_trialstatus:edit", args=(status.pk,))
    link = soup(response).find("a", href=edit)
    assert link.get_text(strip=True) == str(status)


def test_an_editors_bookmark_of_the_status_from_before_the_trial_app_still_works(
        admin_client, status):
    response = admin_client.get(f"/admin/snippets/home/trialstatus/edit/{status.pk}/",
                                follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailsnippets_trial_trialstatus:edit", args=(status.pk,))
