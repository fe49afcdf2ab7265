"""Drive Wagtail's page admin like an editor: one helper for every page type's admin test."""

from django.urls import reverse
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.conftest import LANGUAGES


def page_form_data(page_class, texts, **extra):
    """Admin form data: `texts` holds {field: {lang: value}}; empty streams and inline
    lists for the rest."""
    data = {}
    for field, values in texts.items():
        for language, value in values.items():
            data[f"{field}_{language}"] = value
    for field in page_class._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(field.name, streamfield([]))
    for relation in get_all_child_relations(page_class):
        data.setdefault(relation.get_accessor_name(), inline_formset([]))
    data.update(extra)
    return nested_form_data(data)


def add_url(page_class, parent):
    meta = page_class._meta
    return reverse("wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, parent.pk))


def preview_url(page):
    return reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def parent_of(page_class):
    """Where a new page of this type goes in the demo site's tree."""
    from wagtail.models import Page

    from home.models import HomePage
    from news.models import ArticlePage, NewsIndexPage
    from trial.models import LaySummaryPage, TrialPage

    parents = {
        HomePage: Page.get_first_root_node,
        ArticlePage: lambda: NewsIndexPage.objects.get(slug_en="news"),
        LaySummaryPage: TrialPage.objects.get,
    }
    return parents.get(page_class, HomePage.objects.get)()


def form_extras(page_class):
    """What a page type's admin form needs besides titles and slugs."""
    from wagtail.test.utils.form_data import inline_formset, rich_text

    from news.models import ArticlePage
    from trial.models import LAY_SECTION_FIELDS, GlossaryPage, LaySummaryPage, TrialPage

    if page_class is ArticlePage:
        return {"summary_en": "A summary", "kind": "news"}
    if page_class is TrialPage:
        return {"centres": inline_formset([])}
    if page_class is GlossaryPage:
        return {"terms": inline_formset([{"term_en": "Placebo", "definition_en": "A dummy.",
                                          "other_forms_en": ""}])}
    if page_class is LaySummaryPage:
        return {f"{field}_en": rich_text("<p>Plain words.</p>") for field in LAY_SECTION_FIELDS}
    return {}


__all__ = ["LANGUAGES", "add_url", "edit_url", "form_extras", "page_form_data", "parent_of",
           "preview_url"]
