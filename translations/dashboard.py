"""The admin dashboard's panel: how many pages and snippets are missing or out of date in
each language, with links to the report (one query)."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from home.languages import LANGUAGE_NAMES

from .models import TranslationSource
from .state import TARGET_LANGUAGES, State, with_states


def counts():
    """{language: {state: count}} for the missing and out-of-date states."""
    wanted = (State.MISSING, State.OUT_OF_DATE)
    totals = with_states(TranslationSource.objects.all()).aggregate(**{
        f"{code}__{state.value}": Count("pk", filter=Q(**{f"state_{code}": state}))
        for code in TARGET_LANGUAGES for state in wanted
    })
    return {code: {state: totals[f"{code}__{state.value}"] for state in wanted}
            for code in TARGET_LANGUAGES}


class TranslationsPanel(Component):
    name = "translations"
    template_name = "translations/admin/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        report = reverse("translations_report")
        rows = []
        for code, states in counts().items():
            rows.append({
                "name": LANGUAGE_NAMES[code],
                "cells": [{"count": count, "state": state,
                           "url": f"{report}?{urlencode({'language': code, 'state': state})}"}
                          for state, count in states.items()],
            })
        return {"rows": rows, "report_url": report,
                "states": [State.MISSING, State.OUT_OF_DATE]}
