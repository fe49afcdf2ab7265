"""Page slugs in plain ASCII, in every language, as the demo's are: "À propos de l'essai"
gives `a-propos-de-l-essai`, "Sök" gives `sok`.

Wagtail's own slug prefill keeps accents (or, with unicode slugs off, drops letters such as
œ) and drops apostrophes, gluing "l'étude" into `letude`. One table serves both sides: the
server's `ascii_slug` and the admin's slug field, which applies it as replacements before
its own clean-up, so a slug typed or filled in the browser matches the server's.
"""

import re
import unicodedata
from collections import defaultdict

from django.utils.text import slugify
from wagtail.admin.widgets import SlugInput

# Apostrophes separate words in French and Italian: l'étude → l-etude, dell'ALS → dell-als.
APOSTROPHES = "'’ʼ‘`"
# Letters that Unicode does not decompose into an ASCII letter and a mark.
LETTERS_OF_THEIR_OWN = {
    "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss", "Ø": "O", "ø": "o",
    "Ð": "D", "ð": "d", "Þ": "TH", "þ": "th", "Đ": "D", "đ": "d", "Ł": "L", "ł": "l",
    "Ħ": "H", "ħ": "h", "ı": "i",
}


def _ascii_letter(char):
    if char in LETTERS_OF_THEIR_OWN:
        return LETTERS_OF_THEIR_OWN[char]
    return unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()


# Latin-1 and Latin Extended-A: every letter of French, Italian, Swedish and their neighbours.
TRANSLITERATION = {
    char: _ascii_letter(char)
    for char in map(chr, range(0xC0, 0x180))
    if char.isalpha() and _ascii_letter(char)
}


def ascii_slug(text):
    """The slug of a title, in ASCII: accents dropped, apostrophes turned into hyphens."""
    text = re.sub(f"[{APOSTROPHES}]", "-", text)
    return slugify("".join(TRANSLITERATION.get(char, char) for char in text))


def _slug_input_formatters():
    """The same replacements, as (regex, replacement) pairs for Wagtail's slug field."""
    by_replacement = defaultdict(str)
    for char, replacement in TRANSLITERATION.items():
        by_replacement[replacement] += char
    return [(f"[{APOSTROPHES}]", "-")] + [
        (f"[{chars}]", replacement) for replacement, chars in by_replacement.items()
    ]


class AsciiSlugInput(SlugInput):
    """Wagtail's slug field (prefilled from the title), transliterating as `ascii_slug`."""

    formatters = _slug_input_formatters()

    def __init__(self, attrs=None, **kwargs):
        kwargs.setdefault("formatters", self.formatters)
        super().__init__(attrs, **kwargs)
