"""axe-core on the news pages, in every language."""

import pytest

from tests.browser.axe import assert_pages_pass_axe
from tests.launch_content import NEWS_INDEX as INDEX
from tests.launch_content import PRESS_RELEASE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "fr", "it", "sv"])
def test_axe_finds_no_violation_on_news_pages(page, site_url, language):
    index = f"/{language}/{INDEX['slug'][language]}/"
    assert_pages_pass_axe(page, site_url, (
        index, f"{index}?kind=press", f"{index}{PRESS_RELEASE['slug'][language]}/"))
