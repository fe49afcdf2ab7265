"""What a reader sees of the partners: the index with its country and type filter, each
partner's page with its "Link to this page" box, the home page's logo strip and the funders
in the footer."""

import html
import re
from urllib.parse import urlparse

import pytest

from partners.choices import FunderKind, PartnerType
from partners.demo_content import placeholder_alt
from tests.conftest import LANGUAGES
from tests.factories.partners import FunderFactory, PartnerIndexPageFactory, PartnerPageFactory
from tests.helpers import count_queries, soup, translated

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def named(name, **other_languages):
    """A name in every language: the same one unless `other_languages` gives another."""
    return {code: other_languages.get(code, name) for code in LANGUAGES}


# A consortium shaped like the launch one: hospitals, laboratories, a biobank and a patient
# association in four countries, one partner whose country is not known, one without a role.
PARTNERS = [
    {"key": "chu-nimes", "title": named("University Hospital of Nîmes", fr="CHU de Nîmes",
                                        it="Ospedale universitario di Nîmes"),
     "country": "FR", "partner_type": PartnerType.HOSPITAL},
    {"key": "aphp", "title": named("Assistance Publique – Hôpitaux de Paris"),
     "short_name": named("AP-HP"), "country": "FR", "partner_type": PartnerType.HOSPITAL,
     "role": {code: f"Recruited participants in Paris ({code})." for code in LANGUAGES}},
    {"key": "inserm-transfert", "title": named("Inserm Transfert"), "country": "FR",
     "partner_type": PartnerType.LABORATORY, "role": named("")},
    {"key": "genethon", "title": named("Généthon"), "country": "FR",
     "partner_type": PartnerType.BIOBANK},
    {"key": "humanitas", "title": named("Humanitas Research Hospital"), "country": "IT",
     "partner_type": PartnerType.HOSPITAL},
    {"key": "gothenburg", "title": named("University of Gothenburg",
                                         sv="Göteborgs universitet"),
     "country": "SE", "partner_type": PartnerType.LABORATORY},
    {"key": "kcl", "title": named("King's College London"), "country": "GB",
     "partner_type": PartnerType.LABORATORY},
    {"key": "sheffield", "title": named("University of Sheffield"), "country": "GB",
     "partner_type": PartnerType.LABORATORY},
    {"key": "mnda", "title": named("Motor Neurone Disease Association"), "country": "GB",
     "partner_type": PartnerType.PATIENT_ASSOCIATION},
    {"key": "icon", "title": named("ICON plc"), "country": "", "partner_type": ""},
]
SPEC = {spec["key"]: spec for spec in PARTNERS}

# Public funders first, then charities, as the index groups them; the MND Association is
# also a partner, and no funder has a website of its own.
FUNDERS = [
    {"name": named("European Union: Horizon 2020", fr="Union européenne : Horizon 2020"),
     "kind": FunderKind.PUBLIC, "amount": 5980435, "show_eu_emblem": True,
     "acknowledgement": {code: f"Funded under grant agreement No 633413 ({code})."
                         for code in LANGUAGES}},
    {"name": named("French Health Ministry: PHRC", fr="Ministère de la Santé : PHRC"),
     "kind": FunderKind.PUBLIC, "amount": 1122429},
    {"name": named("Motor Neurone Disease Association"), "kind": FunderKind.CHARITY,
     "partner": "mnda"},
    {"name": named("MND Scotland"), "kind": FunderKind.CHARITY},
]


def per_language(field, values):
    return {f"{field}_{code}": value for code, value in values.items()}


def make_partner(index, spec):
    """A published partner page with a placeholder logo, its texts in every language."""
    texts = {field: spec[field] for field in ("title", "short_name", "role") if field in spec}
    fields = {name: value for field, values in texts.items()
              for name, value in per_language(field, values).items()}
    return PartnerPageFactory(
        parent=index, title=spec["title"]["en"], country=spec["country"],
        partner_type=spec["partner_type"], city="", website="",
        **fields, **per_language("logo_alt", placeholder_alt(spec)))


@pytest.fixture
def index(db):
    return PartnerIndexPageFactory(translated=True)


@pytest.fixture
def partners(index):
    """The consortium's pages by key, and the funders."""
    pages = {spec["key"]: make_partner(index, spec) for spec in PARTNERS}
    for position, spec in enumerate(FUNDERS):
        FunderFactory(
            kind=spec["kind"], amount=spec.get("amount"), website="", sort_order=position,
            show_eu_emblem=spec.get("show_eu_emblem", False),
            partner_page=pages.get(spec.get("partner")),
            **per_language("name", spec["name"]),
            **per_language("acknowledgement", spec.get("acknowledgement", named(""))))
    return pages


def add_partner_page(index, name, **facts):
    """A published partner with a placeholder logo, as the partners section gets one."""
    return PartnerPageFactory(parent=index, title=name, **facts)


def card_names(html_soup):
    return [h.get_text(strip=True) for h in html_soup.select(".partner-card__name")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_lists_every_partner_grouped_by_country_in_each_language(
        client, index, partners, language):
    response = client.get(index.get_url_in(language))
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == getattr(index, f"title_{language}")
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
    # ICON plc: no country is known.
    last_group = page.select("ul.partner-list")[-1]
    assert [h.get_text(strip=True) for h in last_group.select("h4")] == ["ICON plc"]


def test_each_card_links_to_its_partner_page_in_the_same_language(client, index, partners):
    page = soup(client.get(index.get_url_in("it")))
    links = {a.get_text(strip=True): a["href"] for a in page.select(".partner-card__name a")}
    nimes = partners["chu-nimes"]
    assert links["Ospedale universitario di Nîmes"] == nimes.get_url_in("it")
    assert client.get(nimes.get_url_in("it")).status_code == 200


def test_filter_form_works_without_javascript_and_offers_only_real_choices(
        client, index, partners):
    page = soup(client.get(index.get_url_in("fr")))
    form = page.select_one("form.partner-filter")
    assert form["method"] == "get"
    assert form["action"] == index.get_url_in("fr")
    assert form.select_one("button[type=submit]") is not None
    assert form.find("script") is None
    countries = [o["value"] for o in form.select("select[name=country] option")]
    assert countries == ["", "fr", "it", "gb", "se"]  # France, Italie, Royaume-Uni, Suède
    types = [o["value"] for o in form.select("select[name=type] option")]
    # Only the types some partner has: no partner is "industry".
    assert types == ["", "hospital", "research-laboratory", "biobank", "patient-association"]
    for select in form.select("select"):
        assert form.select_one(f"label[for={select['id']}]") is not None


def test_filter_by_country(client, index, partners):
    response = client.get(index.get_url_in("en"), {"country": "it"})
    assert response.status_code == 200
    page = soup(response)
    assert card_names(page) == ["Humanitas Research Hospital"]
    assert page.select_one("select[name=country] option[selected]")["value"] == "it"
    # A filtered list is not a page for search engines; its canonical is the whole list.
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("link", rel="canonical")["href"] == index.get_url_in("en", full=True)


def test_filter_by_type_and_country_together(client, index, partners):
    page = soup(client.get(index.get_url_in("en"), {"country": "fr", "type": "hospital"}))
    assert card_names(page) == ["Assistance Publique – Hôpitaux de Paris",
                                "University Hospital of Nîmes"]


def test_a_valid_choice_that_matches_nothing_shows_a_clear_empty_state(
        client, index, partners):
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
def test_bad_filter_values_give_a_localised_404_with_the_empty_state(
        client, index, partners, query):
    response = client.get(f"{index.get_url_in('it')}?{query}")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "it"
    assert page.h1.get_text(strip=True) == index.title_it
    assert card_names(page) == []
    assert translated("No partner matches this choice.", "it") in page.select_one(
        ".empty-state").get_text()
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_an_index_without_partners_says_so(client, home):
    empty = PartnerIndexPageFactory(title="Other partners", slug="other-partners")
    response = client.get(empty.get_url_in("en"))
    assert response.status_code == 200
    assert soup(response).select_one(".empty-state").get_text(strip=True) == (
        "No partner has been added yet.")


def test_unknown_query_parameters_are_ignored(client, index, partners):
    response = client.get(index.get_url_in("en"), {"utm_source": "newsletter", "page": "2"})
    assert response.status_code == 200
    assert len(card_names(soup(response))) == len(PARTNERS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_page_shows_its_facts_in_each_language(client, partners, language):
    page_obj = partners["aphp"]
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
    }  # no city: none is known
    assert SPEC["aphp"]["role"][language] in page.get_text()
    logo = page.select_one(".partner__logo img")
    assert logo["alt"] == translated("%(name)s logo placeholder", language) % {"name": "AP-HP"}


def test_partner_without_a_known_role_or_city_shows_no_empty_heading(client, partners):
    page = soup(client.get(partners["inserm-transfert"].get_url_in("en")))
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert "Role in MIROCALS" not in headings
    assert headings == ["Link to this page"]


def test_link_box_gives_an_absolute_address_and_a_badge_snippet(client, partners):
    page_obj = partners["kcl"]
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


def test_institutional_link_is_marked_external_for_screen_readers(client, partners):
    page_obj = partners["sheffield"]
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


def test_home_page_shows_a_strip_of_partner_logos_linking_to_their_pages(
        client, home, index, partners):
    page = soup(client.get(home.get_url_in("fr")))
    strip = page.select_one("section.logo-strip")
    assert strip.h2.get_text(strip=True) == translated("Consortium partners", "fr")
    links = strip.select("li a")
    assert len(links) == len(PARTNERS)
    first = partners["chu-nimes"]
    assert links[0]["href"] == first.get_url_in("fr")
    assert links[0].get_text(strip=True) == "CHU de Nîmes"
    assert links[0].img["alt"] == ""  # the name is in the link: the logo adds nothing to say
    assert strip.select("p a")[-1]["href"] == index.get_url_in("fr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_shows_the_eu_acknowledgement_and_the_funders_on_every_page(
    client, about, partners, language
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
    assert mnda["href"] == partners["mnda"].get_url_in(language)


def test_index_lists_funders_with_amounts_in_the_readers_format(client, index, partners):
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
    for key in ("chu-nimes", "mnda"):
        make_partner(index, SPEC[key])
    urls = [index.get_url_in("en"), index.get_url_in("en") + "?country=gb", home.get_url_in("en")]
    with_two = [query_count(client, url) for url in urls]
    for number in range(20):
        add_partner_page(index, f"Partner number {number}", country="SE",
                         partner_type="research-laboratory")
    assert len(card_names(soup(client.get(urls[0])))) == 22
    assert [query_count(client, url) for url in urls] == with_two


def test_partner_page_queries_do_not_depend_on_the_number_of_partners(client, partners, index):
    url = partners["genethon"].get_url_in("sv")
    before = query_count(client, url)
    for number in range(10):
        add_partner_page(index, f"Another partner {number}")
    assert query_count(client, url) == before
