from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trial pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail_modeltranslation import patch_wagtailadmin

        from .translated_page import validate_translated_slugs

        from . import signals
        from .db_indexes import index_translated_slugs

        signals.connect()
        # Each page type's clean() calls this module-level check: one SQL query a language.
        patch_wagtailadmin._validate_slugs = validate_translated_slugs
        post_migrate.connect(index_translated_slugs, sender=self)
