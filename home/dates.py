"""Dates as readers of each language write them, from CLDR (Babel): 9 May 2025,
9 mai 2025, 9 maggio 2025, 9 maj 2025. Django's own Italian formats capitalise the month
and pad the day, so the site does not use them for readers."""

import datetime

from babel.dates import format_date, format_skeleton
from django.utils import timezone, translation

from .languages import LOCALES


def reader_date(value, precision="day", language=None):
    """`value` in `language` (default: the active one), as far as it is known: "day"
    (9 May 2025), "month" (May 2025) or "year" (2025)."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):  # a moment: the day it was on the site's clock
        value = timezone.localdate(value)
    if precision == "year":
        return str(value.year)
    locale = LOCALES.get(language or translation.get_language(), LOCALES["en"])
    if precision == "month":
        return format_skeleton("yMMMM", value, locale=locale)
    return format_date(value, format="long", locale=locale)
