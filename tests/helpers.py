"""Small helpers the tests share."""

from bs4 import BeautifulSoup
from django.utils import translation


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def translated(message, language):
    """`message` as the catalogue of `language` says it."""
    with translation.override(language):
        return translation.gettext(message)


def count_queries(client, url):
    """Database queries of a real render of `url`: the page cache, which would answer
    with none, is bypassed."""
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    with override_settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)
