"""Partners in a real browser: axe-core in four languages, the filter without JavaScript,
the badge code selectable by keyboard, and no sideways scrolling at 320 px."""

import pytest

from tests.browser.axe import assert_pages_pass_axe

pytestmark = [pytest.mark.browser, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]


def build_site():
    """Run by the site's own process (see `factory_site`): a partners section in four
    languages with its funder, partners in France and Britain of several types (a biobank
    among them) and one in Italy."""
    from partners.choices import PartnerType
    from tests.factories.home import paths_in_every_language
    from tests.factories.partners import FunderFactory, PartnerIndexPageFactory
    from tests.factories.partners import PartnerPageFactory as Partner

    index = PartnerIndexPageFactory(translated=True)
    FunderFactory(name="A public research fund")

    def partner(title, **fields):
        # A name is the same in every language; its address is translated.
        return Partner(parent=index, title=title, translated=True,
                       **{f"title_{code}": title for code in LANGUAGES[1:]}, **fields)

    nimes = partner("Nîmes University Hospital", city="Nîmes")
    kcl = partner("King's College London", country="GB", city="London",
                  partner_type=PartnerType.LABORATORY)
    partner("A British brain bank", country="GB", city="London",
            partner_type=PartnerType.BIOBANK)
    italian = partner("An Italian research hospital", country="IT", city="Milan")
    return {"paths": paths_in_every_language(index, nimes, kcl), "italian": italian.title}


def index_path(built, language):
    return built["paths"][language][0]


NIMES, KCL = 1, 2  # their places in built["paths"]


def partner_path(built, partner, language):
    return built["paths"][language][partner]


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_the_partners_index_and_a_partner_page(
    page, site_url, built, language
):
    assert_pages_pass_axe(page, site_url, (
        index_path(built, language), partner_path(built, NIMES, language),
        index_path(built, language) + "?country=gb&type=biobank"))


def test_filter_by_keyboard_without_javascript(browser, site_url, built):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + index_path(built, "fr"))
    page.select_option("select[name=country]", "it")
    page.focus("form.partner-filter button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**?country=it&type=")
    names = page.locator(".partner-card__name").all_inner_texts()
    assert names == [built["italian"]]
    assert page.locator("select[name=country]").input_value() == "it"
    context.close()


def test_badge_code_is_selected_whole_with_the_keyboard(page, site_url, built):
    page.goto(site_url + partner_path(built, KCL, "en"))
    page.focus("#badge-html")
    page.keyboard.press("Control+A")
    selected, total = page.evaluate(
        "(() => { const t = document.activeElement;"
        " return [t.selectionEnd - t.selectionStart, t.value.length]; })()")
    assert selected == total > 50
    code = page.locator("#badge-html").input_value()
    assert code.startswith('<a href="http') and "mirocals-partner-badge-en.svg" in code
    assert page.locator("#page-address").input_value().endswith(partner_path(built, KCL, "en"))


def test_partner_pages_reflow_at_320_pixels(browser, site_url, built):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in (index_path(built, "fr"), partner_path(built, NIMES, "fr"), "/fr/"):
        page.goto(site_url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()
