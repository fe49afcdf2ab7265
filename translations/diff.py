"""English then and now, side by side, with the words that changed marked."""

import difflib
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .state import plain_text

_WORDS = re.compile(r"\s+|[^\s]+")


def _mark(words, tag):
    return f"<{tag}>{escape(''.join(words))}</{tag}>" if words else ""


def side_by_side(then, now):
    """(then_html, now_html): `then` with removed words in <del>, `now` with added words
    in <ins>, both escaped plain text (rich text and blocks reduced to their words)."""
    old = _WORDS.findall(plain_text(then))
    new = _WORDS.findall(plain_text(now))
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new,
                                                      autojunk=False).get_opcodes():
        if op == "equal":
            left.append(escape("".join(old[i1:i2])))
            right.append(escape("".join(new[j1:j2])))
        else:
            left.append(_mark(old[i1:i2], "del"))
            right.append(_mark(new[j1:j2], "ins"))
    return mark_safe("".join(left)), mark_safe("".join(right))  # noqa: S308 (escaped above)
