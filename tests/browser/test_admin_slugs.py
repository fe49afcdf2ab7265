"""An editor types a page's titles and leaves the slugs to fill themselves: every slug comes
out in plain ASCII, accents transliterated and apostrophes turned into hyphens, like the
demo's (`a-propos-de-l-essai`)."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.factories]


def build_site():
    """Run by the site's own process (see `factory_site`): nothing to add, the editor adds
    a page below the bare site's home page."""
    return {}

TITLES = {
    "en": ("The study's results", "the-study-s-results"),
    "fr": ("Annonce de l’étude et de l'essai", "annonce-de-l-etude-et-de-l-essai"),
    "it": ("Perché l’ultimo paziente è importante", "perche-l-ultimo-paziente-e-importante"),
    "sv": ("Påminnelse om ärendet för mötet", "paminnelse-om-arendet-for-motet"),
}


def home_page_id(admin_page, site_url):
    pages = admin_page.request.get(site_url + "/admin/api/main/pages/?type=home.HomePage")
    return pages.json()["items"][0]["id"]


def test_slugs_filled_from_titles_are_ascii_in_every_language(admin_page, site_url):
    home = home_page_id(admin_page, site_url)
    admin_page.goto(f"{site_url}/admin/pages/add/home/standardpage/{home}/")
    for language, (title, _slug) in TITLES.items():
        title_field = admin_page.locator(f"#id_title_{language}")
        if not title_field.is_visible():  # the editor shows that language's fields
            admin_page.locator("button.locale-toggle", has_text=language).click()
        title_field.focus()
        title_field.fill(title)
        title_field.blur()
    for code, (_title, slug) in TITLES.items():
        expect(admin_page.locator(f"#id_slug_{code}")).to_have_value(slug)  # synced after a pause
    filled = {code: admin_page.input_value(f"#id_slug_{code}") for code in TITLES}

    admin_page.get_by_role("button", name="Save draft").click()
    admin_page.wait_for_url("**/edit/")
    saved = {code: admin_page.input_value(f"#id_slug_{code}") for code in TITLES}
    assert saved == filled
