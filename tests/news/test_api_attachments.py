"""Attachments in /api/v2/news/ (issue 10.8): each document's title and absolute URL, with
its type and size, for public documents only, at a cost that does not grow."""

import pytest
from django.conf import settings
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.page_builder import set_translations, stream_data
from tests.factories.files import article_with_files, make_document
from tests.factories.news import make_articles
from tests.helpers import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def attach(article, *documents, labels=()):
    labels = list(labels) + [""] * len(documents)
    set_translations(article, {"attachments": {"en": [
        ("document", {"document": document.pk, "label": label})
        for document, label in zip(documents, labels, strict=False)]}})
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def test_attachments_give_title_url_type_and_size(client):
    report = make_document("results-report.pdf", title="Results report")
    article = attach(article_with_files("Results out"), report, make_document("notes.pdf"),
                     labels=["", "Notes to editors"])
    attachments = client.get(f"/api/v2/news/{article.pk}/").json()["attachments"]
    assert attachments == [
        {"title": "Results report", "url": settings.WAGTAILAPI_BASE_URL + report.url,
         "content_type": "application/pdf", "size": report.file_size},
        {"title": "Notes to editors", "url": attachments[1]["url"],
         "content_type": "application/pdf", "size": len(b"%PDF-1.4 notes.pdf")},
    ]
    for attachment in attachments:  # anyone may download what the API lists
        path = attachment["url"].removeprefix(settings.WAGTAILAPI_BASE_URL)
        assert client.get(path).status_code == 200


def test_a_document_deleted_since_is_left_out(client):
    kept, deleted = make_document("kept.pdf"), make_document("deleted.pdf")
    article = attach(article_with_files("With a deleted file"), kept, deleted)
    deleted.delete()
    attachments = client.get(f"/api/v2/news/{article.pk}/").json()["attachments"]
    assert [a["title"] for a in attachments] == ["kept.pdf"]


def test_a_document_that_is_not_public_is_left_out(client):
    """A PDF that no public page uses, as far as the reference index knows."""
    secret = make_document("embargoed.pdf")
    article = article_with_files("Live article")
    article.attachments_en = stream_data([("document", {"document": secret.pk, "label": ""})])
    # Saved while the reference index does not follow, as when its update waits in a queue.
    with disable_reference_index_auto_update():
        article.save(update_fields=["attachments_en"])
    attachments = client.get(f"/api/v2/news/{article.pk}/").json()["attachments"]
    assert attachments == []


def test_the_cost_does_not_grow_with_attachments_or_articles(client):
    article = attach(article_with_files("Counted"), make_document("one.pdf"))
    detail = f"/api/v2/news/{article.pk}/"
    listing = "/api/v2/news/?fields=attachments&limit=50"
    client.get(detail)
    few = count_queries(client, detail), count_queries(client, listing)
    attach(article, *(make_document(f"more-{n}.pdf") for n in range(4)))
    for other in make_articles(6):
        attach(other, make_document(f"{other.slug}.pdf"))
    client.get(detail)  # as before the first count: the caches a change empties are warm
    many = count_queries(client, detail), count_queries(client, listing)
    assert many == few
