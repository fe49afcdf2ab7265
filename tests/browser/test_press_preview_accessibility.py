"""axe-core on a journalist's preview of an embargoed release (with its press kit) and on
the page that refuses a bad link, in every language."""

import subprocess
import sys

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import ROOT

pytestmark = pytest.mark.browser

MAKE_PREVIEW = """
import datetime
from django.utils import timezone
from news.models import PreviewLink
from tests.file_factories import article_with_files, make_image
from news.models import KitImage
page = article_with_files("Preview under embargo", image=make_image("preview-lead.png"),
                          go_live_at=timezone.now() + datetime.timedelta(days=2))
page.kit_images.add(KitImage(image=make_image("preview-kit.png"), caption_en="The team",
                             credit="MIROCALS", licence="CC BY 4.0"))
page.go_live_at = timezone.now() + datetime.timedelta(days=2)
page.save_revision().publish()
print(PreviewLink.objects.create(release=page, label="Axe").token)
"""


@pytest.fixture(scope="module")
def preview_token(site_url, tmp_path_factory):
    # The site's database: the SQLite file site_url made in its own temporary folder.
    database = next(tmp_path_factory.getbasetemp().glob("site*/db.sqlite3"))
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": f"sqlite:///{database}", "PATH": "/usr/bin:/bin"}
    made = subprocess.run([sys.executable, "manage.py", "shell", "-c", MAKE_PREVIEW], cwd=ROOT,
                          env=env, check=True, capture_output=True, text=True)
    return made.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("language", ["en", "fr", "it", "sv"])
def test_axe_finds_no_violation_on_a_preview_and_a_refusal(page, site_url, preview_token,
                                                           language):
    axe = Axe()
    for path, status in ((f"/{language}/press-preview/{preview_token}/", 200),
                         (f"/{language}/press-preview/1.bad.token/", 404)):
        response = page.goto(site_url + path)
        assert response.status == status, path
        results = axe.run(page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
    assert page.locator("h1").inner_text()
