"""A press release's kit: images with caption, credit and licence, downloadable at
original size. Its documents are the release's attachments, its contacts the press
contacts; the release PDFs are made by news.press_pdf.

Each kit image is a row of its own (an inline of the page), so that Wagtail's reference
index records the page as the image's user: the original then follows the page's
embargo (home.file_privacy) like the lead image does.
"""

from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from home.cache import cached_until_content_changes
from home.languages import LANGUAGE_CODES


class KitImage(Orderable):
    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="kit_images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE,
                              related_name="+", verbose_name=_("image"))
    caption = models.CharField(_("caption"), max_length=250)
    credit = models.CharField(_("credit"), max_length=120)
    licence = models.CharField(
        _("licence"), max_length=120,
        help_text=_("How journalists may use it, e.g. “CC BY 4.0” or “Free for editorial "
                    "use with credit”."),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit"),
              FieldPanel("licence")]

    class Meta(Orderable.Meta):
        verbose_name = _("press kit image")
        verbose_name_plural = _("press kit images")


def kit_file_ids(release):
    """(image ids, document ids) of the files of `release`'s kit, in any language, read
    from the object itself (a revision's, for a preview) without a query for the stream."""
    images = {item.image_id for item in release.kit_images.all()}
    if release.lead_image_id:
        images.add(release.lead_image_id)
    documents = set()
    for code in LANGUAGE_CODES:
        for block in getattr(release, f"attachments_{code}").raw_data:
            document = (block.get("value") or {}).get("document")
            if document:
                documents.add(int(document))
    return images, documents


def kit_images(release):
    """The kit's images with their originals' records: one query for a saved page, kept
    until the next content change, so that the article's page stays within its query
    budget; none for a revision's copy, which holds its rows already. Renditions are not
    prefetched: Wagtail then finds them in its cache, without a query."""
    items = release.kit_images.all()
    if not isinstance(items, models.QuerySet):
        return list(items)
    return cached_until_content_changes(
        f"press-kit-images:{release.pk}",
        lambda: list(items.select_related("image")))


PDF_FOLDER = "press-releases/"


class ReleasePdf(models.Model):
    """A press release as a PDF in one language, made from one revision (news.press_pdf):
    the scheduled one, so that journalists get it through their preview link, and the live
    one. Stored privately; served by the release's own pdf/ address once it is live, or by
    a preview link before."""

    page = models.ForeignKey("news.ArticlePage", on_delete=models.CASCADE, related_name="pdfs")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE,
                                 related_name="+")
    language = models.CharField(_("language"), max_length=8)
    file = models.FileField(upload_to=PDF_FOLDER, blank=True)
    made_at = models.DateTimeField(null=True, blank=True)
    # In English (the catalogue's msgid), empty when it was made: shown translated.
    failure = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("release PDF")
        verbose_name_plural = _("release PDFs")
        constraints = [models.UniqueConstraint(fields=["page", "revision", "language"],
                                               name="one_release_pdf_per_revision_language")]

    def __str__(self):
        return f"{self.page_id} r{self.revision_id} {self.language}"

    @property
    def is_stored(self):
        return bool(self.file) and default_storage.exists(self.file.name)
