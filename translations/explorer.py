"""A small mark per language in the page explorer: ✓ up to date, ! out of date, ∅ missing.

Wagtail's explorer has no hook for columns: the column is appended to its list once, when
the app starts (tests/translations/test_admin.py fails if a Wagtail release changes that),
and the states come with the explorer's own query (construct_explorer_page_queryset), one
subquery per language, so that a listing of any length costs no more queries.
"""

from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from wagtail.admin.ui.tables import BaseColumn
from wagtail.admin.views.pages.listing import ExplorableIndexView

from home.languages import LANGUAGE_NAMES

from .models import TranslationSource
from .state import TARGET_LANGUAGES, State, with_states

ATTRIBUTE = "translation_state_{}"


def with_marks(pages):
    for code in TARGET_LANGUAGES:
        states = with_states(TranslationSource.objects.filter(
            content_type_id=OuterRef("content_type_id"),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )).values(f"state_{code}")[:1]
        pages = pages.annotate(**{ATTRIBUTE.format(code): Subquery(states)})
    return pages


class TranslationMarksColumn(BaseColumn):
    cell_template_name = "translations/admin/marks_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        marks = []
        for code in TARGET_LANGUAGES:
            value = getattr(instance, ATTRIBUTE.format(code), None)
            if value:
                marks.append({"code": code, "name": LANGUAGE_NAMES[code], "state": State(value)})
        context["marks"] = marks
        return context


def add_column(label):
    if not any(isinstance(column, TranslationMarksColumn)
               for column in ExplorableIndexView.base_columns):
        ExplorableIndexView.base_columns.append(
            TranslationMarksColumn("translations", label=label, width="12%"))
