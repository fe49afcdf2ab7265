"""Small helpers the tests share."""

from bs4 import BeautifulSoup
from django.utils import translation


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def translated(message, language):
    """`message` as the catalogue of `language` says it."""
    with translation.override(language):
        return translation.gettext(message)
