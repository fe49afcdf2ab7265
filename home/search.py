"""Site search: pages whose text in the reader's language matches come first.

Every translated field is indexed (title_en, title_fr, ...), so the search backend finds
a page by any of its languages; the reader's own language is ranked first here.
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


def speaks_the_query(page, terms, language):
    """True when every term appears in the page's own text in `language` (the fields its
    page type names in `reader_text_fields`)."""
    fields = getattr(page, "reader_text_fields", TranslatedPage.reader_text_fields)
    text = " ".join(
        str(getattr(page, f"{field}_{language}", "") or "") for field in fields
    ).casefold()
    return all(term in text for term in terms)


def find_pages(query):
    """Live, public pages matching `query`, the reader's language first."""
    try:
        hits = list(Page.objects.live().public().filter(depth__gt=1)
                    .search(query, operator="and")[:MAX_RESULTS])
    except DatabaseError:  # a backend that cannot parse the query finds nothing
        logger.info("search query refused by the backend: %r", query)
        return []
    pages = Page.objects.filter(pk__in=[hit.pk for hit in hits]).specific().in_bulk()
    ordered = [pages[hit.pk] for hit in hits if hit.pk in pages]
    terms = [t.strip('"*').casefold() for t in query.split() if t.strip('"*')]
    language = translation.get_language()
    # sorted() is stable: within each group the backend's relevance order stays.
    return sorted(ordered, key=lambda page: not speaks_the_query(page, terms, language))


def search(request):
    query = request.GET.get("q", "").strip()
    truncated = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH].replace("\x00", "")
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
