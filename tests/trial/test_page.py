"""The trial page: what a patient reads about the trial, its centres, registrations and the
schema.org MedicalTrial data search engines read."""

import json

import pytest

from home.models import StandardPage
from tests import launch_content as demo
from tests.conftest import LANGUAGES
from tests.helpers import count_queries, soup, translated
from trial.models import TRIAL_STATUSES, TrialCentre, TrialPage, TrialStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def trial():
    return TrialPage.objects.get()


def json_ld(response):
    blocks = soup(response).find_all("script", type="application/ld+json")
    assert len(blocks) == 1
    return json.loads(blocks[0].string)


def test_the_trial_page_is_the_one_page_about_the_trial(client, home, trial):
    assert not StandardPage.objects.filter(slug_en="about-the-trial").exists()
    assert trial.get_url_in("en") == "/en/about-the-trial/"
    for language in LANGUAGES:
        # The home page's "About the trial" call to action leads to it.
        html = soup(client.get(home.get_url_in(language)))
        assert html.find("a", href=trial.get_url_in(language)) is not None
        # So does the main menu.
        menu = html.select_one("nav.main-menu")
        assert menu.find("a", href=trial.get_url_in(language)) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_trial_page_explains_the_trial_in_each_language(client, trial, language):
    response = client.get(trial.get_url_in(language))
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == demo.TRIAL_PAGE["title"][language]
    headings = [h.get_text(strip=True) for h in html.select("main h2")]
    for heading in ("What was tested, and why", "How the trial worked", "Who could take part",
                    "Timeline", "Where the trial took place", "Where the trial is registered",
                    "Sponsor and funding"):
        assert translated(heading, language) in headings
    text = html.select_one("main").get_text(" ", strip=True)
    assert "18" in text and "76" in text  # the age limits
    assert demo.TRIAL_PAGE["sponsor"][language] in text
    assert "633413" in text


def test_registry_identifiers_link_to_their_registries(client, trial):
    html = soup(client.get(trial.get_url_in("sv")))
    links = {a.get_text(" ", strip=True).split(" ")[0]: a
             for a in html.select("ul.registry a")}
    assert links["NCT03039673"]["href"] == "https://clinicaltrials.gov/study/NCT03039673"
    assert links["2015-005347-14"]["href"] == (
        "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2015-005347-14")
    for link in links.values():
        assert link["rel"] == ["noopener"]
        hidden = link.select_one(".visually-hidden").get_text(strip=True)
        assert hidden == translated("(opens another site)", "sv")


@pytest.mark.parametrize("language, september, may_9", [
    ("en", "September", "9 May 2025"), ("fr", "septembre", "9 mai 2025"),
    ("it", "settembre", "9 maggio 2025"), ("sv", "september", "9 maj 2025"),
])
def test_the_timeline_shows_dates_only_as_far_as_they_are_known(client, trial, language,
                                                                 september, may_9):
    html = soup(client.get(trial.get_url_in(language)))
    times = [(t["datetime"], t.get_text(strip=True)) for t in html.select("ol.timeline time")]
    assert times == [("2015-09", f"{september} 2015"), ("2017", "2017"),
                     ("2019-09", f"{september} 2019"), ("2025-05-09", may_9)]


def test_the_trial_page_shows_the_consortiums_funders(client, trial):
    from partners.models import Funder

    funders = soup(client.get(trial.get_url_in("fr"))).select_one("main section.funders")
    names = [li.select_one(".funder__name").get_text(strip=True) for li in funders.select("li")]
    assert names == [funder.name_fr or funder.name_en for funder in Funder.objects.all()]


def test_centres_are_named_where_known_and_only_counted_where_not(client, trial):
    html = soup(client.get(trial.get_url_in("en")))
    main = html.select_one("main")
    assert "The trial took place in 17 centres." in main.get_text(" ", strip=True)
    countries = [h.get_text(strip=True) for h in main.select("#centres ~ h3")
                 if "centre" in h.get_text()]
    assert countries == ["United Kingdom: 7 centres", "France: 10 centres"]
    assert "England: 6, Scotland: 1." in main.get_text(" ", strip=True)
    named = [li.get_text(" ", strip=True) for li in main.select("ul.centres li")]
    assert len(named) == 7
    assert "Glasgow (Scotland): Queen Elizabeth University Hospital" in named
    assert sum("London (England)" in item for item in named) == 3
    # No French centre is named: France is only counted.
    unnamed = main.select_one("p.centres-unnamed").get_text(" ", strip=True)
    assert unnamed == ("The names of these 10 centres are not confirmed, so they are not "
                       "listed here.")
    assert not TrialCentre.objects.filter(region="FR").exclude(hospital="").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_medical_trial_json_ld_is_valid_and_in_the_pages_language(client, trial, language):
    data = json_ld(client.get(trial.get_url_in(language)))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalTrial"
    assert data["inLanguage"] == language
    assert data["url"] == trial.get_url_in(language, full=True)
    assert data["status"] == "https://schema.org/ResultsAvailable"
    assert {(i["propertyID"], i["value"]) for i in data["identifier"]} == {
        ("ClinicalTrials.gov", "NCT03039673"), ("EudraCT", "2015-005347-14")}
    assert data["healthCondition"]["name"] == demo.TRIAL_PAGE["condition"][language]
    assert data["sponsor"]["name"] == demo.TRIAL_PAGE["sponsor"][language]
    horizon = data["funding"][0]
    assert horizon["@type"] == "MonetaryGrant"
    assert horizon["funder"]["name"] == {"en": "European Union: Horizon 2020",
                                         "fr": "Union européenne : Horizon 2020",
                                         "it": "Unione europea: Orizzonte 2020",
                                         "sv": "Europeiska unionen: Horisont 2020"}[language]
    assert horizon["amount"] == {"@type": "MonetaryAmount", "currency": "EUR",
                                 "value": 5980435}
    assert "https://schema.org/DoubleBlindedTrial" in data["trialDesign"]


@pytest.mark.parametrize(("status", "schema_org"), [
    ("not_yet_recruiting", "https://schema.org/NotYetRecruiting"),
    ("recruiting", "https://schema.org/Recruiting"),
    ("recruitment_closed", "https://schema.org/ActiveNotRecruiting"),
    ("completed", "https://schema.org/Completed"),
    ("results_published", "https://schema.org/ResultsAvailable"),
])
def test_each_status_maps_to_a_schema_org_study_status(client, trial, status, schema_org):
    assert {code for code, _label in TRIAL_STATUSES} >= {status}
    TrialStatus.objects.update(status=status)
    assert json_ld(client.get(trial.get_url_in("en")))["status"] == schema_org


def test_json_ld_cannot_close_its_script_element(client, trial):
    trial.trial_name = "</script><script>alert(1)</script>"
    trial.save_revision().publish()
    response = client.get(trial.get_url_in("en"))
    assert b"</script><script>alert(1)" not in response.content
    assert json_ld(response)["name"] == "</script><script>alert(1)</script>"


def test_the_page_costs_the_same_queries_with_2_or_20_centres(client, trial):
    def queries():
        return count_queries(client, trial.get_url_in("it"))

    TrialCentre.objects.filter(page=trial).exclude(region="FR").delete()
    client.get(trial.get_url_in("it"))  # warm the site-root cache
    few = queries()
    TrialCentre.objects.bulk_create(
        TrialCentre(page=trial, region="GB-ENG", city_en=f"Town {n}", hospital=f"Hospital {n}",
                    sort_order=n) for n in range(19))
    assert queries() == few


def test_unknown_paths_under_the_trial_page_are_a_404_in_the_readers_language(client, trial):
    response = client.get(trial.get_url_in("it") + "non-esiste/")
    assert response.status_code == 404
    assert soup(response).h1.get_text(strip=True) == translated("Page not found", "it")

