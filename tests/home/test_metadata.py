"""What search engines and social networks read: title, description, canonical, Open Graph,
Twitter cards and schema.org JSON-LD, in the page's language."""

import datetime
import json
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from PIL import Image

from partners.models import Funder
from tests.conftest import LANGUAGES
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, press_release
from tests.factories.partners import FunderFactory, PartnerIndexPageFactory, PartnerPageFactory
from tests.factories.trial import TrialPageFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def release(db):
    return press_release(parent=NewsIndexPageFactory(translated=True),
                         date=datetime.date(2025, 5, 9))


@pytest.fixture
def partner(db):
    return PartnerPageFactory(parent=PartnerIndexPageFactory(translated=True),
                              translated=True, city="Lyon")


@pytest.fixture
def trial(db):
    FunderFactory(name="European Union", name_fr="Union européenne")
    FunderFactory(name="A charity", name_fr="Une association")
    return TrialPageFactory(sponsor="University hospital", sponsor_fr="Hôpital universitaire")


def json_ld(html):
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def card_size(client, url):
    """Width and height of a link-preview image: a rendition in MEDIA_ROOT, or a static file."""
    path = urlsplit(url).path
    if path.startswith(settings.MEDIA_URL):
        image = Image.open(Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL))
    else:
        response = client.get(path)
        image = Image.open(BytesIO(b"".join(response.streaming_content)))
    return image.size


def meta(html, **attrs):
    tag = html.find("meta", attrs=attrs)
    return tag["content"] if tag else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_its_metadata_in_its_language(client, home, about, release,
                                                          partner, language):
    pages = [home, about, release.get_parent().specific, release, partner,
             partner.get_parent().specific]
    for page in pages:
        html = soup(client.get(page.get_url_in(language)))
        assert html.title.get_text(strip=True).startswith(page.title) or page == home
        assert meta(html, name="description"), page
        canonical = html.find("link", rel="canonical")["href"]
        assert canonical == page.get_url_in(language, full=True)
        assert meta(html, property="og:url") == canonical
        assert meta(html, property="og:title") == (page.seo_title or page.title)
        assert meta(html, property="og:locale") == {"en": "en_GB", "fr": "fr_FR",
                                                     "it": "it_IT", "sv": "sv_SE"}[language]
        assert meta(html, name="twitter:card") == "summary_large_image"
        image = meta(html, property="og:image")
        assert image.startswith("http") and meta(html, name="twitter:image") == image
        assert card_size(client, image) == (1200, 630)
        data = json_ld(html)
        assert data["@context"] == "https://schema.org"
        assert data["inLanguage"] == language
        assert data["url"] == canonical


def test_home_page_describes_the_research_project(client, home, trial):
    data = json_ld(soup(client.get(home.get_url_in("fr"))))
    assert data["@type"] == "ResearchProject"
    assert data["name"] == "MIROCALS"
    # Funders and sponsor are the records editors keep, in the reader's language.
    assert [funder["name"] for funder in data["funder"]] == [
        funder.name_fr for funder in Funder.objects.all()]
    assert data["sponsor"] == {"@type": "Organization", "name": trial.sponsor_fr}


def test_a_funder_renamed_in_the_admin_is_renamed_in_the_home_pages_data(client, home, trial):
    funder = Funder.objects.first()
    funder.name_en = "European Union: Horizon 2020 (renamed)"
    funder.save()
    data = json_ld(soup(client.get(home.get_url_in("en"))))
    assert data["funder"][0]["name"] == "European Union: Horizon 2020 (renamed)"


def test_press_release_is_a_news_article(client, release):
    html = soup(client.get(release.get_url_in("it")))
    data = json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == release.title_it
    assert data["datePublished"].startswith("2025-05-09")
    assert meta(html, property="og:type") == "article"


def test_partner_is_an_organization(client, partner):
    data = json_ld(soup(client.get(partner.get_url_in("sv"))))
    assert data["@type"] == "Organization"
    assert data["name"] == (partner.title_sv or partner.title_en)
    assert data["address"]["addressLocality"] == partner.city


def test_json_ld_cannot_be_broken_out_of(client, home):
    page = StandardPageFactory(title="A </script><script>alert(1)</script> title",
                               slug="tricky")
    html = soup(client.get(page.get_url_in("en")))
    assert json_ld(html)["name"] == "A </script><script>alert(1)</script> title"
    # Only the JSON-LD and the site's own deferred scripts: nothing the title opened.
    others = html.find_all("script", type=lambda t: t != "application/ld+json")
    assert all(script.get("src", "").startswith("/static/") and not script.string
               for script in others)
