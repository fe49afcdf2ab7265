"""The Nu Html Checker (the W3C validator, tests/html_checker.py) finds no error on any
public page type of the launch content in any language. The pages are rendered by Django's
test client and checked in one run of the checker."""

import pytest

from tests.html_checker import html_errors
from tests.page_types import LANGUAGES, expected_status, page_paths

pytestmark = [pytest.mark.django_db, pytest.mark.lay_summary_pdfs]


def test_the_nu_html_checker_finds_no_error_on_any_page_type_in_any_language(client, tmp_path):
    files = {}
    for language in LANGUAGES:
        for page_type, path in page_paths(language).items():
            response = client.get(path)
            assert response.status_code == expected_status(page_type), path
            file = tmp_path / f"{language}-{page_type.replace(' ', '-').replace(',', '')}.html"
            file.write_bytes(response.content)
            files[file] = f"{path} ({page_type})"
    errors = html_errors(files)
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors)
