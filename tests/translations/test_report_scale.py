"""The Translations report, its filters, its export and the dashboard cost the same
queries with 10 or 10,010 recorded articles."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.news import news_index

from .factories import bulk_records

pytestmark = [pytest.mark.django_db, pytest.mark.factories]
REPORT = "/admin/translations/report/"


def queries(client, url):
    client.get(url)  # warm Wagtail's own caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            body = b"".join(response.streaming_content)
        else:
            body = response.content
    return len(captured), body


def test_report_queries_do_not_grow_with_10000_articles(admin_client):
    section = news_index().pk  # the section the recorded articles are in
    urls = [REPORT, f"{REPORT}?language=fr&state=out_of_date", f"{REPORT}?state=missing",
            f"{REPORT}?section={section}&language=sv", f"{REPORT}?export=csv",
            reverse("wagtailadmin_home")]
    bulk_records(10)
    few = [queries(admin_client, url)[0] for url in urls]
    bulk_records(10_000, start=10)
    many = {}
    for url in urls:
        many[url], body = queries(admin_client, url)
        if "export=csv" in url:
            assert body.count(b"\n") > 10_000  # every row exported
    assert list(many.values()) == few, (few, many)
