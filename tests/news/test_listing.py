"""The index, its feeds and the neighbour links show exactly the live articles below the
index, however Wagtail changed them: expiry, moves and copies save a plain `Page` or a
copy, not the article itself (news.listing keeps the listing's copies in step)."""

import datetime

import feedparser
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from tests.factories.news import NewsIndexPageFactory, make_article, news_index

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def shown_by(client, index):
    """Everything a reader can see of `index`: its list, and its feed."""
    page = client.get(index.get_url_in("en")).content.decode()
    feed = feedparser.parse(client.get(index.feed_url("all", "atom")).content)
    return page + " ".join(entry.title for entry in feed.entries)


def test_an_expired_article_leaves_the_index_feeds_and_neighbour_links(client, home):
    older = make_article("Older item", date=datetime.date(2026, 3, 1))
    expiring = make_article("Short-lived item", date=datetime.date(2026, 3, 2))
    Page.objects.filter(pk=expiring.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "Short-lived item" in shown_by(client, news_index())

    call_command("publish_scheduled")  # Wagtail unpublishes it as a plain Page

    assert "Short-lived item" not in shown_by(client, news_index())
    assert "Short-lived item" not in client.get(home.get_url_in("en")).content.decode()
    assert expiring.get_url_in("en") not in client.get(older.get_url_in("en")).content.decode()


def test_an_article_unpublished_in_the_admin_leaves_the_index(client, admin_client):
    article = make_article("Withdrawn item", date=datetime.date(2026, 3, 3))
    assert "Withdrawn item" in shown_by(client, news_index())

    unpublish = reverse("wagtailadmin_pages:unpublish", args=(article.pk,))
    assert admin_client.post(unpublish).status_code == 302

    assert "Withdrawn item" not in shown_by(client, news_index())


def test_a_moved_article_is_listed_by_its_new_index_only(client):
    article = make_article("Travelling item", date=datetime.date(2026, 4, 1))
    archive = NewsIndexPageFactory(title="Archive", slug="archive")

    Page.objects.get(pk=article.pk).move(archive, pos="last-child")

    assert "Travelling item" not in shown_by(client, news_index())
    assert "Travelling item" in shown_by(client, archive)


def test_an_unpublished_copy_is_not_listed(client):
    original = make_article("Copied item", date=datetime.date(2026, 5, 1))
    copy = original.copy(
        update_attrs={"slug": "copied-item-2", "slug_en": "copied-item-2",
                      "title_en": "Copy of an item"},
        keep_live=False)
    assert not copy.live

    shown = shown_by(client, news_index())
    assert "Copied item" in shown and "Copy of an item" not in shown
