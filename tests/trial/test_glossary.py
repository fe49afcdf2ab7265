"""The glossary in four languages, and the links from lay summaries to its entries. (That
the launch glossary defines the launch copy's terms is checked in
tests/content/test_trial_copy.py.)"""

import pytest
from django.utils.text import slugify

from tests.conftest import LANGUAGES
from tests.factories.trial import (
    GlossaryPageFactory,
    GlossaryTermFactory,
    LaySummaryPageFactory,
    TrialPageFactory,
)
from tests.helpers import soup
from trial.glossary import GlossaryEntry, link_terms
from trial.models import LAY_SECTION_FIELDS

pytestmark = pytest.mark.factories

# Terms of a glossary for the tests, as each language writes them.
TERMS = [
    {"en": "Placebo", "fr": "Placebo", "it": "Placebo", "sv": "Placebo"},
    {"en": "Biomarker", "fr": "Biomarqueur", "it": "Biomarcatore", "sv": "Biomarkör"},
    {"en": "Double-blind", "fr": "Double aveugle", "it": "Doppio cieco", "sv": "Dubbelblind"},
    {"en": "Riluzole", "fr": "Riluzole", "it": "Riluzolo", "sv": "Riluzol"},
    {"en": "Randomised", "fr": "Randomisé", "it": "Randomizzato", "sv": "Randomiserad"},
    {"en": "Cerebrospinal fluid", "fr": "Liquide céphalorachidien",
     "it": "Liquido cerebrospinale", "sv": "Ryggmärgsvätska"},
    {"en": "Interleukin-2", "fr": "Interleukine-2", "it": "Interleuchina-2",
     "sv": "Interleukin-2"},
    {"en": "Regulatory T cells", "fr": "Lymphocytes T régulateurs",
     "it": "Cellule T regolatorie", "sv": "Regulatoriska T-celler"},
]

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


def definition(term, language):
    return f"What {term[language]} means, said plainly in {language}."


def glossary_of(terms, **attributes):
    glossary = GlossaryPageFactory(translated=True, **attributes)
    for position, term in enumerate(terms):
        GlossaryTermFactory(page=glossary, sort_order=position,
                            **{f"term_{code}": term[code] for code in LANGUAGES},
                            **{f"definition_{code}": definition(term, code)
                               for code in LANGUAGES})
    return glossary


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_defines_each_term_in_each_language_with_stable_anchors(client, language):
    glossary = glossary_of(TERMS)
    html = soup(client.get(glossary.get_url_in(language)))
    terms = html.select("dl.glossary__terms dt")
    assert len(terms) == len(TERMS)
    for dt, term in zip(terms, TERMS, strict=True):
        assert dt.get_text(strip=True) == term[language]
        # The anchor is the English term's slug, the same in every language.
        assert dt["id"] == slugify(term["en"])
        assert dt.find_next_sibling("dd").get_text(" ", strip=True).startswith(
            definition(term, language))
    ids = [dt["id"] for dt in terms]
    assert len(set(ids)) == len(ids)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_terms_in_the_lay_summary_link_to_their_glossary_entry(client, language):
    glossary = glossary_of(TERMS)
    # Each section uses a term twice (the last sections the first terms again): each term
    # is linked once per page, at its first use.
    def uses(term):
        return f"<p>{term} is said here, and {term.lower()} again.</p>"

    sections = {f"{field}_{code}": uses(TERMS[number % len(TERMS)][code])
                for number, field in enumerate(LAY_SECTION_FIELDS) for code in LANGUAGES}
    summary = LaySummaryPageFactory(translated=True, parent=TrialPageFactory(translated=True),
                                    **sections)
    html = soup(client.get(summary.get_url_in(language)))
    glossary_url = glossary.get_url_in(language)
    term_links = html.select("main a.glossary-link")
    assert len(term_links) == len(TERMS)
    anchors = [a["href"].split("#")[1] for a in term_links]
    assert len(anchors) == len(set(anchors)), "each term is linked once per page"
    assert set(anchors) == {slugify(term["en"]) for term in TERMS}
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

    glossary = GlossaryPageFactory(translated=True)
    GlossaryTermFactory.create_batch(14, page=glossary)
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
    assert len(terms) == 14 + 20
