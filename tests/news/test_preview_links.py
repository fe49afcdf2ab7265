"""Journalists' preview links: the embargoed release under its banner in four languages,
private and unindexed, logged, and a clear refusal for every link that does not work."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from home.roles import COMMUNICATIONS
from news.models import ArticlePage, PreviewLink, PreviewOpen
from tests.conftest import LANGUAGES
from tests.factories.files import article_with_files, make_document, make_image
from tests.helpers import soup, translated
from tests.html_checker import html_errors
from tests.roles_helpers import member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

GO_LIVE = datetime.datetime(2026, 5, 9, 22, 30, tzinfo=datetime.UTC)  # 00:30 in Paris
BEFORE = GO_LIVE - datetime.timedelta(days=2)


@pytest.fixture
def release():
    with time_machine.travel(BEFORE, tick=False):
        page = article_with_files("Embargoed trial results", document=make_document("kit.pdf"),
                                  image=make_image("kit-lead.png"), go_live_at=GO_LIVE)
    assert not page.live
    return page


def link_for(page, **fields):
    return PreviewLink.objects.create(release=page, label="Jane Doe, Le Monde", **fields)


def test_a_link_shows_the_release_under_the_embargo_banner_in_every_language(client, release):
    link = link_for(release)
    with time_machine.travel(BEFORE, tick=False):
        for language in LANGUAGES:
            response = client.get(link.get_url(language))
            assert response.status_code == 200
            page = soup(response)
            assert page.html["lang"] == language
            assert page.h1.get_text(strip=True) == "Embargoed trial results"
            banner = page.select_one(".embargo-banner").get_text(" ", strip=True)
            assert translated("Embargoed until %(moment)s (UTC%(offset)s)", language) \
                .split("%")[0].strip() in banner
            assert "00:30" in banner and "CEST" in banner and "UTC+02:00" in banner
            assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"
            assert response["X-Robots-Tag"] == "noindex, nofollow"
            assert response["Cache-Control"] == "private, no-store"
            assert not page.find("link", rel="canonical")
            # The switcher leads to the same preview in the other languages.
            switcher = {a["lang"]: a["href"] for a in page.select(".language-switcher a")}
            assert switcher == {code: link.get_url(code) for code in LANGUAGES}
    opens = list(PreviewOpen.objects.filter(link=link).order_by("pk"))
    assert [o.language for o in opens] == LANGUAGES
    assert all(o.opened_at == BEFORE for o in opens)


def test_the_banner_is_in_the_readers_language(client, release):
    link = link_for(release)
    with time_machine.travel(BEFORE, tick=False):
        banner = soup(client.get(link.get_url("fr"))).select_one(".embargo-banner").get_text()
    assert "Sous embargo jusqu’au 10 mai 2026 à 00:30 CEST (UTC+02:00)" in banner


def test_the_preview_is_never_stored_in_the_page_cache(client, release, settings):
    settings.PAGE_CACHE_SECONDS = 600
    link = link_for(release)
    with time_machine.travel(BEFORE, tick=False):
        assert client.get(link.get_url("en")).status_code == 200
        link.revoked = True
        link.save()
        assert client.get(link.get_url("en")).status_code == 410


def test_kit_files_come_only_through_the_link(client, release):
    link = link_for(release)
    document = make_document("other.pdf")
    with time_machine.travel(BEFORE, tick=False):
        page = soup(client.get(link.get_url("en")))
        download = page.select_one(".download a")["href"]
        assert download.startswith(link.get_url("en"))
        response = client.get(download)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        # The same document at its own addresses stays closed.
        kit_document = release.attachments[0].value["document"]
        assert client.get(kit_document.url).status_code == 404
        # A file of no release, or another's, through this link: a clear 404.
        other = client.get(f"{link.get_url('en')}document/{document.pk}/")
        assert other.status_code == 404
        assert "not part of this release" in other.content.decode()
        assert client.get(f"{link.get_url('en')}image/{release.lead_image_id}/").status_code == 200


def refusal(client, url, language="en"):
    response = client.get(url)
    body = soup(response)
    assert body.html["lang"] == language
    assert response["Cache-Control"] == "private, no-store"
    assert "Embargoed trial results" not in response.content.decode()  # nothing leaked
    return response.status_code, body.select_one("main p").get_text(" ", strip=True)


def test_links_that_do_not_work_say_why_and_leak_nothing(client, release):
    link = link_for(release)
    with time_machine.travel(BEFORE, tick=False):
        url = link.get_url("fr")
        status, message = refusal(client, url[:-3] + "x" + url[-2:], "fr")  # tampered
        assert status == 404
        assert message == translated("This preview link is not valid. Check that you copied "
                                     "the whole address, or ask the press office for a new "
                                     "link.", "fr")
        assert refusal(client, "/en/press-preview/12.abc.def/")[0] == 404
        link.revoked = True
        link.save()
        status, message = refusal(client, link.get_url("sv"), "sv")
        assert status == 410 and message.startswith(translated(
            "This preview link has been revoked. Ask the press office for a new link if you "
            "still need one.", "sv")[:20])
    expired = link_for(release, grace_hours=1)
    with time_machine.travel(GO_LIVE + datetime.timedelta(hours=2), tick=False):
        assert refusal(client, expired.get_url("it"), "it")[0] == 410
    with time_machine.travel(BEFORE, tick=False):
        ArticlePage.objects.get(pk=release.pk).delete()
        assert refusal(client, expired.get_url("en"))[0] == 404


def test_after_go_live_the_link_leads_to_the_public_page(client, release):
    from django.core.management import call_command

    link = link_for(release)
    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        response = client.get(link.get_url("it"))
        assert response.status_code == 302
        assert response["Location"] == ArticlePage.objects.get(pk=release.pk).get_url_in("it")


def test_communications_create_links_and_see_who_opened_them(client, release):
    communications = member_of(COMMUNICATIONS)
    response = communications.post(reverse("press_preview_links:add"), {
        "release": release.pk, "label": "Radio Sweden", "grace_hours": 12})
    assert response.status_code == 302
    link = PreviewLink.objects.get(label="Radio Sweden")
    assert link.created_by.username == "communications-member"
    with time_machine.travel(BEFORE, tick=False):
        client.get(link.get_url("sv"))
    listing = communications.get(reverse("press_preview_links:index")).content.decode()
    assert link.get_full_url() in listing
    opens = communications.get(reverse("press_preview_opens:index")).content.decode()
    assert "Radio Sweden" in opens
    assert not communications.get(reverse("press_preview_opens:add")).status_code == 200


def test_the_nu_html_checker_finds_no_error_on_previews_and_refusals(client, release, tmp_path):
    link = link_for(release)
    files = {}
    with time_machine.travel(BEFORE, tick=False):
        for language in LANGUAGES:
            for name, url in (("preview", link.get_url(language)),
                              ("refused", f"/{language}/press-preview/1.x.y/")):
                file = tmp_path / f"{language}-{name}.html"
                file.write_bytes(client.get(url).content)
                files[file] = url
    errors = html_errors(files)
    assert not errors, "\n".join(errors)
