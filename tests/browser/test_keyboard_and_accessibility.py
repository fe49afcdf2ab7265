"""What only a real browser shows: keyboard use, visible focus, and axe-core's audit."""

import pytest

from tests.browser.axe import assert_pages_pass_axe

pytestmark = [pytest.mark.browser, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]


def build_site():
    """Run by the site's own process (see `factory_site`): the bare site's home page and a
    standard page written in four languages, a heading, four paragraphs and a quote each."""
    from home.models import HomePage
    from tests.factories.home import StandardPageFactory, stream

    def body(code):
        paragraphs = [("paragraph", f"<p>Paragraph {n} about ALS/MND ({code}).</p>")
                      for n in range(1, 5)]
        return stream(("heading", {"text": f"What it is ({code})", "level": "h2"}),
                      *paragraphs,
                      ("quote", {"text": f"A quote ({code}).", "attribution": "A nurse"}))

    about = StandardPageFactory(
        title="About ALS/MND", slug="about-als-mnd", translated=True,
        **{f"intro_{code}": f"What ALS/MND is ({code})." for code in LANGUAGES},
        **{f"body_{code}": body(code) for code in LANGUAGES})
    home = HomePage.objects.get()
    return {"home_titles": {code: getattr(home, f"title_{code}") for code in LANGUAGES},
            "about_slugs": {code: getattr(about, f"slug_{code}") for code in LANGUAGES}}


def test_switch_from_french_to_swedish_by_keyboard_only(page, site_url, built):
    page.goto(f"{site_url}/fr/")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.getAttribute('href')")
    assert skip == "#main", "the skip link must be the first thing the keyboard reaches"
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "sv":
            break
    else:
        pytest.fail("the Swedish link cannot be reached with the Tab key")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "keyboard focus must be visible"
    box = page.evaluate("(() => { const r = document.activeElement.getBoundingClientRect();"
                        " return [r.width, r.height]; })()")
    assert min(box) >= 24, f"target smaller than 24px: {box}"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/sv/")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").inner_text() == built["home_titles"]["sv"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_home_and_standard_pages(page, site_url, built,
                                                          language):
    assert_pages_pass_axe(page, site_url,
                          (f"/{language}/", f"/{language}/{built['about_slugs'][language]}/"))


def test_text_reflows_at_400_percent_zoom(browser, site_url, built):
    # 1280 px at 400 % zoom is a 320 CSS px viewport: nothing may scroll sideways.
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ("/fr/", f"/fr/{built['about_slugs']['fr']}/"):
        page.goto(site_url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()


def test_pages_read_fully_without_javascript(browser, site_url, built):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/it/{built['about_slugs']['it']}/")
    assert page.locator("h1").is_visible()
    paragraphs = page.locator("main .rich-text")
    assert paragraphs.count() > 3
    assert paragraphs.last.is_visible()
    context.close()
