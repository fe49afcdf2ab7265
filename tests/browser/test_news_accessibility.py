"""axe-core on the news pages, in every language."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.launch_content import NEWS_INDEX as INDEX
from tests.launch_content import PRESS_RELEASE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "fr", "it", "sv"])
def test_axe_finds_no_violation_on_news_pages(page, site_url, language):
    axe = Axe()
    index = f"/{language}/{INDEX['slug'][language]}/"
    for path in (index, f"{index}?kind=press", f"{index}{PRESS_RELEASE['slug'][language]}/"):
        response = page.goto(site_url + path)
        assert response.status == 200, path
        results = axe.run(page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
