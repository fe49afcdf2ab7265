"""Link the terms of a lay summary to their glossary entries.

The first occurrence of each term (or one of its other forms) in the reader's language
becomes a link to the entry; text already inside a link or a heading is left alone.
"""

import re

from django.utils.html import escape

_TAG = re.compile(r"(<[^>]+>)")
_OPENS_SKIPPED = re.compile(r"<(a|h[1-6])[\s>]", re.IGNORECASE)
_CLOSES_SKIPPED = re.compile(r"</(a|h[1-6])\s*>", re.IGNORECASE)


class GlossaryEntry:
    __slots__ = ("anchor", "forms", "url")

    def __init__(self, anchor, forms, url):
        self.anchor, self.forms, self.url = anchor, forms, url


def glossary_entries(page, request):
    """The entries of glossary `page` (terms prefetched) in the active language."""
    if page is None:
        return []
    url = page.get_url(request)
    return [GlossaryEntry(term.anchor, term.forms(), f"{url}#{term.anchor}")
            for term in page.terms.all()]


def _pattern(entries):
    forms = {escape(form).lower(): entry for entry in entries for form in entry.forms if form}
    if not forms:
        return None, {}
    # Longest first, so that "regulatory T cells" wins over a shorter form inside it.
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE), forms


def link_terms(markup, entries, linked=None):
    """`markup` with the first occurrence of each entry's forms linked to the entry.

    `linked` is a set of anchors already linked earlier on the same page; it is updated,
    so that passing the same set for every section links each term once per page."""
    linked = set() if linked is None else linked
    pattern, forms = _pattern(entries)
    if pattern is None or not markup:
        return markup

    def replace(match):
        entry = forms[match.group(1).lower()]
        if entry.anchor in linked:
            return match.group(0)
        linked.add(entry.anchor)
        return f'<a class="glossary-link" href="{escape(entry.url)}">{match.group(0)}</a>'

    parts, skipping = [], 0
    for part in _TAG.split(markup):
        if part.startswith("<"):
            if _OPENS_SKIPPED.match(part):
                skipping += 1
            elif _CLOSES_SKIPPED.match(part):
                skipping = max(0, skipping - 1)
            parts.append(part)
        elif skipping or not part:
            parts.append(part)
        else:
            parts.append(pattern.sub(replace, part))
    return "".join(parts)
