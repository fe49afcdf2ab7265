"""Readability of lay summaries: each language's measures on texts counted by hand, the
scores editors see while editing, and the admin report of what is over target."""

import pytest
from django.urls import reverse

from tests.factories.home import flat_texts
from tests.factories.trial import LaySummaryPageFactory
from tests.helpers import soup
from trial.models import LAY_SECTION_FIELDS
from trial.readability import (
    TARGETS,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gulpease,
    html_to_text,
    kandel_moles,
    lix,
    lix_of_html,
    scores_of_html,
)

pytestmark = pytest.mark.factories


def test_lix_of_a_short_plain_sentence():
    """6 words, no word longer than 6 letters, 1 sentence: 6/1 + 100 × 0/6 = 6.0."""
    assert lix("The cat sat on the mat.") == 6.0


def test_lix_of_a_hard_english_text():
    """Words: Randomised(10) treatment(9) comparisons(11) require(7) patience(8) It works = 7,
    of which 5 are longer than 6 letters; 2 sentences: 7/2 + 100 × 5/7 = 3.5 + 71.43 = 74.9."""
    assert lix("Randomised treatment comparisons require patience. It works.") == 74.9


def test_lix_of_a_swedish_text():
    """Studien(7) är avslutad(8) Den söker inte nya deltagare(9): 8 words, 3 long, 2 sentences:
    8/2 + 100 × 3/8 = 4 + 37.5 = 41.5 (letters such as ä count once)."""
    assert lix("Studien är avslutad. Den söker inte nya deltagare.") == 41.5


def test_lix_of_a_french_text_splits_elisions():
    """L' essai est terminé(7) Il ne cherche(7) plus de participants(12): 10 words, 3 long,
    2 sentences: 10/2 + 100 × 3/10 = 5 + 30 = 35.0."""
    assert lix("L'essai est terminé. Il ne cherche plus de participants.") == 35.0


def test_a_decimal_point_does_not_end_a_sentence():
    """It costs 2 5 euros: 5 words (the point splits the number), none long, 1 sentence: 5.0."""
    assert lix("It costs 2.5 euros.") == 5.0


def test_list_items_and_paragraphs_end_sentences_without_a_full_stop():
    """Two list items, 4 + 2 words, none long: 6/2 + 0 = 3.0."""
    markup = "<ul><li>aged 18 to 76</li><li>first signs</li></ul>"
    assert html_to_text(markup).split() == ["aged", "18", "to", "76", "first", "signs"]
    assert lix_of_html(markup) == 3.0


def test_nothing_to_measure_gives_no_score():
    assert lix("") is None
    assert lix_of_html("<p></p>") is None
    for measure in (flesch_reading_ease, flesch_kincaid_grade, kandel_moles, gulpease):
        assert measure("") is None


def test_flesch_reading_ease_and_kincaid_grade_of_english():
    """6 words of one syllable each, 1 sentence: 206.835 − 1.015 × 6 − 84.6 × 1 = 116.1;
    grade 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45."""
    assert flesch_reading_ease("The cat sat on the mat.") == 116.1
    assert flesch_kincaid_grade("The cat sat on the mat.") == -1.4
    hard = "Randomised treatment comparisons require patience. It works."
    assert flesch_reading_ease(hard) < 60 and flesch_kincaid_grade(hard) > 8


def test_kandel_and_moles_of_french_counts_french_syllables():
    """Le chat dort: 3 words of one syllable, 1 sentence: 207 − 1.015 × 3 − 73.6 × 1 = 130.4."""
    assert kandel_moles("Le chat dort.") == 130.4
    assert kandel_moles("Les participants ont reçu un médicament.") < 60


def test_gulpease_of_italian_counts_letters_not_punctuation():
    """Lo(2) studio(6) è(1) finito(6): 4 words, 15 letters, 1 sentence:
    89 + (300 × 1 − 10 × 15) / 4 = 126.5."""
    assert gulpease("Lo studio è finito.") == 126.5


def test_each_language_has_its_own_measure_and_lix():
    names = {code: [target.name for target in targets] for code, targets in TARGETS.items()}
    assert names == {"en": ["Flesch Reading Ease", "Flesch–Kincaid grade", "LIX"],
                     "fr": ["Kandel & Moles", "LIX"], "it": ["Gulpease", "LIX"], "sv": ["LIX"]}
    easy, hard = TARGETS["en"][0], TARGETS["en"][1]
    assert easy.is_met(60) and not easy.is_met(59.9)  # higher is easier
    assert hard.is_met(8) and not hard.is_met(8.1)  # a grade: lower is easier


# A section in each language, as a test writes it.
SIDE_EFFECTS = {
    "en": "<p>Some people felt tired. A few had a rash.</p>",
    "fr": "<p>Certaines personnes étaient fatiguées. Quelques-unes ont eu une éruption.</p>",
    "it": "<p>Alcune persone erano stanche. Poche hanno avuto un'eruzione.</p>",
    "sv": "<p>Några personer var trötta. Ett fåtal fick utslag.</p>",
}


@pytest.mark.django_db
def test_editors_see_each_sections_score_in_each_language_while_editing(admin_client):
    summary = LaySummaryPageFactory(**{f"side_effects_{code}": text
                                       for code, text in SIDE_EFFECTS.items()})
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(summary.pk,)))
    assert response.status_code == 200
    table = soup(response).select_one("table.readability-table")
    help_text = " ".join(table.find_previous("div", class_="help-block").get_text().split())
    for target in ("Flesch Reading Ease 60 or more", "Flesch–Kincaid grade 8 or less",
                   "Kandel & Moles 60 or more", "Gulpease 60 or more", "LIX 40 or less"):
        assert target in help_text
    rows = table.select("tbody tr")
    assert len(rows) == len(LAY_SECTION_FIELDS) + 1  # the sections, then the whole summary
    side_effects = rows[LAY_SECTION_FIELDS.index("side_effects")]
    for language in ("en", "fr", "it", "sv"):
        cell = side_effects.find("td", attrs={"data-language": language})
        shown = [" ".join(span.get_text(" ").replace("\xa0", " ").split())
                 for span in cell.select(".readability-score")]
        expected = [f"{target.name} {score}" + (" over target" if not target.is_met(score) else "")
                    for target, score in scores_of_html(SIDE_EFFECTS[language], language)]
        assert shown == expected


@pytest.mark.django_db
def test_the_report_lists_summaries_and_sections_over_target(admin_client):
    plain = "<p>The trial has ended. It found a result.</p>"
    hard = ("<p>Immunomodulatory interventions demonstrated considerable heterogeneity "
            "regarding neurodegenerative progression characteristics.</p>")
    texts = {field: {"en": plain} for field in LAY_SECTION_FIELDS}
    texts["medicines"] = {"en": plain, "fr": hard}
    LaySummaryPageFactory(title="A second summary", slug="second-summary", **flat_texts(texts))
    response = admin_client.get(reverse("trial_readability_report"))
    assert response.status_code == 200
    over = soup(response).select_one("ul.readability-over-list")
    entry = next(li for li in over.find_all("li", recursive=False)
                 if "A second summary" in li.get_text())
    flagged = [li.get_text(" ", strip=True) for li in entry.select("ul li")]
    assert len(flagged) == 1
    assert flagged[0].startswith("Which medicines were used?")
    assert "FR" in flagged[0] and "EN" not in flagged[0]
    assert "Kandel & Moles" in flagged[0]
    # The report is in the admin's Reports menu.
    home = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("trial_readability_report") in home
