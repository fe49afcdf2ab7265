"""What each translation was made from.

One `TranslationSource` per translatable page or snippet holds its English as it is now
(a fingerprint, the texts, the revision); one `Translation` per object and language holds
the fingerprint and texts of the English that translation was made from. The state
(missing, out of date, up to date) is derived from the two (translations.state), never
guessed from dates.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationSource(models.Model):
    """The English of one page or snippet, as last saved."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    # Copies of what the report shows and filters on, so that it reads one table whatever
    # the amount of content: the English title and, for pages, the section they are in.
    title = models.CharField(_("title"), max_length=255)
    section = models.ForeignKey("wagtailcore.Page", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+",
                                verbose_name=_("section"))
    fingerprint = models.CharField(max_length=64)
    texts = models.JSONField(default=dict)
    revision = models.ForeignKey("wagtailcore.Revision", null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    # When the English last changed in a way that needs a new translation (the date the
    # reader's notice gives).
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"],
                                               name="translation_source_unique_object")]
        indexes = [models.Index(fields=["content_type", "title"])]

    def __str__(self):
        return self.title


class Translation(models.Model):
    """One language of one object: whether its required texts are filled, and which
    English it was made from."""

    source = models.ForeignKey(TranslationSource, on_delete=models.CASCADE,
                               related_name="translations")
    language = models.CharField(max_length=8)
    complete = models.BooleanField(default=False)
    fingerprint = models.CharField(max_length=64)  # of this language's own texts
    made_from_fingerprint = models.CharField(max_length=64, blank=True)
    made_from_texts = models.JSONField(default=dict)
    made_from_revision = models.ForeignKey("wagtailcore.Revision", null=True, blank=True,
                                           on_delete=models.SET_NULL, related_name="+")
    saved_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "language"],
                                               name="translation_unique_language")]

    def __str__(self):
        return f"{self.source} [{self.language}]"
