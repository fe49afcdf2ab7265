"""The trial's pages in a real browser: axe-core in four languages, reflow at 320px, and the
lay summary's print layout (a clean A4 document)."""

import re

import pytest

from tests import launch_content as demo
from tests.browser.axe import assert_pages_pass_axe

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "fr", "it", "sv"]


def trial_paths(language):
    trial = f"/{language}/{demo.TRIAL_PAGE['slug'][language]}/"
    return [
        trial,
        f"{trial}{demo.LAY_SUMMARY['slug'][language]}/",
        f"/{language}/{demo.GLOSSARY['slug'][language]}/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_the_trial_lay_summary_and_glossary(page, site_url, language):
    assert_pages_pass_axe(page, site_url, trial_paths(language))


def test_the_trial_pages_reflow_at_320px(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in trial_paths("fr"):
        page.goto(site_url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()


def test_the_lay_summary_prints_as_a_clean_a4_document(page, site_url):
    page.goto(site_url + trial_paths("en")[1])
    page.emulate_media(media="print")
    for selector in (".site-header", ".status-banner", "nav.toc", ".language-switcher"):
        assert page.locator(selector).first.is_hidden(), f"{selector} is printed"
    assert page.locator("h1").is_visible()
    assert page.locator("section.lay-section").count() == 10
    # Printed links show where they lead.
    after = page.evaluate(
        "getComputedStyle(document.querySelector('a[href^=\"https://doi.org\"]'), '::after')"
        ".content")
    assert "https://doi.org/10.1016/S0140-6736(25)00262-4" in after
    # The stylesheet's @page rule makes an A4 page (595.3 × 841.9 points; Playwright's own
    # default would be US Letter, 612 × 792).
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert boxes, "no page in the PDF"
    width, height = (float(v) for v in boxes[0])
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, (width, height)
