"""What a reader sees of the partners: the index with its country and type filter, each
partner's page with its "Link to this page" box, the home page's logo strip and the funders
in the footer."""

import html
import re
from urllib.parse import urlparse

import pytest
from django.utils.text import slugify

from partners.demo_content import add_partner
from partners.models import PartnerIndexPage, PartnerPage
from tests.conftest import LANGUAGES
from tests.helpers import count_queries, soup, translated
from tests.launch_content import FUNDERS, PARTNERS
from tests.launch_content import PARTNERS_INDEX as INDEX

pytestmark = pytest.mark.django_db

SPEC = {spec["key"]: spec for spec in PARTNERS}


@pytest.fixture
def index(db):
    return PartnerIndexPage.objects.get()


def add_partner_page(index, name, **facts):
    """A published partner through the demo content's own factory (placeholder logo included)."""
    names = {language: name for language in LANGUAGES}
    return add_partner(index, {"title": names, "slug": {"en": slugify(name)}, **facts})


def partner(key):
    return PartnerPage.objects.get(slug_en=SPEC[key]["slug"]["en"])


def card_names(html_soup):
    return [h.get_text(strip=True) for h in html_soup.select(".partner-card__name")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_lists_every_partner_grouped_by_country_in_each_language(client, index, language):
    response = client.get(index.get_url_in(language))
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == INDEX["title"][language]
    assert sorted(card_names(page)) == sorted(spec["title"][language] for spec in PARTNERS)
    groups = [h3.get_text(strip=True) for h3 in page.select("#partners ~ h3")]
    expected_countries = {
        "en": ["France", "Italy", "Sweden", "United Kingdom"],
        "fr": ["France", "Italie", "Royaume-Uni", "Suède"],
        "it": ["Francia", "Italia", "Regno Unito", "Svezia"],
        "sv": ["Frankrike", "Italien", "Storbritannien", "Sverige"],
    }[language]
    # Countries in the reader's alphabetical order, the partner with no country last.
    assert groups == expected_countries + [translated("Country not given yet", language)]
    # ICON plc: seed 004 gives no country.
    last_group = page.select("ul.partner-list")[-1]
    assert [h.get_text(strip=True) for h in last_group.select("h4")] == ["ICON plc"]


def test_each_card_links_to_its_partner_page_in_the_same_language(client, index):
    page = soup(client.get(index.get_url_in("it")))
    links = {a.get_text(strip=True): a["href"] for a in page.select(".partner-card__name a")}
    nimes = partner("chu-nimes")
    assert links["Ospedale universitario di Nîmes"] == nimes.get_url_in("it")
    assert client.get(nimes.get_url_in("it")).status_code == 200


def test_filter_form_works_without_javascript_and_offers_only_real_choices(client, index):
    page = soup(client.get(index.get_url_in("fr")))
    form = page.select_one("form.partner-filter")
    assert form["method"] == "get"
    assert form["action"] == index.get_url_in("fr")
    assert form.select_one("button[type=submit]") is not None
    assert form.find("script") is None
    countries = [o["value"] for o in form.select("select[name=country] option")]
    assert countries == ["", "fr", "it", "gb", "se"]  # France, Italie, Royaume-Uni, Suède
    types = [o["value"] for o in form.select("select[name=type] option")]
    # Only the types some demo partner has: no demo partner is "industry".
    assert types == ["", "hospital", "research-laboratory", "biobank", "patient-association"]
    for select in form.select("select"):
        assert form.select_one(f"label[for={select['id']}]") is not None


def test_filter_by_country(client, index):
    response = client.get(index.get_url_in("en"), {"country": "it"})
    assert response.status_code == 200
    page = soup(response)
    assert card_names(page) == ["Humanitas Research Hospital"]
    assert page.select_one("select[name=country] option[selected]")["value"] == "it"
    # A filtered list is not a page for search engines; its canonical is the whole list.
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("link", rel="canonical")["href"] == index.get_url_in("en", full=True)


def test_filter_by_type_and_country_together(client, index):
    page = soup(client.get(index.get_url_in("en"), {"country": "fr", "type": "hospital"}))
    assert card_names(page) == ["Assistance Publique – Hôpitaux de Paris",
                                "University Hospital of Nîmes"]


def test_a_valid_choice_that_matches_nothing_shows_a_clear_empty_state(client, index):
    # Both values are offered by the form; no British biobank exists.
    response = client.get(index.get_url_in("sv"), {"country": "gb", "type": "biobank"})
    assert response.status_code == 200
    page = soup(response)
    assert card_names(page) == []
    empty = page.select_one(".empty-state")
    assert empty["role"] == "status"
    assert translated("No partner matches this choice.", "sv") in empty.get_text()
    assert empty.a["href"] == index.get_url_in("sv")


@pytest.mark.parametrize("query", [
    "country=zz",
    "type=bogus",
    "country=de",  # a real country, but no partner there: the form does not offer it
    "type=industry",  # a real type, but no partner of that type: not offered either
    "country=" + "x" * 5000,
    "type=%C3%A9t%C3%A9%E2%80%8B%F0%9F%98%80",
    "country=fr%00",
    "country=%FF%FE",
    "&".join(["country=fr"] * 1500),  # more fields than Django accepts
])
def test_bad_filter_values_give_a_localised_404_with_the_empty_state(client, index, query):
    response = client.get(f"{index.get_url_in('it')}?{query}")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "it"
    assert page.h1.get_text(strip=True) == INDEX["title"]["it"]
    assert card_names(page) == []
    assert translated("No partner matches this choice.", "it") in page.select_one(
        ".empty-state").get_text()
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_an_index_without_partners_says_so(client, home):
    from home.page_builder import add_page

    empty = add_page(home, PartnerIndexPage, {"title": {"en": "Other partners"},
                                              "slug": {"en": "other-partners"}})
    response = client.get(empty.get_url_in("en"))
    assert response.status_code == 200
    assert soup(response).select_one(".empty-state").get_text(strip=True) == (
        "No partner has been added yet.")


def test_unknown_query_parameters_are_ignored(client, index):
    response = client.get(index.get_url_in("en"), {"utm_source": "newsletter", "page": "2"})
    assert response.status_code == 200
    assert len(card_names(soup(response))) == len(PARTNERS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_page_shows_its_facts_in_each_language(client, language):
    page_obj = partner("aphp")
    response = client.get(page_obj.get_url_in(language))
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == "Assistance Publique – Hôpitaux de Paris"
    facts = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
             for dt in page.select(".partner__facts dt")}
    assert facts == {
        translated("Short name", language): "AP-HP",
        translated("Type of partner", language): translated("Hospital", language),
        translated("Country", language): {"en": "France", "fr": "France", "it": "Francia",
                                          "sv": "Frankrike"}[language],
    }  # no city: the sources do not state it
    assert SPEC["aphp"]["role"][language] in page.get_text()
    logo = page.select_one(".partner__logo img")
    assert logo["alt"] == translated("%(name)s logo placeholder", language) % {"name": "AP-HP"}


def test_partner_without_a_known_role_or_city_shows_no_empty_heading(client):
    page = soup(client.get(partner("inserm-transfert").get_url_in("en")))
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert "Role in MIROCALS" not in headings
    assert headings == ["Link to this page"]


def test_link_box_gives_an_absolute_address_and_a_badge_snippet(client):
    page_obj = partner("kcl")
    response = client.get(page_obj.get_url_in("fr"))
    page = soup(response)
    box = page.select_one("section.link-box")
    assert box.h2.get_text(strip=True) == translated("Link to this page", "fr")
    address = box.select_one("input#page-address")
    assert address.has_attr("readonly")
    assert box.select_one("label[for=page-address]") is not None
    assert address["value"] == page_obj.get_url_in("fr", full=True)
    assert address["value"].startswith("http")
    textarea = box.select_one("textarea#badge-html")
    assert textarea.has_attr("readonly")
    assert box.select_one("label[for=badge-html]") is not None
    # The snippet is shown as text (escaped once in the HTML), ready to paste.
    raw = re.search(r'<textarea id="badge-html"[^>]*>(.*?)</textarea>',
                    response.content.decode(), re.S).group(1)
    assert raw.startswith("&lt;a href=")
    snippet = soup_fragment(html.unescape(raw))
    assert snippet.a["href"] == page_obj.get_url_in("fr", full=True)
    badge_src = snippet.img["src"]
    assert badge_src.startswith("http") and badge_src.endswith("mirocals-partner-badge-fr.svg")
    assert snippet.img["alt"] == translated(
        "MIROCALS clinical trial partner: read about our role", "fr")
    # The badge image the snippet points at is really served by our static files.
    badge = client.get(urlparse(badge_src).path)
    assert badge.status_code == 200
    assert b"MIROCALS" in b"".join(badge.streaming_content)
    preview = box.select_one("img")
    assert preview["alt"] and preview["width"] == "200"


def soup_fragment(markup):
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "html.parser")


def test_institutional_link_is_marked_external_for_screen_readers(client, home):
    page_obj = partner("sheffield")
    page_obj.website_en = "https://www.example.org/mirocals"
    page_obj.website_sv = "https://www.example.org/sv/mirocals"
    page_obj.save_revision().publish()
    for language, expected in (("en", "https://www.example.org/mirocals"),
                               ("sv", "https://www.example.org/sv/mirocals"),
                               # No French page: the English one is shown.
                               ("fr", "https://www.example.org/mirocals")):
        page = soup(client.get(page_obj.get_url_in(language)))
        link = page.select_one(f'main a[href="{expected}"]')
        assert link is not None, language
        assert "noopener" in link["rel"]
        hidden = link.select_one(".visually-hidden")
        assert hidden.get_text(strip=True) == translated("(opens another site)", language)


def test_home_page_shows_a_strip_of_partner_logos_linking_to_their_pages(client, home):
    page = soup(client.get(home.get_url_in("fr")))
    strip = page.select_one("section.logo-strip")
    assert strip.h2.get_text(strip=True) == translated("Consortium partners", "fr")
    links = strip.select("li a")
    assert len(links) == len(PARTNERS)
    first = partner("chu-nimes")
    assert links[0]["href"] == first.get_url_in("fr")
    assert links[0].get_text(strip=True) == "CHU de Nîmes"
    assert links[0].img["alt"] == ""  # the name is in the link: the logo adds nothing to say
    assert strip.select("p a")[-1]["href"] == PartnerIndexPage.objects.get().get_url_in("fr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_shows_the_eu_acknowledgement_and_the_funders_on_every_page(
    client, about, language
):
    page = soup(client.get(about.get_url_in(language)))
    footer = page.select_one("footer")
    eu = FUNDERS[0]
    funding = footer.select(".funding")
    assert len(funding) == 1
    assert funding[0].p.get_text(strip=True) == eu["acknowledgement"][language]
    assert funding[0].img["alt"] == translated("Flag of the European Union", language)
    names = [li.get_text(strip=True) for li in footer.select(".footer-funders li")]
    assert names[:len(FUNDERS)] == [f["name"][language] for f in FUNDERS]
    mnda = footer.select_one(".footer-funders a")
    assert mnda["href"] == partner("mnda").get_url_in(language)


def test_index_lists_funders_with_amounts_in_the_readers_format(client, index):
    page = soup(client.get(index.get_url_in("fr")))
    funders = page.select_one("section.funders")
    assert funders.h2.get_text(strip=True) == translated("Who funded the trial", "fr")
    subheadings = [h.get_text(strip=True) for h in funders.select("h3")]
    assert subheadings == [translated("Public funding", "fr"),
                           translated("Charities that supported the trial", "fr")]
    text = funders.get_text(" ", strip=True).replace("\u202f", " ").replace("\xa0", " ")
    assert "5 980 435 €" in text
    assert "1 122 429 €" in text
    assert "633413" in text
    assert funders.select_one(".funding img")["src"].endswith("eu-emblem.svg")
    names = [li.select_one(".funder__name").get_text(strip=True) for li in funders.select("li")]
    assert names == [f["name"]["fr"] for f in FUNDERS]


def query_count(client, url):
    client.get(url)  # first request: caches and any missing rendition
    return count_queries(client, url)


def test_index_and_home_queries_stay_constant_from_2_to_22_partners(client, index, home):
    keep = {partner("chu-nimes").pk, partner("mnda").pk}
    for page in PartnerPage.objects.exclude(pk__in=keep):
        page.unpublish()
    urls = [index.get_url_in("en"), index.get_url_in("en") + "?country=gb", home.get_url_in("en")]
    with_two = [query_count(client, url) for url in urls]
    for number in range(20):
        add_partner_page(index, f"Partner number {number}", country="SE",
                         partner_type="research-laboratory")
    assert len(card_names(soup(client.get(urls[0])))) == 22
    assert [query_count(client, url) for url in urls] == with_two


def test_partner_page_queries_do_not_depend_on_the_number_of_partners(client, index):
    url = partner("genethon").get_url_in("sv")
    before = query_count(client, url)
    for number in range(10):
        add_partner_page(index, f"Another partner {number}")
    assert query_count(client, url) == before
