"""Embargoed previews for journalists: one signed, unguessable link per journalist or
outlet, valid until the release goes live plus a grace period, revocable, and a log of
each time it was opened.

The address carries the link's id and a random key, signed with the site's secret
(django.core.signing): a changed character fails the signature before any query, and a
leaked database row alone (without the secret) makes no working address.
"""

import datetime
import secrets

from django.conf import settings
from django.core import signing
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

SALT = "news.preview-link"
MAX_GRACE_HOURS = 24 * 14


def new_key():
    return secrets.token_urlsafe(18)


def _signer():
    return signing.Signer(salt=SALT, sep=".")


class PreviewLink(models.Model):
    release = models.ForeignKey(
        "news.ArticlePage", null=True, on_delete=models.SET_NULL,
        related_name="preview_links", verbose_name=_("release"),
    )
    label = models.CharField(
        _("journalist or outlet"), max_length=200,
        help_text=_("Who receives this link, e.g. “Jane Doe, Le Monde”."),
    )
    grace_hours = models.PositiveIntegerField(
        _("grace period (hours)"), default=24, validators=[MaxValueValidator(MAX_GRACE_HOURS)],
        help_text=_("How long after go-live the link still works (it then leads to the "
                    "public page)."),
    )
    revoked = models.BooleanField(_("revoked"), default=False)
    key = models.CharField(max_length=32, unique=True, default=new_key, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.label

    @property
    def token(self):
        return _signer().sign(f"{self.pk}.{self.key}")

    def get_url(self, language=None):
        with translation.override(language or settings.LANGUAGE_CODE):
            return reverse("press_preview", kwargs={"token": self.token})

    def get_full_url(self, language=None):
        return settings.WAGTAILADMIN_BASE_URL + self.get_url(language)

    def valid_until(self, go_live_at):
        """When the link stops working: go-live plus the grace period."""
        if go_live_at is None:
            return None
        return go_live_at + datetime.timedelta(hours=self.grace_hours)


def find_link(token):
    """The link named by `token`, or None for a tampered, made-up or deleted one."""
    try:
        value = _signer().unsign(token)
    except signing.BadSignature:
        return None
    pk, _sep, key = value.partition(".")
    if not pk.isdigit():
        return None
    return (PreviewLink.objects.filter(pk=int(pk), key=key)
            .select_related("release").first())


class PreviewOpen(models.Model):
    """One opening of a preview link's page."""

    link = models.ForeignKey(PreviewLink, on_delete=models.CASCADE, related_name="opens",
                             verbose_name=_("preview link"))
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=8)

    class Meta:
        verbose_name = _("preview link opening")
        verbose_name_plural = _("preview link openings")
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        return f"{self.link} {self.opened_at:%Y-%m-%d %H:%M}"
