"""What staff see: the Translations report, the panel of the edit view, the explorer's
marks, the dashboard's counts; and the "no new translation needed" box."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.admin.panels import ObjectList
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.admin_helpers import edit_url, page_form_data
from tests.helpers import soup
from translations.panels import KEEP_FIELD, TranslationStatePanel
from translations.state import State, state_of, states_of, translatable_models

from .factories import edit, press_contact, standard_page

pytestmark = [pytest.mark.django_db, pytest.mark.factories]
REPORT = "/admin/translations/report/"


def report_rows(client, query=""):
    response = client.get(f"{REPORT}?{query}")
    assert response.status_code == 200
    return {row.find("td").get_text(" ", strip=True) if row.find("td") else ""
            for row in soup(response).select("tbody tr")}, response


def test_the_report_lists_every_object_with_each_language_state(admin_client):
    changed = edit(standard_page(), intro_en="English now says more")
    _titles, response = report_rows(admin_client, "p=1")
    assert "Translations" in response.content.decode()
    found, _response = report_rows(admin_client, "language=fr&state=out_of_date")
    assert any(changed.title_en in title for title in found)
    row = next(r for r in soup(admin_client.get(f"{REPORT}?language=fr&state=out_of_date"))
               .select("tbody tr") if changed.title_en in r.get_text())
    assert row.get_text(" ", strip=True).count(str(State.OUT_OF_DATE.label)) == 3


def test_the_report_filters_by_language_state_type_and_section(admin_client):
    missing_sv = standard_page(languages=("en", "fr", "it"))
    contact = press_contact(languages=("en",))
    section = Page.objects.get(pk=missing_sv.pk)  # a page just below home is its own section
    sv_missing, _r = report_rows(admin_client, "language=sv&state=missing")
    fr_missing, _r = report_rows(admin_client, "language=fr&state=missing")
    assert any(missing_sv.title_en in t for t in sv_missing)
    assert not any(missing_sv.title_en in t for t in fr_missing)
    assert any(contact.name_en in t for t in fr_missing)
    from django.contrib.contenttypes.models import ContentType
    page_type = ContentType.objects.get_for_model(StandardPage).pk
    by_type, _r = report_rows(admin_client, f"content_type={page_type}&language=sv")
    assert any(missing_sv.title_en in t for t in by_type)
    assert not any(contact.name_en in t for t in by_type)
    by_section, _r = report_rows(admin_client, f"section={section.pk}")
    assert [t for t in by_section if t] == [missing_sv.title_en]


def test_the_report_exports_csv_and_xlsx(admin_client):
    changed = edit(standard_page(), intro_en="Changed again")
    response = admin_client.get(f"{REPORT}?export=csv&language=fr&state=out_of_date")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode()
                                       if response.streaming else response.content.decode())))
    assert rows[0] == ["Title", "Type", "Section", "Français", "Italiano", "Svenska"]
    mine = next(row for row in rows if row[0] == changed.title_en)
    assert mine[1] == "Standard page" and mine[3:] == ["Out of date"] * 3
    response = admin_client.get(f"{REPORT}?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml")


@pytest.mark.parametrize("query", ["state=nonsense", "language=xx", "section=abc",
                                   "content_type=999999", "p=9999", "p=abc",
                                   "export=pdf", "section=0&state=missing"])
def test_bad_report_parameters_never_fail(admin_client, query):
    response = admin_client.get(f"{REPORT}?{query}")
    assert response.status_code in (200, 400, 404), query


def test_the_report_is_for_staff_who_look_after_translations(client, staff):
    assert staff("Editors").get(REPORT).status_code in (302, 403)
    assert staff("Communications").get(REPORT).status_code == 200
    assert client.get(REPORT).status_code == 302  # to the login


def test_the_edit_view_shows_states_and_english_then_and_now(admin_client):
    page = standard_page()
    page = edit(page, intro_en=page.intro_en.replace("Intro", "Introduction, longer"))
    page = edit(page, intro_fr="Nouvelle introduction")
    html = admin_client.get(edit_url(page)).content.decode()
    panel = soup(admin_client.get(edit_url(page))).select_one(".translation-states")
    text = panel.get_text(" ", strip=True)
    assert "Français ✓ Up to date" in text and "Italiano ! Out of date" in text
    diff = panel.select_one("[aria-labelledby=translation-changes-it]")
    assert diff.select_one("del").get_text() == "Intro"
    assert diff.select_one("ins").get_text() == "Introduction, longer"
    assert panel.select_one("[aria-labelledby=translation-changes-fr]") is None
    assert f'name="{KEEP_FIELD}"' in html


def test_the_panel_is_added_without_losing_any_panel_of_any_type():
    for model in translatable_models():
        if not issubclass(model, Page):
            declared = model.panels
        else:
            declared = model.content_panels
        assert isinstance(declared[-1], TranslationStatePanel), model
        full = model.get_edit_handler() if issubclass(model, Page) else \
            model.snippet_viewset.get_edit_handler()
        full_options = full.get_form_options()
        without = ObjectList(declared[:-1]).bind_to_model(model).get_form_options()
        assert set(without.get("fields", [])) <= set(full_options["fields"]), model
        assert set(without.get("formsets", {})) <= set(full_options.get("formsets", {})), model


@pytest.fixture
def one_of_each_type(db):
    """A page of every page type and a record of every snippet with texts, as editors make
    them."""
    from tests.factories import news, partners, questions, trial

    news.ArticlePageFactory(translated=True)
    news.PressContactFactory()
    partners.FunderFactory()
    partners.PartnerPageFactory(translated=True)
    questions.QuestionPageFactory()
    trial.LaySummaryPageFactory(translated=True)
    trial.GlossaryPageFactory(translated=True)
    trial.TrialStatusFactory(translated=True)
    standard_page()


def test_every_types_edit_view_still_opens_with_the_panel(admin_client, one_of_each_type):
    for model in translatable_models():
        obj = model._default_manager.first()
        assert obj is not None, f"one_of_each_type makes no {model.__name__}"
        url = edit_url(obj) if issubclass(model, Page) else reverse(
            model.snippet_viewset.get_url_name("edit"), args=(obj.pk,))
        response = admin_client.get(url)
        assert response.status_code == 200, model
        assert soup(response).select_one(".translation-states") is not None, model


def post_edit(client, page, texts, **extra):
    data = page_form_data(StandardPage, texts, **extra)
    return client.post(edit_url(page), data)


def standard_texts(page, **changes):
    texts = {"title": {}, "slug": {"en": page.slug_en}, "intro": {}}
    for code in ("en", "fr", "it", "sv"):
        texts["title"][code] = getattr(page, f"title_{code}") or ""
        texts["intro"][code] = getattr(page, f"intro_{code}") or ""
    for key, value in changes.items():
        field, code = key.rsplit("_", 1)
        texts[field][code] = value
    return texts


def test_no_new_translation_needed_keeps_translations_up_to_date(admin_client):
    page = standard_page(body=False)
    response = post_edit(admin_client, page, standard_texts(page, intro_en="Fixed a typo"),
                         **{KEEP_FIELD: "1", "action-publish": "1"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.intro_en == "Fixed a typo"
    assert states_of(page) == {"fr": State.UP_TO_DATE, "it": State.UP_TO_DATE,
                               "sv": State.UP_TO_DATE}
    response = post_edit(admin_client, page, standard_texts(page, intro_en="A real change"),
                         **{"action-publish": "1"})
    assert response.status_code == 302
    assert state_of(page, "fr") == State.OUT_OF_DATE


def test_the_explorer_marks_each_language(admin_client):
    page = edit(standard_page(languages=("en", "fr", "it")), intro_en="Changed")
    page = edit(page, intro_fr="Changé")
    response = admin_client.get(reverse("wagtailadmin_explore", args=(HomePage.objects.get().pk,)))
    assert response.status_code == 200
    row = next(r for r in soup(response).select("tbody tr") if page.title_en in r.get_text())
    marks = row.select_one(".translation-marks").get_text(" ", strip=True)
    assert "FR ✓ Français: Up to date" in marks
    assert "IT ! Italiano: Out of date" in marks
    assert "SV ∅ Svenska: Missing" in marks


def test_the_explorer_costs_no_query_per_page(admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    home = HomePage.objects.get()
    url = reverse("wagtailadmin_explore", args=(home.pk,))
    # One page to start with: an empty listing has no rows, so it shows no per-row cost.
    standard_page()
    admin_client.get(url)
    with CaptureQueriesContext(connection) as before:
        admin_client.get(url)
    for _n in range(5):
        standard_page()
    admin_client.get(url)  # new content empties the site's caches: compare warm with warm
    with CaptureQueriesContext(connection) as after:
        admin_client.get(url)
    assert len(after) <= len(before) + 1  # Wagtail's own per-listing counts


def test_the_dashboard_counts_what_is_missing_or_out_of_date(admin_client):
    def counts():
        panel = soup(admin_client.get(reverse("wagtailadmin_home"))).select_one(
            ".translations-dashboard")
        rows = {row.find("th").get_text(strip=True): [int(a.get_text()) for a in row.select("a")]
                for row in panel.select("tbody tr")}
        return rows

    before = counts()
    standard_page(languages=("en", "fr"))  # missing in it and sv
    edit(standard_page(), intro_en="Changed")  # out of date in all three
    after = counts()
    assert after["Français"] == [before["Français"][0], before["Français"][1] + 1]
    assert after["Svenska"] == [before["Svenska"][0] + 1, before["Svenska"][1] + 1]
