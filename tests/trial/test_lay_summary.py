"""The lay summary of the results: the ten sections of EU Regulation 536/2014 Annex V, in
plain words, with the date of its last update and its public version history. (That the
launch copy says what the sources say is checked in tests/content/test_trial_copy.py.)"""

import datetime

import pytest

from tests.conftest import LANGUAGES
from tests.factories.trial import GlossaryTermFactory, LaySummaryPageFactory, TrialPageFactory
from tests.helpers import soup, translated
from trial.models import LAY_SECTION_FIELDS, LAY_SECTIONS, LaySummaryPage

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def section_words(field, language):
    """A section's text of its own in each language, so that a test sees which one shows."""
    return f"Section {field} written in {language} with plain words."


@pytest.fixture
def summary():
    """A lay summary written in all four languages, below a trial page in all four."""
    return LaySummaryPageFactory(
        translated=True, parent=TrialPageFactory(translated=True),
        **{f"{field}_{language}": f"<p>{section_words(field, language)}</p>"
           for field in LAY_SECTION_FIELDS for language in LANGUAGES},
        **{f"change_note_{language}": f"The first version ({language})."
           for language in LANGUAGES})


def section_text(html, anchor):
    return html.find("h2", id=anchor).find_parent("section").get_text(" ", strip=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ten_sections_have_plain_headings_anchors_and_a_table_of_contents(
    client, summary, language
):
    response = client.get(summary.get_url_in(language))
    assert response.status_code == 200
    html = soup(response)
    sections = html.select("section.lay-section")
    assert len(sections) == 10
    toc = [(a["href"], a.get_text(strip=True)) for a in html.select("nav.toc a")]
    for number, ((field, anchor, heading, _help), section) in enumerate(
        zip(LAY_SECTIONS, sections, strict=True), start=1
    ):
        h2 = section.find("h2")
        assert h2["id"] == anchor
        assert section["aria-labelledby"] == anchor
        expected = translated(str(heading), language)
        assert h2.get_text(" ", strip=True) == f"{number}. {expected}"
        assert (f"#{anchor}", expected) in toc
        # The section's text is the reader's language version.
        assert section_words(field, language) in section.get_text(" ", strip=True)
    if language != "en":
        assert translated("Which trial is this?", language) != "Which trial is this?"


def test_external_links_say_they_open_another_site(client, summary):
    summary.more_information_it = (
        '<p>Leggi <a href="https://doi.org/10.1016/S0140-6736(25)00262-4">lo studio</a> e '
        '<a href="https://clinicaltrials.gov/study/NCT03039673">il registro</a>.</p>')
    summary.save_revision().publish()
    html = soup(client.get(summary.get_url_in("it")))
    more = html.find("h2", id="more-information").find_parent("section")
    doi = more.find("a", href="https://doi.org/10.1016/S0140-6736(25)00262-4")
    assert doi["rel"] == ["noopener"]
    assert doi.select_one(".visually-hidden").get_text(strip=True) == translated(
        "(opens another site)", "it")
    registry = more.find("a", href="https://clinicaltrials.gov/study/NCT03039673")
    assert registry is not None


@pytest.mark.parametrize("language, shown", [
    ("en", "9 May 2025"), ("fr", "9 mai 2025"), ("it", "9 maggio 2025"), ("sv", "9 maj 2025"),
])
def test_last_updated_is_the_last_publication_in_the_readers_language(client, summary,
                                                                       language, shown):
    LaySummaryPage.objects.filter(pk=summary.pk).update(
        last_published_at=datetime.datetime(2025, 5, 9, 9, 30, tzinfo=datetime.UTC))
    html = soup(client.get(summary.get_url_in(language)))
    updated = html.select_one("p.updated")
    assert updated.find("time").get_text(strip=True) == shown
    assert updated.find("time")["datetime"] == "2025-05-09"
    assert updated.get_text(" ", strip=True).startswith(translated("Last updated:", language))


def test_each_publication_is_listed_in_the_version_history_with_its_note(client, summary):
    summary.change_note_en = "Added the contact details."
    summary.change_note_fr = "Ajout des coordonnées."
    summary.change_note_it = ""
    summary.save_revision().publish()
    summary.refresh_from_db()
    for language, newest_note in (("fr", "Ajout des coordonnées."),
                                  ("it", "Added the contact details.")):
        html = soup(client.get(summary.get_url_in(language)))
        versions = [li.get_text(" ", strip=True)
                    for li in html.select("section.versions ol li")]
        assert len(versions) == 2
        assert versions[0].endswith(newest_note)
        assert versions[1].endswith(f"The first version ({language}).")
    # Drafts are not versions: only what readers could see is listed.
    summary.change_note_en = "A draft nobody has seen."
    summary.save_revision()
    html = soup(client.get(summary.get_url_in("en")))
    assert "A draft nobody has seen." not in html.select_one("section.versions").get_text()
    assert len(html.select("section.versions ol li")) == 2


def test_the_trial_page_links_to_the_lay_summary(client, summary):
    trial = summary.get_parent().specific
    html = soup(client.get(trial.get_url_in("sv")))
    link = html.select_one("ul.trial-links").find("a", href=summary.get_url_in("sv"))
    assert link.get_text(strip=True) == summary.title_sv


def test_the_summary_costs_the_same_queries_whatever_its_glossary_size(client, summary):
    from tests.helpers import count_queries
    from trial.models import GlossaryTerm

    # A glossary whose term the summary uses, so that the page links it.
    glossary = GlossaryTermFactory(term="plain").page
    url = summary.get_url_in("en")
    assert "glossary-link" in client.get(url).content.decode()
    before = count_queries(client, url)
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(page=glossary, term_en=f"Term {n}", definition_en="A word.",
                     sort_order=100 + n)
        for n in range(20))
    assert count_queries(client, url) == before


def test_an_untranslated_section_shows_english_marked_as_english(client, summary):
    summary.side_effects_sv = ""
    summary.save_revision().publish()
    html = soup(client.get(summary.get_url_in("sv")))
    section = html.find("h2", id="side-effects").find_parent("section")
    body = section.select_one(".rich-text")
    assert body["lang"] == "en"
    assert body.get_text(" ", strip=True) == section_words("side_effects", "en")
    # The heading stays in the reader's language, and other sections are not marked.
    assert section.h2.get_text(" ", strip=True).endswith(translated(
        "What side effects did people have?", "sv"))
    other = html.find("h2", id="medicines").find_parent("section").select_one(".rich-text")
    assert other.get("lang") is None


def test_the_readability_report_is_for_editors_only(client):
    from django.urls import reverse

    response = client.get(reverse("trial_readability_report"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
