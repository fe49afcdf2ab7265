"""The trial's pages in a real browser: axe-core in four languages, reflow at 320px, and the
lay summary's print layout (a clean A4 document)."""

import re

import pytest

from tests.browser.axe import assert_pages_pass_axe

pytestmark = [pytest.mark.browser, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]
# A DOI of the prefix set aside for examples: the paper the lay summary links.
PAPER = "https://doi.org/10.5555/2025.0001"


def build_site():
    """Run by the site's own process (see `factory_site`): the trial page with its status, a
    lay summary with every section written and a glossary, in four languages."""
    from tests.factories.home import paths_in_every_language
    from tests.factories.trial import trial_in_four_languages
    from trial.models import LAY_SECTION_FIELDS

    pages = trial_in_four_languages(paper_url=PAPER)
    return {"paths": paths_in_every_language(*pages), "sections": len(LAY_SECTION_FIELDS)}


def trial_paths(built, language):
    return built["paths"][language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_the_trial_lay_summary_and_glossary(page, site_url, built,
                                                                      language):
    assert_pages_pass_axe(page, site_url, trial_paths(built, language))


def test_the_trial_pages_reflow_at_320px(browser, site_url, built):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in trial_paths(built, "fr"):
        page.goto(site_url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()


def test_the_lay_summary_prints_as_a_clean_a4_document(page, site_url, built):
    page.goto(site_url + trial_paths(built, "en")[1])
    page.emulate_media(media="print")
    for selector in (".site-header", ".status-banner", "nav.toc", ".language-switcher"):
        assert page.locator(selector).first.is_hidden(), f"{selector} is printed"
    assert page.locator("h1").is_visible()
    assert page.locator("section.lay-section").count() == built["sections"]
    # Printed links show where they lead.
    after = page.evaluate(
        "getComputedStyle(document.querySelector('a[href^=\"https://doi.org\"]'), '::after')"
        ".content")
    assert PAPER in after
    # The stylesheet's @page rule makes an A4 page (595.3 × 841.9 points; Playwright's own
    # default would be US Letter, 612 × 792).
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert boxes, "no page in the PDF"
    width, height = (float(v) for v in boxes[0])
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, (width, height)
