"""Country names in the reader's language, from the Unicode CLDR data that Babel ships,
so that no country name needs a hand-made translation."""

import unicodedata
from functools import cache

from babel import Locale
from django.utils import translation

# CLDR territories that are not countries (regions, "Unknown Region", pseudo-locales).
NOT_COUNTRIES = {"EU", "EZ", "QO", "UN", "ZZ", "XA", "XB"}


@cache
def _names(language):
    english = Locale.parse("en").territories
    local = Locale.parse(language).territories
    return {
        code: local.get(code, name)
        for code, name in english.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


def _active():
    return translation.get_language() or "en"


def country_name(code, language=None):
    return _names(language or _active()).get(code, "")


def is_country(code):
    return code in _names("en")


def country_choices():
    """(ISO 3166 code, name in the active language), sorted by name; for model fields."""
    return sorted(_names(_active()).items(), key=lambda item: sort_key(item[1]))


def sort_key(text):
    """Alphabetical order that ignores accents and case ("Évry" sorts with "Evry")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
