"""The admin side of partners and funders: add, edit and preview a partner page, create
one in French, edit the funders (which the footer shows), and see what is left to complete."""

import pytest
from django.urls import reverse

from partners.models import Funder, PartnerIndexPage, PartnerPage
from tests.admin_helpers import add_url, edit_url, page_form_data, preview_url
from tests.helpers import soup
from tests.launch_content import PARTNERS
from tests.partners_helpers import form_values

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(db):
    return PartnerIndexPage.objects.get()


def test_partner_page_add_edit_and_preview_views_work(admin_client, index):
    assert admin_client.get(add_url(PartnerPage, index)).status_code == 200
    page = PartnerPage.objects.get(slug_en="genethon")
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


def test_report_lists_what_each_partner_and_funder_has_left_to_complete(admin_client):
    response = admin_client.get(reverse("partners_to_complete"))
    assert response.status_code == 200
    rows = {}
    for row in soup(response).select("table tbody tr"):
        cells = row.find_all("td")
        rows[cells[0].get_text(strip=True)] = (cells[1].get_text(strip=True),
                                              cells[2].get_text(strip=True), cells[0].a["href"])
    # Every demo partner misses at least its institutional page and its real logo.
    for spec in PARTNERS:
        kind, gaps, link = rows[spec["title"]["en"]]
        assert kind == "Partner"
        assert "institutional page" in gaps and "real logo" in gaps
        assert link == edit_url(PartnerPage.objects.get(slug_en=spec["slug"]["en"]))
    # Unknown facts left empty on purpose show up here, by name.
    assert "city" in rows["University of Gothenburg"][1]
    assert "country" in rows["ICON plc"][1]
    assert "type of partner" in rows["ICON plc"][1]
    assert "role in MIROCALS" in rows["Inserm Transfert"][1]
    assert "role in MIROCALS" not in rows["Généthon"][1]
    assert "city" not in rows["Généthon"][1]
    # Funders without a link are listed; the MND Association links to its partner page.
    assert rows["MND Scotland"][:2] == ("Funder", "link")
    assert "Motor Neurone Disease Association" in rows  # as a partner (no description yet)
    assert [kind for kind, _gaps, _link in rows.values()].count("Funder") == 6


def test_communications_find_the_report_in_the_reports_menu_and_editors_do_not(client):
    from django.contrib.auth.models import Group

    from tests.roles_helpers import client_for, menu_urls, refused

    communications = client_for("comms", Group.objects.get(name="Communications"))
    assert reverse("partners_to_complete") in menu_urls(communications)
    assert communications.get(reverse("partners_to_complete")).status_code == 200
    # Editors write news only: the partner pages the report links to are not theirs.
    editor = client_for("ed", Group.objects.get(name="Editors"))
    assert reverse("partners_to_complete") not in menu_urls(editor)
    assert refused(editor.get(reverse("partners_to_complete")))


def test_a_translation_left_out_is_reported_by_language(admin_client):
    page = PartnerPage.objects.get(slug_en="genethon")
    page.role_it = ""
    page.save_revision().publish()
    response = admin_client.get(reverse("partners_to_complete"))
    row = next(r for r in soup(response).select("table tbody tr") if "Généthon" in r.get_text())
    assert "role in MIROCALS (Italiano)" in row.get_text()


def test_the_edit_form_tells_the_partner_what_is_left_to_complete(admin_client):
    page = PartnerPage.objects.get(slug_en="university-of-gothenburg")
    html = soup(admin_client.get(edit_url(page)))
    note = html.select_one(".help-warning").get_text(" ", strip=True)
    assert "city" in note and "institutional page" in note and "short description" in note
    assert "country" not in note.replace("city", "")


def test_a_complete_partner_leaves_the_report(admin_client, index):
    from partners.completeness import partner_gaps

    page = PartnerPage.objects.get(slug_en="kings-college-london")
    for code in ("en", "fr", "it", "sv"):
        setattr(page, f"description_{code}", "Text.")
    page.partner_type = "research-laboratory"
    page.website_en = "https://www.example.org/"
    page.logo.collection = page.logo.collection.get_parent()  # a real logo now
    page.logo.save()
    page.save_revision().publish()
    assert partner_gaps(page) == []
    response = admin_client.get(reverse("partners_to_complete"))
    assert "King's College London" not in response.content.decode()


def test_funder_edited_in_the_admin_shows_in_the_footer_in_french(admin_client, client, home):
    funder = Funder.objects.get(name_en="MND Scotland")
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

