"""Text shown in English for want of a translation carries lang="en", wherever it is listed:
news lists, the home page, the embed, the Atom feed, search results, the links to the next
and previous articles, the menu, the footer, partners and funders, an article's related
links and downloads. Screen readers then read it with English sounds. Text that is
translated carries no mark: it is in the page's language."""

import datetime

import feedparser
import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from home.models import FooterLinks
from partners.models import Funder
from tests.admin_helpers import edit_url
from tests.factories.home import StandardPageFactory
from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory, make_article
from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

# Newer than any other item, so both head every list and are each other's neighbours.
UNTRANSLATED = "Only written in English"
TRANSLATED = "Written in every language"


@pytest.fixture
def index(db):
    """A news section translated into every language, with a translated item of its own."""
    index = NewsIndexPageFactory(translated=True)
    ArticlePageFactory(parent=index, translated=True, date=datetime.date(2025, 5, 9))
    return index


@pytest.fixture
def articles(index):
    english = make_article(UNTRANSLATED, date=datetime.date(2031, 1, 2))
    everywhere = ArticlePageFactory(
        parent=index, title=TRANSLATED, title_fr=f"{TRANSLATED} FR", title_it=f"{TRANSLATED} IT",
        title_sv=f"{TRANSLATED} SV", slug="everywhere", summary="Summary.",
        summary_fr="Résumé.", summary_it="Sommario.", summary_sv="Sammanfattning.",
        date=datetime.date(2031, 1, 1))
    return english, everywhere


def link_to(html, text):
    return next(a for a in html.find_all("a") if a.get_text(strip=True) == text)


def marks(element):
    """The language marks on `element` and the elements around it, innermost first."""
    return [tag.get("lang") for tag in [element, *element.parents] if tag.get("lang")]


def language_of(element):
    return marks(element)[0]


@pytest.mark.parametrize("language", ["it", "sv"])
def test_news_lists_mark_english_titles_and_summaries(client, index, articles, language):
    index_url = index.get_url_in(language)
    for url in (index_url, f"/{language}/", index_url + "embed/"):
        html = soup(client.get(url))
        english = link_to(html, UNTRANSLATED)
        assert language_of(english) == "en", url
        assert language_of(link_to(html, f"{TRANSLATED} {language.upper()}")) == language, url
        summary = html.find("p", string="Summary of " + UNTRANSLATED)
        if summary is not None:  # the embed shows titles only
            assert language_of(summary) == "en", url


def test_the_atom_feed_marks_english_items(client, index, articles):
    feed = feedparser.parse(client.get(index.get_url_in("sv") + "feed/all/atom/").content)
    entries = {entry.title: entry for entry in feed.entries}
    assert feed.feed.language == "sv"
    assert entries[UNTRANSLATED].title_detail.language == "en"
    assert entries[f"{TRANSLATED} SV"].title_detail.language == "sv"


def test_search_results_mark_english_titles_and_descriptions(client, articles):
    html = soup(client.get("/it/ricerca/", {"q": "Only written"}))
    title = link_to(html, UNTRANSLATED)
    assert language_of(title) == "en"
    assert language_of(title.find_parent("li").find("p")) == "en"


def test_links_to_the_next_and_previous_articles_mark_english_titles(client, articles):
    _english, everywhere = articles
    html = soup(client.get(everywhere.get_url_in("it")))
    assert language_of(link_to(html, UNTRANSLATED)) == "en"


def test_the_menu_and_the_footer_mark_english_titles(client, home):
    StandardPageFactory(title="Translated", translated=True, show_in_menus=True)
    page = StandardPageFactory(title="English only", slug="english-only", show_in_menus=True)
    links = FooterLinks.for_site(home.get_site())
    links.contact_page = page
    links.save()
    html = soup(client.get("/sv/"))
    menu, footer = html.select_one("nav.main-menu"), html.select_one("footer")
    assert language_of(link_to(menu, "English only")) == "en"
    assert language_of(link_to(footer, "English only")) == "en"
    # Translated pages' links carry no mark.
    others = [a for a in menu.find_all("a") if a.get_text(strip=True) != "English only"]
    assert others and not any(a.get("lang") for a in others)


def test_partners_and_funders_mark_english_names(client):
    index = PartnerIndexPageFactory(translated=True)
    PartnerPageFactory(parent=index, title="Clinic in English", slug="clinic-in-english",
                       city="Leeds", country="GB", partner_type="hospital", role="")
    Funder.objects.create(name_en="Fund in English", description_en="Gave money.",
                          acknowledgement_en="Funded by the Fund.")
    html = soup(client.get(index.get_url_in("it")))
    assert language_of(link_to(html, "Clinic in English")) == "en"
    assert language_of(html.find(string=lambda s: "Leeds" in s).parent) == "en"
    funders = html.select_one("section.funders")
    assert language_of(funders.find(string="Fund in English").parent) == "en"
    assert language_of(funders.find("p", string="Gave money.")) == "en"
    footer = html.select_one("footer")
    assert language_of(footer.find(string="Funded by the Fund.").parent) == "en"


def document(title):
    return Document.objects.create(title=title,
                                   file=ContentFile(b"%PDF-1.4", name="kit.pdf"))


def test_an_articles_downloads_and_links_in_english_are_marked_and_labels_translate(client):
    kit, photos = document("Press kit (PDF)"), document("Photographs (ZIP)")
    article = make_article(
        "With downloads",
        related_links={"en": [("link", {"label": "The paper", "url": "https://doi.org/x"})]},
        attachments={"en": [
            ("document", {"document": kit.pk, "label": ""}),
            ("document", {"document": photos.pk, "label": "",
                          "label_fr": "Photographies (ZIP)"}),
        ]},
    )
    html = soup(client.get(article.get_url_in("fr")))
    # No French label: the document's own title, in English.
    assert language_of(link_to(html, "Press kit (PDF)")) == "en"
    # A label in French for the French page.
    assert language_of(link_to(html, "Photographies (ZIP)")) == "fr"
    assert "Photographs (ZIP)" not in html.get_text()
    assert language_of(html.find(string="The paper").parent) == "en"
    # What the site itself says around them stays French.
    assert language_of(html.find("span", class_="download__meta")) == "fr"
    assert language_of(html.find(string=" (ouvre un autre site)").parent) == "fr"
    # The English page is unchanged.
    html = soup(client.get(article.get_url_in("en")))
    assert link_to(html, "Photographs (ZIP)") and link_to(html, "Press kit (PDF)")


def test_the_admin_offers_a_download_label_in_each_language(admin_client):
    content = admin_client.get(edit_url(make_article("Labelled"))).content.decode()
    for code in ("fr", "it", "sv"):
        assert f"Link label [{code}]" in content
