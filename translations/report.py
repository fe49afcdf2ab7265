"""The Translations report: one row per page or snippet, one column per language.

It reads TranslationSource rows only, each language's state computed in SQL
(translations.state.with_states) and the section joined: one query for a page of rows
and one for the count, whatever the amount of content (tests/translations/test_report.py).
"""

import django_filters
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from home.languages import LANGUAGE_NAMES

from .models import TranslationSource
from .state import SECTION_DEPTH, TARGET_LANGUAGES, State, translatable_models, with_states


def language_choices():
    return [(code, LANGUAGE_NAMES[code]) for code in TARGET_LANGUAGES]


def type_choices():
    models = translatable_models()
    types = ContentType.objects.get_for_models(*models)
    return sorted(((types[model].pk, model._meta.verbose_name.capitalize()) for model in models),
                  key=lambda choice: str(choice[1]))


def sections(request=None):
    return Page.objects.filter(depth=SECTION_DEPTH).order_by("path")


def type_name(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return str(model._meta.verbose_name).capitalize() if model else ""


def edit_url(source):
    """The admin edit view of the page or snippet a row records."""
    model = ContentType.objects.get_for_id(source.content_type_id).model_class()
    if model is None:
        return None
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=(quote(source.object_id),))
    viewset = getattr(model, "snippet_viewset", None)
    return reverse(viewset.get_url_name("edit"), args=(quote(source.object_id),)) \
        if viewset else None


class TranslationsFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=language_choices,
                                           method="by_state", empty_label=_("Any language"))
    state = django_filters.ChoiceFilter(label=_("State"), choices=State.choices,
                                        method="by_state", empty_label=_("Any state"))
    content_type = django_filters.ChoiceFilter(label=_("Type"), choices=type_choices,
                                               empty_label=_("Any type"))
    section = django_filters.ModelChoiceFilter(label=_("Section"), queryset=sections,
                                               empty_label=_("Any section"))

    class Meta:
        model = TranslationSource
        fields = ["language", "state", "content_type", "section"]

    def by_state(self, queryset, name, value):
        return queryset  # language and state are applied together in filter_queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        language = self.form.cleaned_data.get("language")
        state = self.form.cleaned_data.get("state")
        languages = [language] if language else TARGET_LANGUAGES
        if state:
            wanted = Q()
            for code in languages:
                wanted |= Q(**{f"state_{code}": state})
            queryset = queryset.filter(wanted)
        elif language:  # a language alone: what needs a translator's work in it
            queryset = queryset.exclude(**{f"state_{language}": State.UP_TO_DATE})
        return queryset


class StateColumn(Column):
    """A language's state, in words (and a mark that does not rely on colour)."""

    cell_template_name = "translations/admin/state_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["state"] = State(context["raw_value"])
        return context


def state_label(value):
    return str(State(value).label)


class TranslationsReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    index_url_name = "translations_report"
    index_results_url_name = "translations_report_results"
    filterset_class = TranslationsFilterSet
    permission_policy = ModelPermissionPolicy(TranslationSource)
    permission_required = "view"
    paginate_by = 50
    no_results_message = _("No page or snippet matches these filters.")
    list_export = ["title", "type_name", "section_name",
                   *[f"state_{code}" for code in TARGET_LANGUAGES]]
    custom_field_preprocess = {
        f"state_{code}": {"csv": state_label, "xlsx": state_label} for code in TARGET_LANGUAGES
    }

    @property
    def export_headings(self):
        return {"title": _("Title"), "type_name": _("Type"), "section_name": _("Section"),
                **{f"state_{code}": LANGUAGE_NAMES[code] for code in TARGET_LANGUAGES}}

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=edit_url),
            Column("type", label=_("Type"),
                   accessor=lambda row: type_name(row.content_type_id)),
            Column("section", label=_("Section"),
                   accessor=lambda row: self.section_titles.get(row.section_id, "")),
            *[StateColumn(f"state_{code}", label=LANGUAGE_NAMES[code])
              for code in TARGET_LANGUAGES],
        ]

    def get_filename(self):
        return "translations"

    @cached_property
    def section_titles(self):
        """{page id: title} of the few sections, read once rather than joined to each row."""
        return {page.pk: page.title for page in sections()}

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Plain rows, not model instances: ten times faster for 10,000 of them.
        states = [f"state_{code}" for code in TARGET_LANGUAGES]
        rows = queryset.values("title", "content_type_id", "section_id", *states)
        return super().as_spreadsheet(rows, spreadsheet_format)

    def to_row_dict(self, item):
        values = {**item, "type_name": type_name(item["content_type_id"]),
                  "section_name": self.section_titles.get(item["section_id"], "")}
        return {field: values[field] for field in self.list_export}

    def get_queryset(self):
        # The English texts kept for the edit view's comparison are not read here.
        return (with_states(TranslationSource.objects.defer("texts"))
                .order_by("title", "pk"))
