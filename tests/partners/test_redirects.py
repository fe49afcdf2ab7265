"""Stable addresses: when an editor changes a partner page's slug in ANY language, the old
/<lang>/... address answers with a permanent redirect to the new one."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from tests.admin_helpers import edit_url, form_values
from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def index(db):
    """The partners section with an address of its own in each language, as launched."""
    return PartnerIndexPageFactory(slug="partners", slug_fr="partenaires", slug_it="partner",
                                   slug_sv="partner")


def partner(index, title, **slugs):
    """A partner page in the section, with a slug of its own in each language unless
    `slugs` says otherwise."""
    return PartnerPageFactory(parent=index, title=title, translated=True, **slugs)


def publish_in_admin(admin_client, page, **changes):
    """Open the page's edit view, change some fields, and press "Publish"."""
    data = form_values(admin_client.get(edit_url(page)))
    data.update(changes, **{"action-publish": "action-publish"})
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 302, soup(response).select(".error-message")
    page.refresh_from_db()
    return page


def assert_moved(client, old, new):
    response = client.get(old)
    assert response.status_code == 301, old
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_french_slug_change_redirects_the_old_french_address(admin_client, client, index):
    page = partner(index, "King's College London")
    old = {lang: page.get_url_in(lang) for lang in ("en", "fr", "it", "sv")}
    page = publish_in_admin(admin_client, page, slug_fr="kings-college-de-londres")
    assert page.get_url_in("fr") == "/fr/partenaires/kings-college-de-londres/"
    admin_client.logout()
    assert_moved(client, old["fr"], "/fr/partenaires/kings-college-de-londres/")
    # The other languages kept their address: nothing to redirect there.
    for language in ("en", "it", "sv"):
        assert page.get_url_in(language) == old[language]
        assert client.get(old[language]).status_code == 200
    assert not Redirect.objects.filter(old_path=old["en"].rstrip("/")).exists()


def test_english_slug_change_redirects_the_old_english_address(
    admin_client, client, django_capture_on_commit_callbacks, index
):
    page = partner(index, "Généthon")
    old_en, old_fr = page.get_url_in("en"), page.get_url_in("fr")
    # Wagtail's own redirect for the admin's language runs at commit: both must agree.
    with django_capture_on_commit_callbacks(execute=True):
        publish_in_admin(admin_client, page, slug_en="genethon-evry")
    assert Redirect.objects.filter(old_path="/en/partners/genethon").count() == 1
    admin_client.logout()
    assert_moved(client, old_en, "/en/partners/genethon-evry/")
    assert client.get(old_fr).status_code == 200


def test_slug_change_of_a_language_left_untranslated_moves_that_language_too(
    admin_client, client, index
):
    # With no Italian slug, the Italian address follows the English slug.
    page = partner(index, "ICON plc")
    page.slug_it = ""
    page.save_revision().publish()
    page.refresh_from_db()
    old_it = page.get_url_in("it")
    assert old_it == "/it/partner/icon-plc/"
    publish_in_admin(admin_client, page, slug_en="icon")
    admin_client.logout()
    assert_moved(client, old_it, "/it/partner/icon/")
    assert_moved(client, "/en/partners/icon-plc/", "/en/partners/icon/")


def test_renaming_the_index_in_swedish_redirects_every_swedish_partner_address(
    admin_client, client, index
):
    page = partner(index, "University of Gothenburg", slug_sv="goteborgs-universitet")
    old_partner = page.get_url_in("sv")
    assert old_partner == "/sv/partner/goteborgs-universitet/"
    publish_in_admin(admin_client, index, slug_sv="partnerorganisationer")
    admin_client.logout()
    assert_moved(client, "/sv/partner/", "/sv/partnerorganisationer/")
    assert_moved(client, old_partner, "/sv/partnerorganisationer/goteborgs-universitet/")
    # Other languages are untouched.
    assert client.get(page.get_url_in("en")).status_code == 200


def test_changing_a_slug_back_serves_the_page_and_redirects_the_other_address(
    admin_client, client, index
):
    # The French address keeps the English name, as the launch content's does.
    page = partner(index, "University of Sheffield", slug_fr="university-of-sheffield")
    original = page.get_url_in("fr")
    publish_in_admin(admin_client, page, slug_fr="universite-de-sheffield")
    publish_in_admin(admin_client, page, slug_fr="university-of-sheffield")
    admin_client.logout()
    assert client.get(original).status_code == 200
    assert_moved(client, "/fr/partenaires/universite-de-sheffield/", original)
    # No redirect is left on the address that is a page again.
    assert not Redirect.objects.filter(old_path=original.rstrip("/")).exists()


def test_saving_a_draft_with_a_new_slug_moves_nothing(admin_client, client, index):
    page = partner(index, "University of Sussex")
    old = page.get_url_in("fr")
    data = form_values(admin_client.get(edit_url(page)))
    data["slug_fr"] = "universite-du-sussex"
    assert admin_client.post(edit_url(page), data).status_code == 302
    admin_client.logout()
    assert client.get(old).status_code == 200
    assert client.get("/fr/partenaires/universite-du-sussex/").status_code == 404
