"""Bad input to the public API is a JSON 400 or 404, never a 500.

Wagtail's API v2 passes some values to the database unchecked: a date filter that is not
a date, an id or offset beyond what a column holds, an `id` to find that is not a number.
These pieces check them first (and settle the order of rows that tie in `?order=`);
home.api's LanguageAPIMixin puts them in every endpoint.
"""

from django.core.exceptions import ValidationError
from django.db import connection, models
from django.http import JsonResponse
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

# No endpoint lists more rows than a 32-bit id column can number.
MAX_OFFSET = 2**31 - 1


def fits_column(field, number):
    """True when the integer column of `field` (or of the key it points to) holds `number`."""
    field = field.target_field if field.is_relation else field
    low, high = connection.ops.integer_field_range(field.get_internal_type())
    return (low is None or number >= low) and (high is None or number <= high)


def whole_number(text):
    """`text` as a non-negative int, or None: only ASCII digits, as in a URL."""
    return int(text) if text.isascii() and text.isdigit() else None


def check_filter_value(field, value):
    """Refuse a filter value that `field`'s column cannot hold (a 400, not a database error)."""
    target = field.target_field if field.is_relation else field
    if target.get_internal_type() == "JSONField":  # StreamFields: no text equals a stream
        raise BadRequestError(f"cannot filter by {field.name}")
    try:
        python_value = target.to_python(value)
    except ValidationError as error:
        raise BadRequestError(
            f"'{value}' is not a valid value for {field.name}: {' '.join(error.messages)}"
        ) from error
    if isinstance(target, models.IntegerField) and isinstance(python_value, int):
        if not fits_column(target, python_value):
            raise BadRequestError(f"'{value}' is out of range for {field.name}")


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's `?field=value` filters, each value checked against its field first."""

    def filter_queryset(self, request, queryset, view):
        names = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name in names and name != "locale":  # Wagtail filters locale on its own
                field = queryset.model._meta.get_field(name)
                if field.concrete:
                    check_filter_value(field, value)
        return super().filter_queryset(request, queryset, view)


class StableOrderingFilter(OrderingFilter):
    """Wagtail's `?order=`, with the id as the last key: rows that tie (partners of one
    country) keep one order, the same on every database and every page of results."""

    def filter_queryset(self, request, queryset, view):
        ordered = super().filter_queryset(request, queryset, view)
        if ordered is queryset or request.GET.get("order") == "random":
            return ordered
        return ordered.order_by(*ordered.query.order_by, "pk")


class BoundedPagination(WagtailPagination):
    """Wagtail's limit and offset, with an offset no database refuses."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = whole_number(request.GET.get("offset", "0"))
        if offset is not None and offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


def checked_id(model, text):
    """The id `text` names for `model`'s `find/?id=`: a 400 if it is not a whole number,
    None (not found) if no row of `model` can have it."""
    number = whole_number(text)
    if number is None:
        raise BadRequestError("id must be a positive whole number")
    return number if fits_column(model._meta.pk, number) else None


def not_found(request, *args, **kwargs):
    """Any address under /api/ that no endpoint answers: a JSON 404 like an unknown item."""
    response = JsonResponse({"message": "not found"}, status=404)
    response["Access-Control-Allow-Origin"] = "*"
    return response
