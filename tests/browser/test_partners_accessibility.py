"""Partners in a real browser: axe-core in four languages, the filter without JavaScript,
the badge code selectable by keyboard, and no sideways scrolling at 320 px."""

import pytest

from tests.browser.axe import assert_pages_pass_axe
from tests.launch_content import PARTNERS
from tests.launch_content import PARTNERS_INDEX as INDEX

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "fr", "it", "sv"]
KCL = next(spec for spec in PARTNERS if spec["key"] == "kcl")
NIMES = next(spec for spec in PARTNERS if spec["key"] == "chu-nimes")


def index_path(language):
    return f"/{language}/{INDEX['slug'][language]}/"


def partner_path(spec, language):
    return f"{index_path(language)}{spec['slug'][language]}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_the_partners_index_and_a_partner_page(
    page, site_url, language
):
    assert_pages_pass_axe(page, site_url, (
        index_path(language), partner_path(NIMES, language),
        index_path(language) + "?country=gb&type=biobank"))


def test_filter_by_keyboard_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + index_path("fr"))
    page.select_option("select[name=country]", "it")
    page.focus("form.partner-filter button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**?country=it&type=")
    names = page.locator(".partner-card__name").all_inner_texts()
    assert names == ["Humanitas Research Hospital"]
    assert page.locator("select[name=country]").input_value() == "it"
    context.close()


def test_badge_code_is_selected_whole_with_the_keyboard(page, site_url):
    page.goto(site_url + partner_path(KCL, "en"))
    page.focus("#badge-html")
    page.keyboard.press("Control+A")
    selected, total = page.evaluate(
        "(() => { const t = document.activeElement;"
        " return [t.selectionEnd - t.selectionStart, t.value.length]; })()")
    assert selected == total > 50
    code = page.locator("#badge-html").input_value()
    assert code.startswith('<a href="http') and "mirocals-partner-badge-en.svg" in code
    assert page.locator("#page-address").input_value().endswith(partner_path(KCL, "en"))


def test_partner_pages_reflow_at_320_pixels(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in (index_path("fr"), partner_path(NIMES, "fr"), "/fr/"):
        page.goto(site_url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()
