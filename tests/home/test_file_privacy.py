"""Files before go-live (issues 11.2 and 11.4): the document and the images of a page that is
not published yet reach nobody but the people who may edit that page, by any address:
/documents/, /media/, or the web server serving MEDIA_ROOT in production."""

import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.checks import run_checks
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client, override_settings
from wagtail.images.models import IMAGE_FORMAT_EXTENSIONS, Filter
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.utils import sendfile as wagtail_sendfile

from home import legacy_media
from home.roles import EDITORS
from news.roles import NEWS_COLLECTION
from partners.permissions import ensure_partner_group
from tests.factories.files import (
    article_with_files,
    make_document,
    make_image,
    png_bytes,
    tomorrow,
)
from tests.factories.partners import PartnerPageFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

User = get_user_model()


def unique(name):
    stem, dot, extension = name.partition(".")
    return f"{stem}-{uuid.uuid4().hex[:8]}{dot}{extension}"


@pytest.fixture
def release(db):
    """A press release approved for tomorrow (embargoed), with its PDF and lead image."""
    document = make_document(unique("embargoed-release.pdf"))
    image = make_image(unique("embargoed-lead.png"))
    page = article_with_files("Scheduled release", document, image, go_live_at=tomorrow())
    assert not page.live
    return page, document, image


@pytest.fixture
def draft(db):
    document = make_document(unique("draft-notes.pdf"))
    image = make_image(unique("draft-photo.png"))
    page = article_with_files("Draft article", document, image, publish=False)
    return page, document, image


@pytest.fixture
def published(db):
    document = make_document(unique("public-release.pdf"))
    image = make_image(unique("public-lead.png"))
    page = article_with_files("Published release", document, image)
    return page, document, image


def signed_in(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def partner_account():
    user = User.objects.create_user("partner-staff", "staff@example.invalid", "pw")
    own_page = PartnerPageFactory(title="King's College London", country="GB")
    user.groups.add(ensure_partner_group(own_page))
    return user


def library_editor():
    """Admin access and every right on the image and document libraries, no page rights."""
    user = User.objects.create_user("librarian", "librarian@example.invalid", "pw")
    group = Group.objects.create(name="Librarians")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_document", "change_document", "choose_document",
                     "add_image", "change_image", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=group, collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(codename=codename))
    user.groups.add(group)
    return user


def news_editor():
    user = User.objects.create_user("news-editor", "editor@example.invalid", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def addresses(document, image):
    """Every address by which a reader could ask for the files."""
    return {
        "document view": document.url,
        "/media/ document": document.file.url,
        "/media/ original image": image.file.url,
    }


def status(client, url):
    return client.get(url, follow=True).status_code


def guessable_rendition_url(image, spec):
    """Where Wagtail would put a rendition: the original's name, its focal point key and
    the filter spec (see AbstractImage.generate_rendition_file)."""
    key = Filter(spec).get_cache_key(image)
    ending = (f"{key}." if key else "") + spec.replace("|", ".") + IMAGE_FORMAT_EXTENSIONS[
        spec.rsplit("format-", 1)[-1]]
    stem = Path(image.file.name).stem[:59 - len(ending)]
    return f"{settings.MEDIA_URL}images/{stem}.{ending}"


# --- 11.2: what `make run` and the web server serve --------------------------------------

def test_make_run_serves_no_file_of_an_unpublished_page_under_media(
        client, make_run_urls, release, draft):
    for _page, document, image in (release, draft):
        assert client.get(f"/media/{document.file.name}").status_code == 404
        assert client.get(f"/media/{image.file.name}").status_code == 404
        for url in addresses(document, image).values():
            assert status(client, url) == 404, url


def test_make_run_still_serves_the_files_of_published_pages(client, make_run_urls, published):
    page, document, image = published
    for url in addresses(document, image).values():
        assert status(client, url) == 200, url
    html = soup(client.get(page.get_url_in("en")))
    images = [img["src"] for img in html.select("main img[src]")]
    assert images and all(client.get(src).status_code == 200 for src in images)


def test_no_document_or_original_image_is_in_the_folder_the_web_server_serves(
        release, draft, published):
    media_root = Path(settings.MEDIA_ROOT).resolve()
    for _page, document, image in (release, draft, published):
        for stored in (document.file, image.file):
            assert not (media_root / stored.name).exists(), stored.name
            assert not Path(stored.path).resolve().is_relative_to(media_root), stored.path
            assert Path(stored.path).exists()
    rendition = published[2].get_rendition("width-480|format-webp")
    assert Path(rendition.file.path).resolve().is_relative_to(media_root)


def test_renditions_of_an_embargoed_image_are_not_at_a_guessable_address(
        client, make_run_urls, release):
    _page, _document, image = release
    spec = "fill-1200x630|format-jpeg"  # the page's social image, made by an editor's preview
    rendition = image.get_rendition(spec)
    guess = guessable_rendition_url(image, spec)
    assert rendition.url != guess
    assert client.get(guess).status_code == 404
    # The rendition itself is a public file: only its address, random, keeps it private.
    assert client.get(rendition.url).status_code == 200


# --- 11.4: who may have a file before go-live ---------------------------------------------

@pytest.mark.parametrize(("who", "allowed"), [
    ("anonymous", False), ("partner", False), ("library editor", False),
    ("news editor", True), ("superuser", True),
])
def test_files_before_go_live_need_rights_on_a_page_that_uses_them(release, who, allowed):
    _page, document, image = release
    users = {
        "partner": partner_account, "library editor": library_editor,
        "news editor": news_editor,
        "superuser": lambda: User.objects.create_superuser("boss", "boss@example.invalid", "pw"),
    }
    client = signed_in(users[who]()) if who in users else Client()
    for name, url in addresses(document, image).items():
        assert status(client, url) == (200 if allowed else 404), (who, name)


def test_publishing_opens_the_files_and_unpublishing_closes_them(client, draft):
    page, document, image = draft
    assert {status(client, url) for url in addresses(document, image).values()} == {404}
    page.get_latest_revision().publish()
    assert {status(client, url) for url in addresses(document, image).values()} == {200}
    page.refresh_from_db()
    page.unpublish()
    assert {status(client, url) for url in addresses(document, image).values()} == {404}


def test_a_file_no_page_uses_yet_is_its_uploaders_only(client):
    uploader = news_editor()
    news_files = Collection.objects.get(name=NEWS_COLLECTION)  # where Editors upload
    document = make_document(unique("unused.pdf"), user=uploader, collection=news_files)
    image = make_image(unique("unused.png"), user=uploader, collection=news_files)
    uploader_client, partner = signed_in(uploader), signed_in(partner_account())
    for url in addresses(document, image).values():
        assert status(uploader_client, url) == 200, url
        assert status(client, url) == 404, url
        assert status(partner, url) == 404, url


# --- production: the web server sends the file once Django said yes ------------------------

@pytest.fixture
def sendfile_header():
    def configure(header):
        wagtail_sendfile._get_sendfile.clear()
        return override_settings(SENDFILE_BACKEND="home.file_sending", SENDFILE_HEADER=header,
                                 SENDFILE_URL="/private-media/")
    yield configure
    wagtail_sendfile._get_sendfile.clear()


def test_nginx_sends_the_file_through_x_accel_redirect(client, sendfile_header, published,
                                                       release):
    _page, document, image = published
    with sendfile_header("X-Accel-Redirect"):
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["X-Accel-Redirect"] == f"/private-media/{document.file.name}"
        assert response.content == b""
        assert document.filename in response["Content-Disposition"]
        original = client.get(image.file.url)
        assert original["X-Accel-Redirect"] == f"/private-media/{image.file.name}"
        embargoed = client.get(release[1].url)
        assert embargoed.status_code == 404 and "X-Accel-Redirect" not in embargoed


def test_apache_sends_the_file_through_x_sendfile(client, sendfile_header, published):
    _page, document, _image = published
    with sendfile_header("X-Sendfile"):
        response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Sendfile"] == str(Path(document.file.path))


# --- existing sites: files uploaded before this change ---------------------------------------

def test_an_old_media_folder_is_moved_out_of_reach_and_keeps_working(client):
    """A database and media/ folder from before: documents and originals in MEDIA_ROOT,
    renditions named after the original. The migration moves and renames them."""
    media_root = Path(settings.MEDIA_ROOT)
    name = unique("old-release.pdf")
    (media_root / "documents").mkdir(parents=True, exist_ok=True)
    (media_root / "documents" / name).write_bytes(b"%PDF-1.4 old")
    document = make_document("placeholder.pdf")
    document.file.delete(save=False)
    type(document).objects.filter(pk=document.pk).update(file=f"documents/{name}")
    document.refresh_from_db()
    page = article_with_files("Old release", document)
    image = make_image(unique("old-lead.png"))
    old_rendition = image.get_rendition("width-480|format-png")
    old_name = f"images/{Path(image.file.name).stem}.width-480.format-png.png"
    (media_root / old_name).write_bytes(Path(old_rendition.file.path).read_bytes())
    type(old_rendition).objects.filter(pk=old_rendition.pk).update(file=old_name)
    original = media_root / image.file.name
    original.parent.mkdir(parents=True, exist_ok=True)
    Path(image.file.path).replace(original)

    legacy_media.move_private_files_out_of_media_root()
    legacy_media.rename_guessable_renditions(
        type(old_rendition).objects.filter(pk=old_rendition.pk))

    assert not (media_root / "documents" / name).exists()
    assert not original.exists() and Path(image.file.path).exists()
    assert client.get(document.url).status_code == 200
    assert client.get(page.get_url_in("en")).status_code == 200
    old_rendition.refresh_from_db()
    assert old_rendition.file.name != old_name and not (media_root / old_name).exists()
    assert Path(old_rendition.file.path).exists()


def test_deleting_a_file_deletes_it_from_the_private_folder(django_capture_on_commit_callbacks):
    document = make_document(unique("to-delete.pdf"))
    image = make_image(unique("to-delete.png"))
    paths = [Path(document.file.path), Path(image.file.path)]
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
        image.delete()
    assert not any(path.exists() for path in paths)


def test_an_original_is_sent_as_an_image_that_runs_nothing(client, published):
    response = client.get(published[2].file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "Content-Encoding" not in response  # not "None": the browser would not decode it


def test_profile_pictures_are_for_admin_users_only(client):
    name = default_storage.save(f"avatar_images/{unique('face.png')}",
                                ContentFile(png_bytes()))
    url = default_storage.url(name)
    assert client.get(url).status_code == 404
    assert signed_in(news_editor()).get(url).status_code == 200


def test_a_private_folder_inside_media_root_is_refused_by_the_checks():
    with override_settings(PRIVATE_MEDIA_ROOT=Path(settings.MEDIA_ROOT) / "private"):
        errors = run_checks(tags=["security"])
    assert "home.E001" in [error.id for error in errors]
