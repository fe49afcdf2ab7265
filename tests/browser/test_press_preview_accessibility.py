"""axe-core on a journalist's preview of an embargoed release (with its press kit) and on
the page that refuses a bad link, in every language."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.factories]


def build_site():
    """Run by the site's own process (see `factory_site`): a news section in four languages
    and a release under embargo with its lead image and a press kit image, for which
    Communications made a preview link."""
    from django.utils import timezone

    from news.models import KitImage, PreviewLink
    from tests.factories.files import article_with_files, make_image
    from tests.factories.news import NewsIndexPageFactory

    NewsIndexPageFactory(translated=True)
    in_two_days = timezone.now() + datetime.timedelta(days=2)
    page = article_with_files("Preview under embargo", image=make_image("preview-lead.png"),
                              go_live_at=in_two_days)
    page.kit_images.add(KitImage(image=make_image("preview-kit.png"), caption_en="The team",
                                 credit="MIROCALS", licence="CC BY 4.0"))
    page.go_live_at = in_two_days
    page.save_revision().publish()
    return {"token": PreviewLink.objects.create(release=page, label="Axe").token}


@pytest.mark.parametrize("language", ["en", "fr", "it", "sv"])
def test_axe_finds_no_violation_on_a_preview_and_a_refusal(page, site_url, built, language):
    axe = Axe()
    for path, status in ((f"/{language}/press-preview/{built['token']}/", 200),
                         (f"/{language}/press-preview/1.bad.token/", 404)):
        response = page.goto(site_url + path)
        assert response.status == status, path
        results = axe.run(page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
    assert page.locator("h1").inner_text()
