"""What every endpoint of the public read-only API shares: the caller's language.

`?lang=fr` (default English) sets the language of every text and URL in the answer;
an unknown language is a 400 with a JSON message, like any other bad parameter
(home.api_input), and `?search=` ranks that language first (home.api_search).
GET only, open to every origin (CORS), and only live, public content.
"""

from django.http import Http404
from django.utils import translation
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError

from .api_input import (
    BoundedPagination,
    CheckedFieldsFilter,
    StableOrderingFilter,
    checked_id,
    fits_column,
)
from .api_search import LanguageSearchFilter
from .languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

# Wagtail's filters, and what replaces them here.
CHECKED_FILTERS = {FieldsFilter: CheckedFieldsFilter, OrderingFilter: StableOrderingFilter,
                   SearchFilter: LanguageSearchFilter}


class LanguageAPIMixin:
    http_method_names = ["get", "head", "options"]
    pagination_class = BoundedPagination

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.filter_backends = [CHECKED_FILTERS.get(f, f) for f in cls.filter_backends]

    @classmethod
    def with_language_parameter(cls, parameters):
        return parameters.union(["lang"])

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        language = request.GET.get("lang", DEFAULT_LANGUAGE)
        if language not in LANGUAGE_CODES:
            raise BadRequestError(
                f"lang must be one of {', '.join(LANGUAGE_CODES)}")
        translation.activate(language)
        request.LANGUAGE_CODE = language

    def check_query_parameters(self, queryset):
        """Also refuse what this endpoint would silently ignore: a filter, order or search
        on an endpoint without that filter."""
        super().check_query_parameters(queryset)
        ignored = set()
        if CheckedFieldsFilter not in self.filter_backends:
            ignored.update(self.get_available_fields(queryset.model, db_fields_only=True))
        if StableOrderingFilter not in self.filter_backends:
            ignored.add("order")
        if LanguageSearchFilter not in self.filter_backends:
            ignored.update(["search", "search_operator"])
        if refused := sorted(ignored.intersection(self.request.GET)):
            raise BadRequestError(f"not available on this endpoint: {', '.join(refused)}")

    def get_object(self):
        if not fits_column(self.model._meta.pk, self.kwargs["pk"]):
            raise Http404("not found")
        return super().get_object()

    def find_object(self, queryset, request):
        if "\x00" in request.GET.get("html_path", ""):  # no page path has one
            return None
        if "id" in request.GET and checked_id(queryset.model, request.GET["id"]) is None:
            return None
        return super().find_object(queryset, request)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        return response
