"""The Translators group: they edit the French, Italian and Swedish texts of every page
and submit them for approval; they neither publish nor change the English.

Called by `manage.py setup_site` (settings.SITE_ROLE_MODULES). Pages with no workflow of
their own (the home, standard, trial and question pages) get "Translations approval", so
that a translator's work reaches Communications; news and partner pages keep theirs.
Communications and Translators see the Translations report.
"""

from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.models import Site

from home.languages import DEFAULT_LANGUAGE
from home.roles import COMMUNICATIONS, approval_workflow

TRANSLATORS = "Translators"
WORKFLOW_NAME = "Translations approval"
REPORT_PERMISSION = "translations.view_translationsource"
PAGE_PERMISSIONS = ["change_page"]  # no add, no publish


def setup_roles(grants):
    grants.models(TRANSLATORS, ["wagtailadmin.access_admin", REPORT_PERMISSION])
    grants.models(COMMUNICATIONS, [REPORT_PERMISSION])
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:  # no content yet: run setup_site again once the home page exists
        return
    grants.pages(TRANSLATORS, site.root_page, PAGE_PERMISSIONS)
    approval_workflow(grants, WORKFLOW_NAME, site.root_page)


def may_change_english(user):
    """False for an account whose only group is Translators (superusers always may)."""
    if user.is_superuser:
        return True
    if not hasattr(user, "_translations_groups"):
        user._translations_groups = set(user.groups.values_list("name", flat=True))
    return user._translations_groups != {TRANSLATORS}


def _english_fields(model):
    try:
        names = translator.get_options_for_model(model).get_field_names()
    except NotRegistered:
        return []
    return [f"{name}_{DEFAULT_LANGUAGE}" for name in names]


def _protect(form, model):
    for name in _english_fields(model):
        field = form.fields.get(name)
        if field is not None:
            field.disabled = True  # Django keeps the saved value, whatever is posted
            field.help_text = _("Translators do not change the English text.")
    for formset in getattr(form, "formsets", {}).values():
        for child_form in formset.forms:
            _protect(child_form, formset.model)


def protect_english(form):
    """Page form hook (home.extensions.PAGE_FORM_HOOK): a translator's English fields,
    inline children's included, are shown but not taken from the request."""
    if form.for_user is not None and not may_change_english(form.for_user):
        _protect(form, form._meta.model)
