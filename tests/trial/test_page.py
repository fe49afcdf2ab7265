"""The trial page: what a patient reads about the trial, its centres, registrations and the
schema.org MedicalTrial data search engines read. (The launch trial page's own facts are
checked in tests/content/test_trial_copy.py.)"""

import datetime
import json

import pytest

from tests.conftest import LANGUAGES
from tests.factories.partners import FunderFactory
from tests.factories.trial import TrialCentreFactory, TrialPageFactory, TrialStatusFactory
from tests.helpers import count_queries, soup, translated
from trial.models import TRIAL_STATUSES, TrialCentre, TrialMilestone, TrialStatus

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

NCT, EUDRACT = "NCT01234567", "2016-001234-56"
# (date, how much of it is known, label)
MILESTONES = [
    (datetime.date(2015, 9, 1), "month", "The first participant joined."),
    (datetime.date(2017, 1, 1), "year", "The last participant joined."),
    (datetime.date(2019, 9, 1), "month", "The last participant finished."),
    (datetime.date(2025, 5, 9), "day", "The results were published."),
]
# Centres named where known (England and Scotland), counted where not (France).
CENTRES = [("GB-ENG", "London", "London hospital one"), ("GB-ENG", "London", "London hospital two"),
           ("GB-ENG", "Leeds", "Leeds hospital"), ("GB-SCT", "Glasgow", "Glasgow hospital")]
UNNAMED_IN_FRANCE = 5


def in_each_language(text):
    return {code: f"{text} ({code})" for code in LANGUAGES}


@pytest.fixture
def trial():
    """A trial page written in four languages, with its status, timeline, centres and
    funder, as an editor sets them up."""
    texts = {"what_and_why": "<p>What was tested.</p>", "design": "<p>How it worked.</p>",
             "eligibility": "<p>Who could take part.</p>", "sponsor": "A hospital",
             "condition": "Motor neurone disease"}
    page = TrialPageFactory(
        translated=True, nct_number=NCT, eudract_number=EUDRACT,
        **{f"{field}_{code}": value for field, text in texts.items()
           for code, value in in_each_language(text).items()})
    for region, city, hospital in CENTRES:
        TrialCentreFactory(page=page, region=region, city=city, hospital=hospital)
    TrialCentreFactory(page=page, region="FR", city="", hospital="", number=UNNAMED_IN_FRANCE)
    status = TrialStatusFactory(status="results_published", more_page=page, publish=False,
                                milestones=[(date, label) for date, _p, label in MILESTONES])
    for milestone, (_date, precision, _label) in zip(
            status.milestones.order_by("sort_order"), MILESTONES, strict=True):
        TrialMilestone.objects.filter(pk=milestone.pk).update(precision=precision)
    status.save_revision().publish()
    # Two funders, in the consortium's order (the first with its grant's amount), without
    # websites: their names are plain text.
    FunderFactory(amount=1234567, website="", sort_order=0,
                  **{f"name_{code}": name for code, name in in_each_language("A grant").items()})
    FunderFactory(name="A charity", website="", sort_order=1)
    return page


def json_ld(response):
    blocks = soup(response).find_all("script", type="application/ld+json")
    assert len(blocks) == 1
    return json.loads(blocks[0].string)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_trial_page_explains_the_trial_in_each_language(client, trial, language):
    response = client.get(trial.get_url_in(language))
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == getattr(trial, f"title_{language}")
    headings = [h.get_text(strip=True) for h in html.select("main h2")]
    for heading in ("What was tested, and why", "How the trial worked", "Who could take part",
                    "Timeline", "Where the trial took place", "Where the trial is registered",
                    "Sponsor and funding"):
        assert translated(heading, language) in headings
    text = html.select_one("main").get_text(" ", strip=True)
    for field in ("what_and_why", "design", "eligibility", "sponsor"):
        assert soup_text(getattr(trial, f"{field}_{language}")) in text
    assert f"A grant ({language})" in text


def soup_text(markup):
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "html.parser").get_text(" ", strip=True)


def test_registry_identifiers_link_to_their_registries(client, trial):
    html = soup(client.get(trial.get_url_in("sv")))
    links = {a.get_text(" ", strip=True).split(" ")[0]: a
             for a in html.select("ul.registry a")}
    assert links[NCT]["href"] == f"https://clinicaltrials.gov/study/{NCT}"
    assert links[EUDRACT]["href"] == (
        f"https://www.clinicaltrialsregister.eu/ctr-search/search?query={EUDRACT}")
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
    in_england = sum(region == "GB-ENG" for region, _city, _hospital in CENTRES)
    in_uk = len(CENTRES)
    total = in_uk + UNNAMED_IN_FRANCE
    assert f"The trial took place in {total} centres." in main.get_text(" ", strip=True)
    countries = [h.get_text(strip=True) for h in main.select("#centres ~ h3")
                 if "centre" in h.get_text()]
    assert countries == [f"United Kingdom: {in_uk} centres",
                         f"France: {UNNAMED_IN_FRANCE} centres"]
    assert f"England: {in_england}, Scotland: {in_uk - in_england}." in main.get_text(
        " ", strip=True)
    named = [li.get_text(" ", strip=True) for li in main.select("ul.centres li")]
    assert len(named) == in_uk
    assert "Glasgow (Scotland): Glasgow hospital" in named
    assert sum("London (England)" in item for item in named) == 2
    # No French centre is named: France is only counted.
    unnamed = main.select_one("p.centres-unnamed").get_text(" ", strip=True)
    assert unnamed == (f"The names of these {UNNAMED_IN_FRANCE} centres are not confirmed, "
                       "so they are not listed here.")


@pytest.mark.parametrize("language", LANGUAGES)
def test_medical_trial_json_ld_is_valid_and_in_the_pages_language(client, trial, language):
    data = json_ld(client.get(trial.get_url_in(language)))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalTrial"
    assert data["inLanguage"] == language
    assert data["url"] == trial.get_url_in(language, full=True)
    assert data["status"] == "https://schema.org/ResultsAvailable"
    assert {(i["propertyID"], i["value"]) for i in data["identifier"]} == {
        ("ClinicalTrials.gov", NCT), ("EudraCT", EUDRACT)}
    assert data["healthCondition"]["name"] == getattr(trial, f"condition_{language}")
    assert data["sponsor"]["name"] == getattr(trial, f"sponsor_{language}")
    grant = data["funding"][0]
    assert grant["@type"] == "MonetaryGrant"
    assert grant["funder"]["name"] == f"A grant ({language})"
    assert grant["amount"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": 1234567}
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

