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


def form_values(response, selector="form#page-edit-form"):
    """Every field of an admin form, as the browser would post it unchanged."""
    from tests.helpers import soup

    form = soup(response).select_one(selector)
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    return data


def add_url(page_class, parent):
    meta = page_class._meta
    return reverse("wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, parent.pk))


def preview_url(page):
    return reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def parent_of(page_class):
    """Where a new page of this type goes in the site's tree (made if it is not there)."""
    from wagtail.models import Page

    from home.models import HomePage
    from news.models import ArticlePage
    from partners.models import PartnerPage
    from tests.factories.home import home_page
    from tests.factories.news import news_index
    from tests.factories.partners import partner_index
    from tests.factories.trial import trial_page
    from trial.models import LaySummaryPage

    parents = {
        HomePage: Page.get_first_root_node,
        ArticlePage: news_index,
        PartnerPage: partner_index,
        LaySummaryPage: trial_page,
    }
    return parents.get(page_class, home_page)()


def existing_page(page_class):
    """A published page of this type, built by its factory unless there is one."""
    from tests.factories import home, news, partners, trial

    made = {
        "HomePage": home.home_page, "StandardPage": home.StandardPageFactory,
        "NewsIndexPage": news.news_index, "ArticlePage": news.ArticlePageFactory,
        "PartnerIndexPage": partners.partner_index, "PartnerPage": partners.PartnerPageFactory,
        "TrialPage": trial.trial_page, "LaySummaryPage": trial.LaySummaryPageFactory,
        "GlossaryPage": trial.GlossaryPageFactory,
    }
    return page_class.objects.first() or made[page_class.__name__]()


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


__all__ = ["LANGUAGES", "add_url", "edit_url", "existing_page", "form_extras", "form_values",
           "page_form_data", "parent_of", "preview_url"]
