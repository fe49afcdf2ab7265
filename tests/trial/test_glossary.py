"""The glossary in four languages, and the links from lay summaries to its entries."""

import pytest
from django.utils.text import slugify

from tests import launch_content as demo
from tests.conftest import LANGUAGES
from tests.helpers import soup
from trial.glossary import GlossaryEntry, link_terms
from trial.models import GlossaryPage, LaySummaryPage

ENTRIES = [
    GlossaryEntry("placebo", ["Placebo"], "/en/glossary/#placebo"),
    GlossaryEntry("regulatory-t-cells", ["Regulatory T cells", "Tregs"],
                  "/en/glossary/#regulatory-t-cells"),
    GlossaryEntry("t-cells", ["T cells"], "/en/glossary/#t-cells"),
    GlossaryEntry("interleukin-2", ["Interleukin-2", "IL-2"], "/en/glossary/#interleukin-2"),
]


def links(markup):
    return [(a["href"], a.get_text()) for a in soup_of(markup).select("a.glossary-link")]


def soup_of(markup):
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "html.parser")


def test_only_the_first_occurrence_of_a_term_is_linked_whatever_its_case():
    markup = "<p>A placebo is a dummy. Placebo again, and PLACEBO.</p>"
    assert links(link_terms(markup, ENTRIES)) == [("/en/glossary/#placebo", "placebo")]


def test_the_longest_term_wins_and_whole_words_only():
    markup = "<p>Regulatory T cells rise. T cells too. IL-2LD is not IL-2 alone.</p>"
    assert links(link_terms(markup, ENTRIES)) == [
        ("/en/glossary/#regulatory-t-cells", "Regulatory T cells"),
        ("/en/glossary/#t-cells", "T cells"),
        ("/en/glossary/#interleukin-2", "IL-2"),  # not the "IL-2" inside "IL-2LD"
    ]


def test_links_and_headings_are_left_alone_and_a_shared_set_links_once_per_page():
    markup = ('<h2>Placebo</h2><p><a href="/x/">a placebo link</a> then placebo.</p>')
    linked = set()
    result = link_terms(markup, ENTRIES, linked)
    html = soup_of(result)
    assert html.h2.find("a") is None
    assert html.find("a", href="/x/").find("a") is None
    assert links(result) == [("/en/glossary/#placebo", "placebo")]
    # The next section of the same page does not link the term again.
    assert links(link_terms("<p>More placebo.</p>", ENTRIES, linked)) == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_defines_each_term_in_each_language_with_stable_anchors(client, language):
    glossary = GlossaryPage.objects.get()
    html = soup(client.get(glossary.get_url_in(language)))
    terms = html.select("dl.glossary__terms dt")
    assert len(terms) == len(demo.GLOSSARY["term"])
    for dt, entry in zip(terms, demo.GLOSSARY["term"], strict=True):
        definition = entry["definition"][language]
        assert dt.get_text(strip=True) == entry["term"][language]
        # The anchor is the English term's slug, the same in every language.
        assert dt["id"] == slugify(entry["term"]["en"])
        assert dt.find_next_sibling("dd").get_text(" ", strip=True).startswith(definition[:40])
    ids = [dt["id"] for dt in terms]
    assert len(set(ids)) == len(ids)
    assert {"als", "interleukin-2", "regulatory-t-cells", "riluzole", "placebo", "double-blind",
            "randomised", "cerebrospinal-fluid", "biomarker", "pnfh",
            "hazard-of-death"} <= set(ids)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_terms_in_the_lay_summary_link_to_their_glossary_entry(client, language):
    glossary = GlossaryPage.objects.get()
    summary = LaySummaryPage.objects.get()
    html = soup(client.get(summary.get_url_in(language)))
    glossary_url = glossary.get_url_in(language)
    term_links = html.select("main a.glossary-link")
    assert len(term_links) >= 8
    anchors = [a["href"].split("#")[1] for a in term_links]
    assert len(anchors) == len(set(anchors)), "each term is linked once per page"
    page_ids = {dt["id"] for dt in soup(client.get(glossary_url)).select("dt")}
    for link in term_links:
        url, anchor = link["href"].split("#")
        assert url == glossary_url
        assert anchor in page_ids
        assert link.find_parent(["h1", "h2", "h3"]) is None
    placebo = next(a for a in term_links if a["href"].endswith("#placebo"))
    assert placebo.get_text(strip=True).lower() == "placebo"


@pytest.mark.django_db
def test_the_glossary_costs_the_same_queries_with_14_or_34_terms(client):
    from home.cache import purge_pages
    from tests.helpers import count_queries
    from trial.models import GlossaryTerm

    glossary = GlossaryPage.objects.get()
    url = glossary.get_url_in("sv")

    def queries():
        return count_queries(client, url)

    client.get(url)
    few = queries()
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(page=glossary, term_en=f"Term {n}", definition_en="A word.",
                     sort_order=100 + n)
        for n in range(20))
    assert queries() == few
    purge_pages()  # bulk_create sends no signal, unlike an edit in the admin
    terms = soup(client.get(url)).select("dl.glossary__terms dt")
    assert len(terms) == len(demo.GLOSSARY["term"]) + 20
