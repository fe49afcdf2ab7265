from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def restore_sql_routing():
    """wagtail-modeltranslation sets its own route() on every registered page model; it
    loads every child page. Remove it, so that each model routes through
    TranslatedPage.route (or RoutablePageMixin.route, which ends there)."""
    from django.apps import apps
    from wagtail_modeltranslation.patch_wagtailadmin import _new_route

    from .translated_page import TranslatedPage

    for model in apps.get_models():
        if issubclass(model, TranslatedPage) and model.__dict__.get("route") is _new_route:
            del model.route


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db import models
        from django.db.models.signals import post_migrate
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail_modeltranslation import patch_wagtailadmin

        from . import file_storage, signal_handlers  # noqa: F401 (file_storage: its system check)
        from .db_indexes import index_page_table
        from .slugs import AsciiSlugInput
        from .translated_page import validate_translated_slugs

        signal_handlers.connect()
        restore_sql_routing()
        # Each page type's clean() calls this module-level check: one SQL query a language.
        patch_wagtailadmin._validate_slugs = validate_translated_slugs
        post_migrate.connect(index_page_table, sender=self)
        # Every slug field of the admin (each language's) fills and cleans itself in ASCII.
        register_form_field_override(models.SlugField, override={"widget": AsciiSlugInput})
