"""The readability report's list of sections over target reads as a sentence: the section's
own question, then each language over target with its score, and no stray punctuation."""

import pytest
from django.urls import reverse

from tests.factories.home import flat_texts
from tests.factories.trial import LaySummaryPageFactory
from tests.helpers import soup
from trial.models import LAY_SECTION_FIELDS
from trial.readability import gulpease, html_to_text, kandel_moles, lix_of_html

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

PLAIN = "<p>The trial has ended. It found a result.</p>"
HARD = ("<p>Immunomodulatory interventions demonstrated considerable heterogeneity "
        "regarding neurodegenerative progression characteristics.</p>")


def test_sections_over_target_are_listed_without_stray_punctuation(admin_client):
    texts = {field: {"en": PLAIN} for field in LAY_SECTION_FIELDS}
    # Over target in French and Italian only: Swedish, the last language, is within it.
    texts["overall_results"] = {"en": PLAIN, "fr": HARD, "it": HARD, "sv": PLAIN}
    LaySummaryPageFactory(title="A second summary", slug="second-summary", **flat_texts(texts))
    html = soup(admin_client.get(reverse("trial_readability_report")))
    entry = next(li for li in html.select("ul.readability-over-list > li")
                 if "A second summary" in li.get_text())
    flagged = [" ".join(li.get_text().split()) for li in entry.select("ul li")]
    # Each language over target names the measures it misses, and only those.
    lix, text = lix_of_html(HARD), html_to_text(HARD)
    assert flagged == [f"What were the overall results? (FR: Kandel & Moles {kandel_moles(text)}, "
                       f"LIX {lix}; IT: Gulpease {gulpease(text)}, LIX {lix})"]
