"""The admin side of partners and funders: add, edit and preview a partner page, create
one in French, edit the funders (which the footer shows), and see what is left to complete."""

import pytest
from django.urls import reverse

from partners.choices import PartnerType
from partners.models import PartnerPage
from tests.admin_helpers import add_url, edit_url, form_values, page_form_data, preview_url
from tests.factories.home import OTHER_LANGUAGES
from tests.factories.news import news_index
from tests.factories.partners import FunderFactory, PartnerIndexPageFactory, PartnerPageFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def index(db):
    return PartnerIndexPageFactory(translated=True)


def in_every_language(**texts):
    """{field: English} -> the field in every language, as a partner translated it."""
    return {f"{field}_{code}": f"{value} ({code})" if code in OTHER_LANGUAGES else value
            for field, value in texts.items() for code in ("en", *OTHER_LANGUAGES)}


def partner(index, title, **fields):
    """A partner as the launch content gives one: its name, logo text and role in every
    language, a placeholder logo, and no institutional page or description yet."""
    fields = {**in_every_language(title=title, logo_alt=f"{title} logo",
                                  role=f"{title} runs a trial centre."),
              "website": "", **fields}
    return PartnerPageFactory(parent=index, **fields)


def funder(name, **fields):
    return FunderFactory(**{**in_every_language(name=name), "website": "", **fields})


def test_partner_page_add_edit_and_preview_views_work(admin_client, index):
    assert admin_client.get(add_url(PartnerPage, index)).status_code == 200
    page = partner(index, "Généthon")
    response = admin_client.get(edit_url(page))
    assert response.status_code == 200
    names = {tag.get("name") for tag in soup(response).find_all(["input", "textarea", "select"])}
    for field in ("title", "short_name", "logo_alt", "city", "role", "description", "website"):
        assert {f"{field}_{code}" for code in ("en", "fr", "it", "sv")} <= names, field
    assert {"logo", "country", "partner_type"} <= names

    data = form_values(response)
    data.update(title_fr="Généthon (aperçu)", role_fr="Rôle vu dans l'aperçu.")
    assert admin_client.post(preview_url(page), data).json()["is_valid"] is True
    preview = admin_client.get(preview_url(page), HTTP_ACCEPT_LANGUAGE="fr")
    assert preview.status_code == 200
    html = soup(preview)
    assert html.h1.get_text(strip=True) == "Généthon (aperçu)"
    assert "Rôle vu dans l'aperçu." in html.get_text()


def test_a_partner_created_in_the_admin_in_french_is_served_at_its_french_url(
    admin_client, client, index
):
    # A partner of another type, which the filter leaves out.
    partner(index, "University Hospital of Nîmes", partner_type=PartnerType.HOSPITAL)
    data = page_form_data(PartnerPage, {
        "title": {"en": "Written in the admin", "fr": "Partenaire écrit dans l'administration"},
        "slug": {"en": "written-in-admin", "fr": "partenaire-ecrit"},
        "role": {"en": "A role.", "fr": "Un rôle."},
        "city": {"en": "Lyon"},
    }, country="FR", partner_type="industry", **{"action-publish": "publish"})
    response = admin_client.post(add_url(PartnerPage, index), data, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302, soup(response).select(".error-message")
    page = PartnerPage.objects.get(slug_fr="partenaire-ecrit")
    assert page.live
    admin_client.logout()
    assert page.get_url_in("fr") == index.get_url_in("fr") + "partenaire-ecrit/"
    html = soup(client.get(page.get_url_in("fr")))
    assert html.h1.get_text(strip=True) == "Partenaire écrit dans l'administration"
    assert "Un rôle." in html.get_text()
    # The new partner joins the index and its filter at once.
    listing = soup(client.get(index.get_url_in("fr"), {"type": "industry"}))
    assert [h.get_text(strip=True) for h in listing.select(".partner-card__name")] == [
        "Partenaire écrit dans l'administration"]


def test_report_lists_what_each_partner_and_funder_has_left_to_complete(admin_client, index):
    # Partners as launched: published facts only, some of them unknown and left empty.
    partners = [
        partner(index, "University of Gothenburg", country="SE", city=""),
        partner(index, "ICON plc", country="", partner_type=""),
        partner(index, "Inserm Transfert", **{f"role_{code}": "" for code in (
            "en", *OTHER_LANGUAGES)}),
        partner(index, "Généthon", city="Evry"),
        partner(index, "Motor Neurone Disease Association"),
    ]
    # Funders without a link, one with its own website, and one that is also a partner.
    funder("MND Scotland")
    funder("AFM-Téléthon")
    funder("European Union: Horizon 2020", website="https://example.org/eu/")
    funder("Motor Neurone Disease Association", partner_page=partners[-1])
    response = admin_client.get(reverse("partners_to_complete"))
    assert response.status_code == 200
    rows = {}
    for row in soup(response).select("table tbody tr"):
        cells = row.find_all("td")
        rows[cells[0].get_text(strip=True)] = (cells[1].get_text(strip=True),
                                              cells[2].get_text(strip=True), cells[0].a["href"])
    # Every partner misses at least its institutional page and its real logo.
    for page in partners:
        kind, gaps, link = rows[page.title_en]
        assert kind == "Partner"
        assert "institutional page" in gaps and "real logo" in gaps
        assert link == edit_url(page)
    # Unknown facts left empty on purpose show up here, by name.
    assert "city" in rows["University of Gothenburg"][1]
    assert "country" in rows["ICON plc"][1]
    assert "type of partner" in rows["ICON plc"][1]
    assert "role in MIROCALS" in rows["Inserm Transfert"][1]
    assert "role in MIROCALS" not in rows["Généthon"][1]
    assert "city" not in rows["Généthon"][1]
    # Funders without a link are listed; the MND Association links to its partner page.
    assert rows["MND Scotland"][:2] == ("Funder", "link")
    # The MND Association is listed once, as a partner (no description yet).
    assert rows["Motor Neurone Disease Association"][0] == "Partner"
    assert [kind for kind, _gaps, _link in rows.values()].count("Funder") == 2


def test_communications_find_the_report_in_the_reports_menu_and_editors_do_not(
        client, index):
    from django.contrib.auth.models import Group

    from tests.roles_helpers import client_for, menu_urls, refused

    news_index()  # Editors are staff through their rights on the news section

    communications = client_for("comms", Group.objects.get(name="Communications"))
    assert reverse("partners_to_complete") in menu_urls(communications)
    assert communications.get(reverse("partners_to_complete")).status_code == 200
    # Editors write news only: the partner pages the report links to are not theirs.
    editor = client_for("ed", Group.objects.get(name="Editors"))
    assert reverse("partners_to_complete") not in menu_urls(editor)
    assert refused(editor.get(reverse("partners_to_complete")))


def test_a_translation_left_out_is_reported_by_language(admin_client, index):
    page = partner(index, "Généthon")
    response = admin_client.get(reverse("partners_to_complete"))
    row = next(r for r in soup(response).select("table tbody tr") if "Généthon" in r.get_text())
    assert "role in MIROCALS" not in row.get_text()
    page.role_it = ""
    page.save_revision().publish()
    response = admin_client.get(reverse("partners_to_complete"))
    row = next(r for r in soup(response).select("table tbody tr") if "Généthon" in r.get_text())
    assert "role in MIROCALS (Italiano)" in row.get_text()


def test_the_edit_form_tells_the_partner_what_is_left_to_complete(admin_client, index):
    page = partner(index, "University of Gothenburg", country="SE", city="")
    html = soup(admin_client.get(edit_url(page)))
    note = html.select_one(".help-warning").get_text(" ", strip=True)
    assert "city" in note and "institutional page" in note and "short description" in note
    assert "country" not in note.replace("city", "")


def test_a_complete_partner_leaves_the_report(admin_client, index):
    from partners.completeness import partner_gaps

    page = partner(index, "King's College London", country="GB", city="London")

    def reported():
        # The page's text, not its HTML, where the apostrophe is escaped.
        return soup(admin_client.get(reverse("partners_to_complete"))).get_text()

    assert "King's College London" in reported()
    for code in ("en", "fr", "it", "sv"):
        setattr(page, f"description_{code}", "Text.")
    page.partner_type = "research-laboratory"
    page.website_en = "https://www.example.org/"
    page.logo.collection = page.logo.collection.get_parent()  # a real logo now
    page.logo.save()
    page.save_revision().publish()
    assert partner_gaps(page) == []
    assert "King's College London" not in reported()


def test_funder_edited_in_the_admin_shows_in_the_footer_in_french(admin_client, client, home):
    funder = FunderFactory(name="MND Scotland")
    url = reverse("wagtailsnippets_partners_funder:edit", args=(funder.pk,))
    response = admin_client.get(url)
    assert response.status_code == 200
    data = form_values(response, "form[method=post][action]")
    data.update(name_fr="MND Scotland (Écosse)", website_en="https://www.example.org/mnd")
    response = admin_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    admin_client.logout()
    footer = soup(client.get(home.get_url_in("fr"))).select_one("footer .footer-funders")
    link = next(a for a in footer.select("a") if "MND Scotland (Écosse)" in a.get_text())
    assert link["href"] == "https://www.example.org/mnd"
    assert "noopener" in link["rel"]

