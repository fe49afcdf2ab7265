"""Every revision of every page can be viewed from its history, the first one included.

Wagtail's autosave (and "Save draft") defers required fields, so a revision may hold a
block the editor has added but not filled yet: a download with no document, an image
with no image, a call to action with no label. Showing that revision must not fail."""

import pytest
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import rich_text, streamfield

from partners.models import PartnerPage
from tests.admin_helpers import add_url, edit_url, form_extras, page_form_data, parent_of
from tests.conftest import LANGUAGES
from tests.home.test_admin_pages import PAGE_TYPES

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

LANGUAGE_SUFFIXES = tuple(f"_{code}" for code in LANGUAGES)
EXTRAS = {PartnerPage: {"country": "FR", "partner_type": "industry"}}


def unfilled(block):
    """The form value of `block` as the editor leaves it just after adding it."""
    if isinstance(block, blocks.StructBlock):
        return {name: unfilled(child) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text("")
    if isinstance(block, blocks.ChoiceBlock):
        return block.get_default() or ""
    return ""


def one_unfilled_block_of_each_kind(page_class):
    return {
        f"{field.name}_en": streamfield(
            [(name, unfilled(child)) for name, child in field.stream_block.child_blocks.items()]
        )
        for field in page_class._meta.get_fields()
        # `body` itself, not its per-language copies body_en, body_fr...
        if isinstance(field, StreamField) and not field.name.endswith(LANGUAGE_SUFFIXES)
    }


def revision_urls(page):
    return [
        reverse("wagtailadmin_pages:revisions_view", args=(page.pk, revision.pk))
        for revision in Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk")
    ]


@pytest.mark.parametrize("page_class", [*PAGE_TYPES, PartnerPage])
def test_every_revision_of_a_page_autosaved_with_unfilled_blocks_can_be_viewed(
    admin_client, page_class
):
    parent = parent_of(page_class)
    data = page_form_data(
        page_class, {"title": {"en": "Half written"}, "slug": {"en": "half-written"}},
        **form_extras(page_class), **EXTRAS.get(page_class, {}),
        **one_unfilled_block_of_each_kind(page_class),
    )
    # The editor's browser autosaves: a draft, asked for as JSON.
    response = admin_client.post(add_url(page_class, parent), data, HTTP_ACCEPT="application/json")
    assert response.json()["success"] is True, response.json()
    page = Page.objects.get(slug_en="half-written").specific
    data["title_fr"] = "À moitié écrite"
    response = admin_client.post(edit_url(page), data, HTTP_ACCEPT="application/json")
    assert response.json()["success"] is True, response.json()

    urls = revision_urls(page)
    assert len(urls) == 2
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert b"Half written" in response.content

