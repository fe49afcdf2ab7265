"""Every list a reader sees keeps one order, whatever order the database returns rows in.

SQLite's `reverse_unordered_selects` returns rows that no ORDER BY settles in reverse, as
another database (PostgreSQL) may: a page that differs with it on relies on luck."""

import pytest
from django.db import connection
from django.test import override_settings

from partners.models import Funder
from tests.helpers import soup
from trial.models import GlossaryTerm, TrialCentre, TrialMilestone

# Part of the content suite: the whole launch site, every list in it, in any database order.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

PAGES = [
    "/en/", "/fr/a-propos-de-l-essai/", "/en/glossary/", "/sv/ordlista/", "/it/partner/",
    "/en/news/", "/en/news/feed/all/rss/", "/sitemap.xml",
]
API = [
    "/api/v2/news/", "/api/v2/partners/?limit=50", "/api/v2/trial-status/",
    "/api/v2/partners/?order=country&limit=50", "/api/v2/news/?order=kind",
    "/api/v2/partners/?search=university&lang=fr", "/api/v2/news/?search=MIROCALS",
]


def reverse_unordered(on):
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA reverse_unordered_selects = {int(on)}")


def seen(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    if response["Content-Type"].startswith("application/json"):
        return response.json()
    if "xml" in response["Content-Type"]:  # feeds and the sitemap: nothing varies
        return response.content.decode()
    return [" ".join(el.get_text(" ", strip=True).split())
            for el in soup(response).select("main li, main dt, main tr, main p, footer li, nav li")]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="an SQLite pragma")
@pytest.mark.parametrize("url", PAGES + API)
@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_order_does_not_depend_on_the_database(client, url):
    reverse_unordered(False)
    first = seen(client, url)
    reverse_unordered(True)
    try:
        assert seen(client, url) == first
    finally:
        reverse_unordered(False)


@pytest.mark.parametrize(("model", "parent"), [
    (GlossaryTerm, "page"), (TrialCentre, "page"), (TrialMilestone, "trial_status"),
    (Funder, None),
])
def test_the_demo_lists_are_in_an_explicit_order(model, parent):
    """Their order is the editor's (sort_order, as the admin's drag and drop sets it),
    not the order a database happens to return rows sharing an empty sort_order in."""
    rows = model.objects.order_by("pk")
    assert rows.exists()
    groups = {}
    for row in rows:
        groups.setdefault(getattr(row, f"{parent}_id") if parent else None, []).append(row)
    for siblings in groups.values():
        assert [row.sort_order for row in siblings] == list(range(len(siblings)))


@pytest.mark.parametrize(("endpoint", "order", "field"), [
    ("partners", "country", "country"), ("partners", "-partner_type", "partner_type"),
    ("news", "kind", "kind"),
])
def test_api_rows_that_tie_in_the_order_asked_for_come_by_id(client, endpoint, order, field):
    items = client.get(f"/api/v2/{endpoint}/", {
        "order": order, "fields": field, "limit": 50}).json()["items"]
    assert len({item[field] for item in items}) < len(items)  # there are ties
    keys = [(item[field], item["id"]) for item in items]
    descending = order.startswith("-")
    assert keys == sorted(keys, key=lambda key: (key[0], key[1] if not descending else -key[1]),
                          reverse=descending)
