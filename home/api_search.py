"""`?search=` in the public API, found and ranked as the site search does (home.search).

Wagtail's own API search runs the search backend on the endpoint's queryset, which can
filter only by indexed fields: the news listing's (news.listing) are not, so it refused
every search. Here the backend searches the endpoint's live, public pages, the reader's
language is ranked first, and the endpoint's own queryset (its filters, embargo and
privacy rules) keeps only what it would list, in that rank unless `?order=` is given.
"""

from django.db import models
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from .search import clean_query, search_pages

OPERATORS = ("and", "or")


def in_rank(queryset, ids):
    """`queryset` restricted to `ids`, in that order, in one query."""
    if not ids:
        return queryset.none()
    rank = models.Case(*(models.When(pk=pk, then=n) for n, pk in enumerate(ids)),
                       output_field=models.IntegerField())
    return queryset.filter(pk__in=ids).order_by(rank)


class LanguageSearchFilter(BaseFilterBackend):
    """`?search=` (at most MAX_RESULTS results) and `?search_operator=and|or` (default and,
    as on the site search page)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator", "and")
        if operator not in OPERATORS:
            raise BadRequestError(f"search_operator must be one of {', '.join(OPERATORS)}")
        query = clean_query(request.GET["search"])
        if not query:
            return queryset.none()
        pages = queryset.model.objects.live().public()
        ids = [page.pk for page in search_pages(query, pages, operator)]
        if "order" in request.GET:  # the order asked for, set by OrderingFilter
            return queryset.filter(pk__in=ids)
        return in_rank(queryset, ids)
