"""Admin report: lay summaries and sections whose readability is over target."""

from django.contrib.admin.utils import quote
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import LAY_SECTIONS, LaySummaryPage
from .readability_panel import readability_rows, targets_by_language


def readability_report(request):
    """Each lay summary (its latest draft, what editors are working on) with its scores;
    sections over target are listed by name. Few summaries exist, so one query each is fine."""
    summaries = []
    for page in LaySummaryPage.objects.order_by("path"):
        draft = page.get_latest_revision_as_object()
        table = readability_rows(draft, LAY_SECTIONS)
        summaries.append({
            "title": draft.title,
            "edit_url": reverse("wagtailadmin_pages:edit", args=(quote(page.pk),)),
            "readability": table,
            # Only the languages and measures over target, so that the list needs no
            # skipped separators.
            "sections_over": [
                {"heading": row["heading"], "cells": [
                    {"language": cell["language"],
                     "scores": [score for score in cell["scores"] if score["over"]]}
                    for cell in row["cells"] if cell["over"]]}
                for row in table["rows"] if row["over"]
            ],
        })
    over = [summary for summary in summaries if summary["readability"]["over"]]
    return render(request, "trial/admin/readability_report.html", {
        "page_title": _("Readability of lay summaries"),
        "header_icon": "glasses",
        "summaries": summaries,
        "over": over,
        "targets": {"targets": targets_by_language()},
    })
