"""Publishing news: the approval workflow between Editors and Communications, and the
embargo, walked through every public channel before and after go-live."""

import datetime
import re

import feedparser
import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from home.roles import COMMUNICATIONS, EDITORS
from news.models import ArticlePage, Kind
from tests.admin_helpers import add_url, page_form_data
from tests.conftest import LANGUAGES
from tests.file_factories import make_document, make_image
from tests.helpers import soup
from tests.news_factories import news_index
from tests.roles_helpers import member_of

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
GO_LIVE = NOW + datetime.timedelta(hours=1)


def release_form(title="Embargoed results", **extra):
    slug = re.sub(r"[^a-z]+", "-", title.lower())
    return page_form_data(ArticlePage, {
        "title": {"en": title, "fr": f"{title} FR", "it": f"{title} IT", "sv": f"{title} SV"},
        "slug": {"en": slug, "fr": f"{slug}-fr", "it": f"{slug}-it", "sv": f"{slug}-sv"},
        "summary": {"en": "Under embargo until go-live."},
    }, kind=Kind.PRESS, date="2026-03-02", **extra)


def post_new_release(client, **extra):
    response = client.post(add_url(ArticlePage, news_index()), release_form(**extra))
    assert response.status_code == 302, soup(response).select(".error-message")
    return ArticlePage.objects.get(slug_en="embargoed-results")


# --- approval ---------------------------------------------------------------------------

def test_an_editor_cannot_publish_directly(client):
    editor = member_of(EDITORS)
    page = post_new_release(editor, **{"action-publish": "publish"})
    assert not page.live
    assert client.get(page.get_url_in("en")).status_code == 404


def test_an_editor_submits_and_communications_approves(client):
    editor = member_of(EDITORS)
    page = post_new_release(editor, **{"action-submit": "submit"})
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert not page.live

    communications = member_of(COMMUNICATIONS)
    task_state = state.current_task_state
    response = communications.post(
        reverse("wagtailadmin_pages:workflow_action",
                args=(page.pk, "approve", task_state.pk)), {"comment": ""})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.get_url_in("fr")).status_code == 200


def test_an_editor_cannot_approve():
    editor = member_of(EDITORS)
    page = post_new_release(editor, **{"action-submit": "submit"})
    task_state = page.current_workflow_state.current_task_state
    editor.post(reverse("wagtailadmin_pages:workflow_action",
                        args=(page.pk, "approve", task_state.pk)), {"comment": ""})
    page.refresh_from_db()
    assert not page.live


def test_communications_publish_directly(client):
    page = post_new_release(member_of(COMMUNICATIONS), **{"action-publish": "publish"})
    assert page.live
    assert client.get(page.get_url_in("sv")).status_code == 200


# --- embargo ------------------------------------------------------------------------------

def public_views(client, page_title, document, lead_image):
    """What an anonymous visitor can see of the release, channel by channel."""
    index = news_index()
    seen = {}
    for language in LANGUAGES:
        title = page_title if language == "en" else f"{page_title} {language.upper()}"
        with translation.override(language):
            index_url = index.get_url_in(language)
            seen[f"index {language}"] = title in client.get(index_url).content.decode()
            for query in ({"kind": "press"}, {"year": "2026"}):
                seen[f"index {query} {language}"] = title in client.get(
                    index_url, query).content.decode()
            seen[f"home {language}"] = title in client.get(f"/{language}/").content.decode()
            seen[f"search {language}"] = title in client.get(
                reverse("search"), {"q": "Embargoed"}).content.decode()
            seen[f"api {language}"] = title in [
                item["title"] for item in client.get(
                    "/api/v2/news/", {"lang": language}).json()["items"]]
            seen[f"embed {language}"] = title in client.get(
                index_url + "embed/").content.decode()
            for stream in ("all", "press-releases"):
                for fmt in ("rss", "atom"):
                    feed = feedparser.parse(client.get(index.feed_url(stream, fmt)).content)
                    seen[f"feed {stream} {fmt} {language}"] = title in [
                        e.title for e in feed.entries]
    page = ArticlePage.objects.get(slug_en="embargoed-results")
    sitemap = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        seen[f"url {language}"] = client.get(page.get_url_in(language)).status_code == 200
        seen[f"sitemap {language}"] = page.get_url_in(language, full=True) in sitemap
    seen["api detail"] = client.get(f"/api/v2/news/{page.pk}/").status_code == 200
    seen["attachment"] = client.get(document.url).status_code == 200
    # The files' own addresses under /media/, as uploaded: guessable, so checked too.
    seen["attachment under /media/"] = client.get(
        document.file.url, follow=True).status_code == 200
    seen["lead image under /media/"] = client.get(lead_image.file.url).status_code == 200
    return seen


def test_embargoed_release_reaches_no_channel_until_go_live(client, make_run_urls):
    document = make_document("release.pdf", title="Release PDF")
    lead_image = make_image("release-lead.png")
    communications = member_of(COMMUNICATIONS)
    with time_machine.travel(NOW, tick=False):
        # Warm the page cache: a cached listing must not hide the release after go-live.
        client.get(news_index().get_url_in("en"))
        client.get("/en/")
        go_live = timezone.localtime(GO_LIVE).strftime("%Y-%m-%d %H:%M")
        page = post_new_release(communications, **{
            "action-publish": "publish", "go_live_at": go_live, "lead_image": lead_image.pk,
            "attachments_en": {"count": 1, "0": {"type": "document", "deleted": "",
                                                   "order": 0, "value": {"document": document.pk,
                                                                         "label": ""}}},
        })
        assert not page.live
        assert page.get_latest_revision().approved_go_live_at == GO_LIVE
        assert page.lead_image == lead_image
        before = public_views(client, "Embargoed results", document, lead_image)
        assert not any(before.values()), [k for k, v in before.items() if v]

    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        after = public_views(client, "Embargoed results", document, lead_image)
        # No year 2026 article before go-live: the year filter now finds it too.
        assert all(after.values()), [k for k, v in after.items() if not v]
