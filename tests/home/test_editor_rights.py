"""Editors draft and submit news, and nothing else (issue 11.3): they may not open other
pages' edit views, add pages outside the news, change or replace files outside their own
collection, or delete a release Communications approved."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.models import StandardPage
from home.roles import COMMUNICATIONS, EDITORS
from news.models import ArticlePage
from tests.admin_helpers import add_url, edit_url, page_form_data
from tests.factories.home import home_page
from tests.factories.news import make_article, news_index
from tests.factories.partners import PartnerPageFactory
from tests.factories.trial import LaySummaryPageFactory, trial_page
from tests.roles_helpers import client_for, refused

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def editor():
    return client_for("editor", Group.objects.get(name=EDITORS))


def png(name):
    out = io.BytesIO()
    PILImage.new("RGB", (64, 64), "#5a2d82").save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def test_an_editor_opens_no_page_outside_the_news(editor):
    article = make_article("An editor's news")
    pages = [home_page(), trial_page(), LaySummaryPageFactory(),
             PartnerPageFactory(title="King's College London")]
    for page in pages:
        assert refused(editor.get(edit_url(page))), page.title_en
        before = page.specific.title_en
        editor.post(edit_url(page), {"title_en": "Changed by an editor",
                                     "slug_en": page.slug_en})
        page.refresh_from_db()
        assert page.title_en == before and not page.has_unpublished_changes
    assert editor.get(edit_url(article)).status_code == 200


def test_an_editor_is_shown_no_move_confirmation_of_a_page_they_may_not_move(editor):
    lay_summary = LaySummaryPageFactory()
    url = reverse("wagtailadmin_pages:move_confirm", args=(lay_summary.pk, news_index().pk))
    assert refused(editor.get(url))
    assert lay_summary.title_en not in editor.get(url, follow=True).content.decode()


def test_an_editor_adds_no_page_below_the_home_page(editor):
    home = home_page()
    assert refused(editor.get(add_url(StandardPage, home)))
    data = page_form_data(StandardPage, {"title": {"en": "Editor's page"},
                                         "slug": {"en": "editors-page"}})
    editor.post(add_url(StandardPage, home), data)
    assert not StandardPage.objects.filter(slug_en="editors-page").exists()


def test_an_editor_cannot_replace_a_partners_logo_file(editor):
    logo = PartnerPageFactory(title="King's College London").logo
    original = logo.file.name
    edit = reverse("wagtailimages:edit", args=(logo.pk,))
    assert refused(editor.get(edit))
    editor.post(edit, {"title": "Replaced", "file": png("other.png"),
                       "collection": logo.collection_id})
    logo.refresh_from_db()
    assert logo.file.name == original and logo.title != "Replaced"
    assert refused(editor.get(reverse("wagtailimages:delete", args=(logo.pk,))))


def test_an_editor_uploads_into_the_news_collection_only(editor):
    root = Collection.get_first_root_node()
    response = editor.post(reverse("wagtailimages_chooser:create"), {
        "image-chooser-upload-title": "Into the root",
        "image-chooser-upload-file": png("root.png"),
        "image-chooser-upload-collection": root.pk,
    })
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Into the root",
                                                collection=root).exists()
    editor.post(reverse("wagtailimages_chooser:create"), {
        "image-chooser-upload-title": "Trial team photo",
        "image-chooser-upload-file": png("team.png"),
    })
    assert get_image_model().objects.get(title="Trial team photo").collection.name == "News"


def test_an_editor_cannot_delete_a_release_communications_approved(editor):
    author = editor.session["_auth_user_id"]
    release = make_article("Approved embargoed release", publish=False)
    release.owner_id = author
    release.go_live_at = timezone.now() + datetime.timedelta(days=1)
    release.save_revision(user=release.owner).publish()  # approved for its go-live
    release.refresh_from_db()
    assert not release.live and release.scheduled_revision

    delete = reverse("wagtailadmin_pages:delete", args=(release.pk,))
    assert refused(editor.get(delete))
    editor.post(delete)
    editor.post(f"/admin/bulk/wagtailcore/page/delete/?id={release.pk}")
    assert ArticlePage.objects.filter(pk=release.pk).exists()

    # Their own draft that nobody approved yet they may still throw away.
    draft = make_article("Abandoned editor draft", publish=False)
    draft.owner_id = author
    draft.save()
    assert editor.post(reverse("wagtailadmin_pages:delete", args=(draft.pk,))).status_code == 302
    assert not ArticlePage.objects.filter(pk=draft.pk).exists()


def test_communications_may_delete_the_approved_release():
    communications = client_for("comms", Group.objects.get(name=COMMUNICATIONS))
    release = make_article("Withdrawn embargoed release", publish=False)
    release.go_live_at = timezone.now() + datetime.timedelta(days=1)
    release.save_revision().publish()
    communications.post(reverse("wagtailadmin_pages:delete", args=(release.pk,)))
    assert not ArticlePage.objects.filter(pk=release.pk).exists()


def test_an_editor_cannot_delete_their_image_once_a_live_article_shows_it(editor):
    editor.post(reverse("wagtailimages_chooser:create"), {
        "image-chooser-upload-title": "Lead photo", "image-chooser-upload-file": png("lead.png")})
    photo = get_image_model().objects.get(title="Lead photo")
    delete = reverse("wagtailimages:delete", args=(photo.pk,))
    assert editor.get(delete).status_code == 200  # their own upload, on no public page yet

    make_article("Article with a lead photo", lead_image=photo)  # published by Communications
    assert refused(editor.get(delete))
    editor.post(delete)
    assert get_image_model().objects.filter(pk=photo.pk).exists()
