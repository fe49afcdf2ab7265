"""Scheduling a page to go live later, as an editor finds it: the publication date's help
names the control that exists ("Set schedule" in the status panel), the schedule dialog
says which time zone its times are in, and after a publish or an approval the message says
when the page goes live, in the editor's language and time zone."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from wagtail.users.models import UserProfile

from news.models import ArticlePage
from news.roles import COMMUNICATIONS, EDITORS
from tests.admin_helpers import add_url, edit_url
from tests.factories.news import ArticlePageFactory, news_index
from tests.helpers import soup
from tests.news.test_publishing import release_form

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

# Winter: Paris is on CET (UTC+1), London on GMT (UTC+0).
NOW = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
GO_LIVE = NOW + datetime.timedelta(hours=1)  # 10:00 in Paris, 09:00 in London


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def editor(group_name, language="", time_zone=""):
    user = get_user_model().objects.create_user(
        f"{group_name.lower()}-{language}{time_zone}", "someone@example.invalid", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language, profile.current_time_zone = language, time_zone
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def go_live_field(time_zone):
    """GO_LIVE as the editor types it, on the clock of their time zone."""
    zone = zoneinfo.ZoneInfo(time_zone or settings.TIME_ZONE)
    return GO_LIVE.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def new_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def text_of(html):
    return BeautifulSoup(html, "html.parser").get_text(" ", strip=True)


def test_the_publication_date_help_points_to_the_schedule_control_the_editor_sees(admin_client):
    html = soup(admin_client.get(edit_url(ArticlePageFactory())))
    help_text = html.select_one(f"#{html.select_one('#id_date')['aria-describedby']}").get_text()
    assert "Settings tab" not in help_text
    assert "“Set schedule”" in help_text
    toggles = html.select("[data-a11y-dialog-show='schedule-publishing-dialog']")
    assert "Set schedule" in [toggle.get_text(strip=True) for toggle in toggles]


@pytest.mark.parametrize(("language", "time_zone", "expected"), [
    ("en", "", "Time in Paris (Europe/Paris, now UTC+01:00)."),
    ("fr", "Europe/London", "Heure de Londres (Europe/London, actuellement UTC+00:00)."),
])
def test_the_schedule_dialog_names_the_time_zone_of_its_times(language, time_zone, expected):
    client = editor(COMMUNICATIONS, language, time_zone)
    html = soup(client.get(edit_url(ArticlePageFactory())))
    # Wagtail keeps the dialog in a <template> until the editor opens it.
    dialog = next(
        text_of(template.decode_contents()) for template in html.find_all("template")
        if 'id="schedule-publishing-dialog"' in template.decode_contents())
    assert dialog.count(expected) == 2  # under the go-live and the expiry times


@pytest.mark.parametrize(("language", "time_zone", "expected"), [
    ("en", "", "Page 'Embargoed results' is scheduled for 2 March 2026 at 10:00 CET."),
    ("sv", "Europe/London",  # the title in the editor's language
     "Sidan ”Embargoed results SV” är schemalagd till 2 mars 2026 kl. 09:00 GMT."),
])
def test_publishing_for_later_says_when_the_page_goes_live(language, time_zone, expected):
    client = editor(COMMUNICATIONS, language, time_zone)
    response = client.post(add_url(ArticlePage, news_index()), release_form(**{
        "action-publish": "publish", "go_live_at": go_live_field(time_zone)}))
    assert response.status_code == 302
    assert ArticlePage.objects.get(slug_en="embargoed-results").go_live_at == GO_LIVE
    said = [text_of(message) for message in new_messages(response)]
    assert len(said) == 1 and said[0].startswith(expected), said


@pytest.mark.parametrize(("language", "time_zone", "expected"), [
    ("en", "", "Page 'Embargoed results' is scheduled for 2 March 2026 at 10:00 CET."),
    ("fr", "Europe/London",
     "La page « Embargoed results FR » est programmée pour le 2 mars 2026 à 09:00 GMT."),
])
def test_approving_for_later_says_when_the_page_goes_live_not_updated(
    language, time_zone, expected
):
    author = editor(EDITORS)
    author.post(add_url(ArticlePage, news_index()), release_form(**{
        "action-submit": "submit", "go_live_at": go_live_field("")}))
    page = ArticlePage.objects.get(slug_en="embargoed-results")
    approver = editor(COMMUNICATIONS, language, time_zone)
    response = approver.post(edit_url(page), release_form(**{
        "go_live_at": go_live_field(time_zone), "action-workflow-action": "true",
        "workflow-action-name": "approve", "workflow-action-extra-data": "{}"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live and page.get_latest_revision().approved_go_live_at == GO_LIVE
    said = [text_of(message) for message in new_messages(response)]
    assert len(said) == 1 and said[0].startswith(expected), said
