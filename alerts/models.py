"""Readers who asked for an email when something new goes live, and what each was sent."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES


class Topic(models.TextChoices):
    ALL = "all", _("All news")
    PRESS = "press", _("Press releases only")
    RESULTS = "results", _("Results and lay-summary updates")


def new_key():
    return secrets.token_urlsafe(24)


class Subscriber(models.Model):
    """One address; nothing is sent to it until `confirmed_at` is set (double opt-in)."""

    shown_on_public_pages = False  # a sign-up neither empties the page cache nor the proxy

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=8, default=DEFAULT_LANGUAGE,
                                choices=list(LANGUAGE_NAMES.items()))
    topic = models.CharField(_("wants"), max_length=10, choices=Topic.choices,
                             default=Topic.ALL)
    # The secret that the signed confirmation and unsubscribe links carry.
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscriber")
        verbose_name_plural = _("alert subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email


class Delivery(models.Model):
    """A page's alert to one subscriber, written before the email leaves: the unique pair
    makes a retried task or a page published again skip whoever already has it."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE,
                                   related_name="deliveries")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("alert sent")
        verbose_name_plural = _("alerts sent")
        constraints = [models.UniqueConstraint(fields=["subscriber", "page"],
                                               name="alerts_one_delivery_per_page")]

    def __str__(self):
        return f"{self.subscriber} – {self.page_id}"
