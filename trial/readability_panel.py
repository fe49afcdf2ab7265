"""The readability scores editors see while editing a lay summary, and in the admin report."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from home.languages import LANGUAGE_CODES, LANGUAGE_NAMES

from .readability import LIX_TARGET, is_over_target, lix_of_html


def readability_rows(obj, sections):
    """One row per section plus the whole text: LIX per language (None = nothing written)."""
    rows, whole = [], {code: [] for code in LANGUAGE_CODES}
    for field, _anchor, heading, _help in sections:
        cells = []
        for code in LANGUAGE_CODES:
            markup = getattr(obj, f"{field}_{code}", "") or ""
            whole[code].append(markup)
            score = lix_of_html(markup)
            cells.append({"language": code, "score": score, "over": is_over_target(score)})
        rows.append({"field": field, "heading": heading, "cells": cells,
                     "over": any(cell["over"] for cell in cells)})
    total = []
    for code in LANGUAGE_CODES:
        score = lix_of_html("\n".join(whole[code]))
        total.append({"language": code, "score": score, "over": is_over_target(score)})
    return {"rows": rows, "total": total, "target": LIX_TARGET,
            "languages": list(LANGUAGE_NAMES.items()),
            "over": any(row["over"] for row in rows) or any(c["over"] for c in total)}


class ReadabilityPanel(Panel):
    """Read-only: the LIX score of each section in each language, against the target."""

    def __init__(self, sections, **kwargs):
        kwargs.setdefault("heading", _("Readability"))
        super().__init__(**kwargs)
        self.sections = sections

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["sections"] = self.sections
        return kwargs

    class BoundPanel(Panel.BoundPanel):
        template_name = "trial/admin/readability_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["readability"] = readability_rows(self.instance, self.panel.sections)
            return context
