"""The admin's page search says what it counts: "1-1 of 1 page", never "of 1 None"."""

import re

import pytest

from tests.factories.home import StandardPageFactory
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def result_header(response):
    text = " ".join(soup(response).get_text(" ").split())
    return re.search(r"\d+-\d+ of \d+ \S+", text).group()


def test_the_page_search_names_pages_in_its_result_count(admin_client):
    StandardPageFactory(title="Glossary")
    for n in range(3):
        StandardPageFactory(title=f"Okapi facts {n}")
    one = admin_client.get("/admin/pages/search/", {"q": "Glossary"})
    assert result_header(one) == "1-1 of 1 page"
    several = admin_client.get("/admin/pages/search/", {"q": "Okapi"})
    assert re.fullmatch(r"1-(\d+) of \1 pages", result_header(several))
    # The same list, refreshed as the editor types.
    assert "None" not in soup(admin_client.get("/admin/pages/search/results/",
                                               {"q": "Glossary"})).get_text()
