"""axe-core on the news pages, in every language: the index, its press filter and a press
release."""

import pytest

from tests.browser.axe import assert_pages_pass_axe

pytestmark = [pytest.mark.browser, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]


def build_site():
    """Run by the site's own process (see `factory_site`): a news section in four languages
    with earlier items and a press release."""
    from tests.factories.home import paths_in_every_language
    from tests.factories.news import news_with_release

    release = news_with_release()
    return paths_in_every_language(release.get_parent().specific, release)


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_news_pages(page, site_url, built, language):
    index, release = built[language]
    assert_pages_pass_axe(page, site_url, (index, f"{index}?kind=press", release))
