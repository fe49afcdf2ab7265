"""A press release's kit: images with caption, credit and licence, downloadable at
original size. Its documents are the release's attachments, its contacts the press
contacts; the release PDFs are made by news.press_pdf.

Each kit image is a row of its own (an inline of the page), so that Wagtail's reference
index records the page as the image's user: the original then follows the page's
embargo (home.file_privacy) like the lead image does.
"""

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
    """The kit's images with their originals' records and renditions: two queries for
    a saved page, kept until the next content change (the article's page stays within its
    query budget); none for a revision's copy, which holds its rows already."""
    items = release.kit_images.all()
    if not isinstance(items, models.QuerySet):
        return list(items)
    return cached_until_content_changes(
        f"press-kit-images:{release.pk}",
        lambda: list(items.select_related("image").prefetch_related("image__renditions")))
