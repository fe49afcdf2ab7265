"""axe-core on the search page (with and without results) and the 404 page, in every
language, and the search form used by keyboard alone."""

import pytest

from tests.browser.axe import assert_pages_pass_axe

pytestmark = [pytest.mark.browser, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]
# The word searched for: the news of the paper names its journal in every language.
FOUND = "Lancet"
SEARCH = {"en": "/en/search/", "fr": "/fr/recherche/", "it": "/it/ricerca/", "sv": "/sv/sok/"}


def build_site():
    """Run by the site's own process (see `factory_site`): a news item naming the journal
    in four languages, for the search to find, and a standard page that does not."""
    from tests.factories.home import StandardPageFactory
    from tests.factories.news import ArticlePageFactory

    ArticlePageFactory(
        title=f"The trial's results published in The {FOUND}", translated=True,
        **{f"summary_{code}": f"The paper is in The {FOUND} ({code})." for code in LANGUAGES})
    StandardPageFactory(title="About ALS/MND", translated=True,
                        **{f"intro_{code}": f"What ALS/MND is ({code})." for code in LANGUAGES})
    return {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_search_and_error_pages(page, site_url, language):
    assert_pages_pass_axe(page, site_url, (
        (SEARCH[language], 200), (SEARCH[language] + f"?q={FOUND}", 200),
        (SEARCH[language] + "?q=xylophone", 200), (f"/{language}/no-such-page/", 404)))


def test_search_by_keyboard_alone(page, site_url):
    page.goto(site_url + "/sv/")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('search-link')"):
            break
    else:
        pytest.fail("the search link cannot be reached with the Tab key")
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + SEARCH["sv"])
    # The skip link, the header (with "Get updates"), the language switcher and the menu
    # come first.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-q":
            break
    else:
        pytest.fail("the search field cannot be reached with the Tab key")
    page.keyboard.type(FOUND)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/sv/sok/?q={FOUND}")
    assert page.locator(".search-results li").count() >= 1
