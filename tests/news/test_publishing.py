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
from wagtail.test.utils.form_data import inline_formset

from home.roles import COMMUNICATIONS, EDITORS
from news.models import ArticlePage, Kind, PreviewLink
from tests.admin_helpers import add_url, page_form_data
from tests.conftest import LANGUAGES
from tests.factories.files import make_document, make_image
from tests.factories.news import news_index
from tests.helpers import soup
from tests.roles_helpers import member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

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

def public_views(client, page_title, document, lead_image, kit_image=None, link=None):
    """What an anonymous visitor can see of the release, channel by channel (and, with a
    journalist's preview link, what it gives: the release itself only before go-live)."""
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
    if kit_image is not None:
        seen["kit image original"] = client.get(kit_image.file.url).status_code == 200
    for language in LANGUAGES:
        seen[f"pdf {language}"] = client.get(
            page.get_url_in(language) + "pdf/").status_code == 200
        seen[f"json-ld {language}"] = '"NewsArticle"' in client.get(
            page.get_url_in(language)).content.decode()
        if link is not None:
            # After go-live the link leads to the public page: a channel like the others.
            seen[f"preview link leads to the public page {language}"] = client.get(
                link.get_url(language)).status_code == 302
    return seen


def preview_views(client, link, page_title, kit_image, document):
    """What a journalist's preview link gives, language by language: the release, its
    kit image's original, its document and its PDF."""
    seen = {}
    for language in LANGUAGES:
        title = page_title if language == "en" else f"{page_title} {language.upper()}"
        base = link.get_url(language)
        response = client.get(base)
        seen[f"preview {language}"] = (response.status_code == 200
                                       and title in response.content.decode())
        seen[f"preview kit image {language}"] = client.get(
            f"{base}image/{kit_image.pk}/").status_code == 200
        seen[f"preview pdf {language}"] = client.get(f"{base}pdf/").status_code == 200
        seen[f"preview document {language}"] = client.get(
            f"{base}document/{document.pk}/").status_code == 200
    return seen


def run_queued_pdf_tasks():
    """What the worker does with the PDFs queued so far (tests have no worker process)."""
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(task_path="news.tasks.make_release_pdfs",
                                         status="READY")
    assert queued.exists()
    for result in queued:
        result.task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
        result.delete()


def test_embargoed_release_reaches_no_channel_until_go_live(
        client, make_run_urls, django_capture_on_commit_callbacks):
    document = make_document("release.pdf", title="Release PDF")
    lead_image = make_image("release-lead.png")
    kit_image = make_image("release-kit.png")
    communications = member_of(COMMUNICATIONS)
    with time_machine.travel(NOW, tick=False):
        # Warm the page cache: a cached listing must not hide the release after go-live.
        client.get(news_index().get_url_in("en"))
        client.get("/en/")
        go_live = timezone.localtime(GO_LIVE).strftime("%Y-%m-%d %H:%M")
        with django_capture_on_commit_callbacks(execute=True):  # queues the PDFs
            page = post_new_release(communications, **{
                "action-publish": "publish", "go_live_at": go_live, "lead_image": lead_image.pk,
                "attachments_en": {"count": 1, "0": {
                    "type": "document", "deleted": "", "order": 0,
                    "value": {"document": document.pk, "label": ""}}},
                "kit_images": inline_formset([{
                    "image": kit_image.pk, "caption_en": "The trial team",
                    "caption_fr": "L’équipe", "credit": "MIROCALS", "licence": "CC BY 4.0"}]),
            })
        assert not page.live
        link = PreviewLink.objects.create(release=page, label="Le Monde")
        run_queued_pdf_tasks()  # the PDFs of the version approved for go-live
        through_link = preview_views(client, link, "Embargoed results", kit_image, document)
        assert all(through_link.values()), [k for k, v in through_link.items() if not v]
        assert page.get_latest_revision().approved_go_live_at == GO_LIVE
        assert page.lead_image == lead_image
        before = public_views(client, "Embargoed results", document, lead_image, kit_image)
        assert not any(before.values()), [k for k, v in before.items() if v]

    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        after = public_views(client, "Embargoed results", document, lead_image, kit_image,
                             link)
        # No year 2026 article before go-live: the year filter now finds it too.
        assert all(after.values()), [k for k, v in after.items() if not v]
