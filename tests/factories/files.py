"""Uploaded files for the tests: documents and images, as an editor uploads them."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage

from news.choices import Kind
from tests.factories.home import stream
from tests.factories.news import ArticlePageFactory


def png_bytes(colour="#0b3d66"):
    out = io.BytesIO()
    PILImage.new("RGB", (1600, 900), colour).save(out, format="PNG")
    return out.getvalue()


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small PDF-like file, with its size recorded as the admin's upload records it."""

    title = factory.Sequence(lambda n: f"document-{n}.pdf")
    file = factory.LazyAttribute(lambda o: ContentFile(f"%PDF-1.4 {o.title}".encode(),
                                                       name=o.title))
    file_size = factory.LazyAttribute(lambda o: o.file.size)
    collection = factory.LazyFunction(lambda: _root_collection())


class ImageFactory(wagtail_factories.ImageFactory):
    """A 1600×900 PNG, large enough for the social card."""

    title = factory.Sequence(lambda n: f"image-{n}.png")
    file = factory.LazyAttribute(lambda o: ImageFile(io.BytesIO(png_bytes()), name=o.title))
    collection = factory.LazyFunction(lambda: _root_collection())


def _root_collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node()


def make_document(name, title=None, user=None, **fields):
    return DocumentFactory(title=title or name, file=ContentFile(
        f"%PDF-1.4 {name}".encode(), name=name), uploaded_by_user=user, **fields)


def make_image(name, user=None, **fields):
    return ImageFactory(title=name, uploaded_by_user=user, **fields)


def article_with_files(title, document=None, image=None, publish=True, go_live_at=None):
    """A press release with `document` attached and `image` as its lead image; with
    `go_live_at` in the future it is scheduled (embargoed) like a release approved ahead
    of time."""
    fields = {"summary": "A summary.", "title_fr": None}
    if document is not None:
        fields["attachments"] = stream(("document", {"document": document.pk, "label": ""}))
    page = ArticlePageFactory(title=title, kind=Kind.PRESS, date=datetime.date(2026, 3, 2),
                              lead_image=image, publish=publish and go_live_at is None,
                              **fields)
    if go_live_at is not None:
        page.go_live_at = go_live_at
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def tomorrow():
    return timezone.now() + datetime.timedelta(days=1)
