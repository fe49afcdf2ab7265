"""Error pages: localised, and the 500 page needs no database."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from home.views import server_error
from tests.helpers import soup, translated

pytestmark = pytest.mark.factories


@pytest.mark.parametrize("language", ["en", "fr", "it", "sv"])
def test_500_page_renders_in_the_visitors_language_without_a_database(language):
    # No `db` fixture: pytest-django makes any database access here raise.
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        response = server_error(request)
    assert response.status_code == 500
    html = soup(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == translated("Something went wrong", language)
    assert html.find("a", href=f"/{language}/") is not None
