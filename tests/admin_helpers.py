"""Drive Wagtail's page admin like an editor: one helper for every page type's admin test."""

from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.conftest import LANGUAGES


def page_form_data(page_class, texts, **extra):
    """Admin form data: `texts` holds {field: {lang: value}}; empty streams for the rest."""
    data = {}
    for field, values in texts.items():
        for language, value in values.items():
            data[f"{field}_{language}"] = value
    for field in page_class._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(field.name, streamfield([]))
    data.update(extra)
    return nested_form_data(data)


def add_url(page_class, parent):
    meta = page_class._meta
    return reverse("wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, parent.pk))


def preview_url(page):
    return reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


__all__ = ["LANGUAGES", "add_url", "edit_url", "page_form_data", "preview_url"]
