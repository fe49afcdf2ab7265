"""Admin hooks of the site's base: rights on images and documents, what partner accounts
see, and who may download a document."""

from wagtail import hooks

from . import (
    media_permissions,
    staff_scope,  # noqa: F401 - registers the hooks of what partner accounts see
)
from .file_privacy import refuse_documents_not_for_this_reader

media_permissions.register()


# Every document download asks who may have the file (an embargoed release's PDF: nobody
# but the people who may edit the release).
hooks.register("before_serve_document", refuse_documents_not_for_this_reader)
