"""The readability scores editors see while editing a lay summary, and in the admin report."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from home.languages import LANGUAGE_CODES, LANGUAGE_NAMES

from .readability import TARGETS, scores_of_html


def readability_cell(markup, language):
    """Each measure of the language for one text: its score and whether it misses its target
    (a score is None when nothing is written)."""
    scores = [{"name": target.name, "score": score, "over": not target.is_met(score)}
              for target, score in scores_of_html(markup, language)]
    return {"language": language, "scores": scores,
            "written": scores[0]["score"] is not None,
            "over": any(score["over"] for score in scores)}


def targets_by_language():
    """[(language name, [(measure, limit, higher_is_easier)])] for the help text."""
    return [(code, LANGUAGE_NAMES[code], TARGETS[code]) for code in LANGUAGE_CODES]


def readability_rows(obj, sections):
    """One row per section plus the whole text: each language's measures (see TARGETS)."""
    rows, whole = [], {code: [] for code in LANGUAGE_CODES}
    for field, _anchor, heading, _help in sections:
        cells = []
        for code in LANGUAGE_CODES:
            markup = getattr(obj, f"{field}_{code}", "") or ""
            whole[code].append(markup)
            cells.append(readability_cell(markup, code))
        rows.append({"field": field, "heading": heading, "cells": cells,
                     "over": any(cell["over"] for cell in cells)})
    total = [readability_cell("\n".join(whole[code]), code) for code in LANGUAGE_CODES]
    return {"rows": rows, "total": total, "targets": targets_by_language(),
            "languages": list(LANGUAGE_NAMES.items()),
            "over": any(row["over"] for row in rows) or any(c["over"] for c in total)}


class ReadabilityPanel(Panel):
    """Read-only: each language's readability measures for each section, against targets."""

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
