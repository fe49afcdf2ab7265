"""The lay summary's PDF link in a real browser, in four languages: visible near the top,
a target of at least 44×44 px, reached with the keyboard, working without JavaScript, and
giving a PDF in the page's language; left out of the printed page."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]


def build_site():
    """Run by the site's own process (see `factory_site`): the trial's pages in four
    languages, and the lay summary's PDFs made as `make_lay_summary_pdfs` makes them (on a
    running site the background worker does, once the page is published)."""
    from django.core.management import call_command

    from tests.factories.home import paths_in_every_language
    from tests.factories.trial import trial_in_four_languages

    _trial, summary, _glossary = trial_in_four_languages()
    call_command("make_lay_summary_pdfs", verbosity=0)
    return {"summary": {code: path for code, [path] in
                        paths_in_every_language(summary).items()}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_link_is_a_big_keyboard_target_that_gives_the_pdf_without_javascript(
        browser, site_url, built, language):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + built["summary"][language])
    link = page.locator('main a[type="application/pdf"]')
    assert link.is_visible()
    assert "PDF" in link.inner_text()
    box = link.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    # Before the ten sections: found without scrolling through the summary.
    assert box["y"] < page.locator("section.lay-section").first.bounding_box()["y"]

    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "application/pdf":
            break
    else:
        pytest.fail("the PDF link is never reached with Tab")

    response = context.request.get(site_url + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-language"] == language
    assert response.body().startswith(b"%PDF-")

    page.emulate_media(media="print")
    assert link.is_hidden()
    context.close()
