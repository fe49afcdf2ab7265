"""The kinds of article: a news item or a press release."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS = "press", _("Press release")
