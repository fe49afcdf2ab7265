from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translators' desk: the state of each translation, and files to and from translators."""

    name = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import explorer, panels, signal_handlers

        signal_handlers.connect()
        panels.attach_panels()
        explorer.add_column(_("Translations"))
