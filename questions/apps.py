from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "questions"
    verbose_name = _("Readers' questions")
    default_auto_field = "django.db.models.BigAutoField"
