"""Uploaded files for the tests: a document and an image, as an editor would upload them."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from home.page_builder import add_page
from news.models import ArticlePage, Kind
from tests.news_factories import news_index


def make_document(name, title=None, user=None, **fields):
    data = f"%PDF-1.4 {name}".encode()
    return Document.objects.create(  # with its size, as the admin's upload records it
        title=title or name, uploaded_by_user=user, file=ContentFile(data, name=name),
        file_size=len(data), **fields)


def png_bytes(colour="#0b3d66"):
    out = io.BytesIO()
    PILImage.new("RGB", (1600, 900), colour).save(out, format="PNG")
    return out.getvalue()


def make_image(name, user=None, **fields):
    return get_image_model().objects.create(
        title=name, uploaded_by_user=user, file=ImageFile(io.BytesIO(png_bytes()), name=name),
        **fields)


def article_with_files(title, document=None, image=None, publish=True, go_live_at=None):
    """An article with `document` attached and `image` as its lead image; with `go_live_at`
    in the future it is scheduled (embargoed) like a release approved ahead of time."""
    slug = title.lower().replace(" ", "-")
    texts = {"title": {"en": title}, "slug": {"en": slug}, "summary": {"en": "A summary."}}
    if document is not None:
        texts["attachments"] = {"en": [("document", {"document": document.pk, "label": ""})]}
    page = add_page(news_index(), ArticlePage, texts, publish=publish and go_live_at is None,
                    kind=Kind.PRESS, date=datetime.date(2026, 3, 2), lead_image=image)
    if go_live_at is not None:
        page.go_live_at = go_live_at
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def tomorrow():
    return timezone.now() + datetime.timedelta(days=1)
