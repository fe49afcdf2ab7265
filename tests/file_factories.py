"""Kept for the modules that import these names from here: the file factories live in
tests/factories/files.py."""

from tests.factories.files import (
    article_with_files,
    make_document,
    make_image,
    png_bytes,
    tomorrow,
)

__all__ = ["article_with_files", "make_document", "make_image", "png_bytes", "tomorrow"]
