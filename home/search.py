"""Site search: pages whose text in the reader's language matches come first.

Every translated field is indexed (title_en, title_fr, ...), so the search backend finds
a page by any of its languages; the reader's own language is ranked first here. The
API's `?search=` (home.api_search) finds and ranks with the same search_pages().
"""

import logging
from urllib.parse import quote_plus

from django.core.paginator import EmptyPage, Paginator
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from wagtail.models import Page

from .translated_page import TranslatedPage

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 200
RESULTS_PER_PAGE = 10

logger = logging.getLogger(__name__)


def speaks_the_query(page, terms, language, match=all):
    """True when every term (with match=any: one term) appears in the page's own text in
    `language` (the fields its page type names in `reader_text_fields`)."""
    fields = getattr(page, "reader_text_fields", TranslatedPage.reader_text_fields)
    text = " ".join(
        str(getattr(page, f"{field}_{language}", "") or "") for field in fields
    ).casefold()
    return match(term in text for term in terms)


def search_pages(query, pages, operator="and"):
    """Up to MAX_RESULTS of `pages` matching `query` (specific pages), those whose text in
    the reader's language matches first. `operator` "or" finds pages with any one word."""
    try:
        hits = list(pages.search(query, operator=operator)[:MAX_RESULTS])
    except DatabaseError:  # a backend that cannot parse the query finds nothing
        logger.info("search query refused by the backend: %r", query)
        return []
    found = pages.model.objects.filter(pk__in=[hit.pk for hit in hits]).specific().in_bulk()
    ordered = [found[hit.pk] for hit in hits if hit.pk in found]
    terms = [t.strip('"*').casefold() for t in query.split() if t.strip('"*')]
    language = translation.get_language()
    match = all if operator == "and" else any
    # sorted() is stable: within each group the backend's relevance order stays.
    return sorted(ordered, key=lambda page: not speaks_the_query(page, terms, language, match))


def find_pages(query):
    """Live, public pages matching `query`, the reader's language first."""
    return search_pages(query, Page.objects.live().public().filter(depth__gt=1))


def clean_query(text):
    """The words to search for: at most MAX_QUERY_LENGTH characters, no NUL."""
    return text.strip()[:MAX_QUERY_LENGTH].replace("\x00", "")


def search(request):
    query = request.GET.get("q", "").strip()
    truncated = len(query) > MAX_QUERY_LENGTH
    query = clean_query(query)
    page_number = request.GET.get("page", "1")
    if not (page_number.isascii() and page_number.isdigit()):
        raise Http404("bad page number")
    results_page = None
    if query:
        paginator = Paginator(find_pages(query), RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(int(page_number))
        except EmptyPage as error:
            if int(page_number) != 1:
                raise Http404("no such page of results") from error
    return render(request, "home/search.html", {
        "query": query, "encoded_query": quote_plus(query), "truncated": truncated,
        "results_page": results_page,
    })
