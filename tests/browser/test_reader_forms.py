"""The alerts and question forms in a real browser: "Get updates" a few Tab presses from
the top of every page, large targets, errors announced, usable without JavaScript, and
axe-core's audit."""

import pytest

from tests.browser.axe import assert_no_violations, assert_pages_pass_axe

pytestmark = [pytest.mark.browser, pytest.mark.factories]

BOX = "(el => { const r = el.getBoundingClientRect(); return [r.width, r.height]; })"


def build_site():
    """Run by the site's own process (see `factory_site`): the page where readers ask the
    trial team a question, in four languages (the alerts form is the site's own view)."""
    from tests.factories.home import paths_in_every_language
    from tests.factories.questions import QuestionPageFactory

    question = QuestionPageFactory()
    return {"question": {code: path for code, [path] in
                         paths_in_every_language(question).items()}}


def test_get_updates_is_the_third_tab_stop_of_every_page(page, site_url, built):
    for path in ("/fr/", built["question"]["it"]):
        page.goto(site_url + path)
        for _ in range(3):
            page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "updates-link", path
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/it/avvisi/")
    assert page.locator("main form.alerts-form").is_visible()


def test_form_targets_are_at_least_44_pixels(page, site_url, built):
    page.goto(site_url + "/en/")
    targets = page.locator(".updates-link, .alerts-footer input[type=email], "
                           ".alerts-footer select, .alerts-footer .alerts-form__topics label, "
                           ".alerts-footer button")
    assert targets.count() == 7
    for index in range(targets.count()):
        width, height = targets.nth(index).evaluate(BOX)
        assert width >= 44 and height >= 44, (index, width, height)
    page.goto(site_url + built["question"]["en"])
    for selector in ("#id_email", "#id_message", "label[for=id_consent]",
                     "main button[type=submit]"):
        width, height = page.locator(selector).evaluate(BOX)
        assert width >= 44 and height >= 44, (selector, width, height)


def test_subscribing_with_a_bad_address_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/sv/")
    # The browser lets this address through (it checks only the shape); the site does not.
    page.fill("#footer-alerts-email", "reader@example")
    with page.expect_navigation():
        page.click(".alerts-footer button")
    assert page.url == f"{site_url}/sv/bevakning/"
    alert = page.locator("[role=alert]")
    assert alert.is_visible() and "Ange en e-postadress" in alert.inner_text()
    assert page.locator("main #id_email").get_attribute("aria-invalid") == "true"
    context.close()


def test_axe_finds_no_violation_on_the_reader_forms(page, site_url, built):
    question = built["question"]["fr"]
    assert_pages_pass_axe(page, site_url, ("/fr/alertes/", question))
    page.click("main button[type=submit]")  # empty: every error shown
    assert_no_violations(page, "the question form with every error shown")
