"""`make run PORT=8123` serves http://127.0.0.1:8123/, and every absolute link says so:
canonical, alternates, feed links, the sitemap and the API's html_url."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Site

from tests.factories.news import make_article
from tests.helpers import soup

pytestmark = pytest.mark.factories

ROOT = Path(__file__).resolve().parent.parent.parent
SERVED = "http://127.0.0.1:8123"


@pytest.fixture
def served_on_8123(db):
    make_article("Published news")  # the news section, its feeds, an API item
    with override_settings(DEBUG=True):
        call_command("set_dev_site", port=8123)


def test_absolute_links_name_the_host_and_port_served(client, served_on_8123):
    html = soup(client.get("/fr/", HTTP_HOST="127.0.0.1:8123"))
    links = [html.find("link", rel="canonical")["href"]]
    links += [link["href"] for link in html.find_all("link", rel="alternate")]
    assert len(links) > 8  # canonical, five alternates, four feeds
    assert all(link.startswith(f"{SERVED}/") for link in links), links
    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8123").content.decode()
    locations = re.findall(r"(?:<loc>|href=\")(http[^<\"]+)", sitemap)
    assert locations and all(url.startswith(f"{SERVED}/") for url in locations)
    news = client.get("/api/v2/news/?fields=html_url", HTTP_HOST="127.0.0.1:8123").json()
    assert all(item["meta"]["html_url"].startswith(f"{SERVED}/en/") for item in news["items"])


def test_production_keeps_the_site_configured_in_the_admin(db):
    site = Site.objects.get(is_default_site=True)
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("set_dev_site", port=8123)
    assert Site.objects.get(pk=site.pk).port == site.port


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_points_the_site_and_the_api_at_the_port_it_serves():
    recipe = subprocess.run(["make", "-n", "run", "PORT=8123"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=True).stdout
    assert "manage.py set_dev_site --port 8123" in recipe
    assert re.search(r"WAGTAILADMIN_BASE_URL=http://127.0.0.1:8123 \S+ manage.py runserver "
                     r"127.0.0.1:8123", recipe)
