"""The Translations panel of every translatable object's edit view: each language's state
and, for an out-of-date one, what changed in the English since it was translated.

The panel is appended to each model's own panel list when the app starts (after
wagtail-modeltranslation has expanded them), never by rebuilding an edit handler, so that
every panel an app declared stays where it was.
"""

from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from wagtail.admin.panels import Panel
from wagtail.models import Page

from home.languages import LANGUAGE_NAMES

from .diff import side_by_side
from .models import TranslationSource
from .roles import may_change_english
from .state import (
    TARGET_LANGUAGES,
    State,
    source_of,
    state_from_record,
    states_of,
    translated_fields,
)

KEEP_FIELD = "translations-keep"


def field_label(model, key):
    """The label of a text of `model`: its field's, or its inline child's with a number."""
    if "." not in key:
        return str(model._meta.get_field(key).verbose_name).capitalize()
    accessor, position, name = key.split(".")
    relation = model._meta.get_field(accessor)
    child = relation.related_model
    return f"{str(child._meta.verbose_name).capitalize()} {int(position) + 1}: " \
           f"{child._meta.get_field(name).verbose_name}"


def changes(model, then, now):
    """[{label, then, now}] for each English text that differs between the two records."""
    rows = []
    for key in [*now.keys(), *(k for k in then if k not in now)]:
        if then.get(key, "") != now.get(key, ""):
            before, after = side_by_side(then.get(key, ""), now.get(key, ""))
            rows.append({"label": field_label(model, key), "then": before, "now": after})
    return rows


def language_rows(instance):
    """Each language's state, with the English changes of an out-of-date one."""
    source = source_of(instance)
    if source is None:
        return [{"code": code, "name": LANGUAGE_NAMES[code], "state": state}
                for code, state in states_of(instance).items()]
    recorded = {t.language: t for t in source.translations.all()}
    rows = []
    for code in TARGET_LANGUAGES:
        translation = recorded.get(code)
        state = state_from_record(source, translation)
        row = {"code": code, "name": LANGUAGE_NAMES[code], "state": state}
        if state == State.OUT_OF_DATE:
            row["saved_at"] = translation.saved_at
            row["changes"] = changes(type(instance), translation.made_from_texts, source.texts)
        rows.append(row)
    return rows


class TranslationStatePanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Translations"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "translations/admin/state_panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["languages"] = language_rows(self.instance)
            context["keep_field"] = KEEP_FIELD
            context["may_change_english"] = may_change_english(self.request.user)
            return context


def _is_inline_child(model):
    return any(isinstance(field, ParentalKey) for field in model._meta.fields)


def attach_panels():
    """Append the panel to the panel list of every translatable page type and snippet."""
    for model in translator.get_registered_models(abstract=False):
        if model is Page or model._meta.abstract or _is_inline_child(model) \
                or not translated_fields(model) or model is TranslationSource:
            continue
        attribute = "content_panels" if issubclass(model, Page) else "panels"
        panels = getattr(model, attribute, None)
        if panels is None or any(isinstance(p, TranslationStatePanel) for p in panels):
            continue
        setattr(model, attribute, [*panels, TranslationStatePanel()])
        if issubclass(model, Page):
            model.get_edit_handler.cache_clear()
