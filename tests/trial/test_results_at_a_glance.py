"""Results at a glance: the trial page and the lay summary open with three graphics drawn as
inline SVG, each beside a text that says the same thing, with only the numbers of facts.md,
in the reader's language. The graphics are the site's own (trial.results_at_a_glance), not
the pages' copy: any trial page and lay summary show them."""

import re

import pytest

from tests.conftest import LANGUAGES
from tests.factories.trial import LaySummaryPageFactory, TrialPageFactory
from tests.helpers import soup, translated

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

# facts.md: 220 participants, 17 centres (7 UK, 10 France), about 8 in 10 with lower pNFH,
# risk of death reduced by over 40 %; 18 months of treatment; the 2 of IL-2LD.
FACT_NUMBERS = {"220", "17", "7", "10", "8", "40", "18", "2"}


def glance(client, page, language):
    response = client.get(page.get_url_in(language))
    assert response.status_code == 200
    return soup(response).select_one("main section.glance")


@pytest.mark.parametrize("page_factory", [TrialPageFactory, LaySummaryPageFactory])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_opens_with_three_graphics_and_their_words(client, page_factory, language):
    section = glance(client, page_factory(translated=True), language)
    assert section is not None
    # It comes before every other section of the page.
    assert section.find_previous("h2") is None
    figures = section.select("figure")
    assert len(figures) == 3
    for figure in figures:
        assert figure.select("svg")  # drawn on the server, inline
        for svg in figure.select("svg"):
            assert svg["aria-hidden"] == "true"  # the words beside it say the same thing
        assert figure.figcaption.get_text(strip=True)
    assert not section.select("script, img")
    text = " ".join(section.get_text(" ").split())
    assert set(re.findall(r"\d+", text)) <= FACT_NUMBERS
    for words in ("Who took part", "Two groups, chosen at random", "What the trial found"):
        assert translated(words, language) in text


def test_the_graphics_draw_the_numbers_they_state(client):
    who, groups, finding = glance(client, TrialPageFactory(), "en").select("figure")
    people, uk, france = who.select(".glance__row svg")
    assert len(people.select("circle")) == 22  # 220 people, a dot for each 10
    assert len(uk.select("rect[fill=currentColor]")) == 7
    assert len(france.select("rect[fill=none]")) == 10
    caption = who.figcaption.get_text()
    assert "220 people" in caption and "17 centres: 7 in the UK and 10 in France" in caption
    # No group sizes: the sources do not give them.
    assert not re.search(r"\d", groups.get_text().replace("IL-2LD", "").replace("18", ""))
    dots = finding.select(".glance__row svg circle")
    assert [dot["fill"] for dot in dots].count("currentColor") == 8 and len(dots) == 10
    assert "About 8 in 10 participants" in finding.figcaption.get_text()
    assert "over 40%" in finding.figcaption.get_text()


def test_shapes_are_told_apart_by_form_not_colour(client):
    """currentColor only: the graphics print black and follow forced-colours mode."""
    section = glance(client, LaySummaryPageFactory(translated=True), "fr")
    colours = {node.get(attribute) for node in section.select("svg *")
               for attribute in ("fill", "stroke") if node.get(attribute)}
    assert colours <= {"currentColor", "none"}
    assert "plus de 40\u00a0%" in section.get_text()
