"""The /media/ addresses of private files: documents, image originals, admin avatars.

Those files live outside MEDIA_ROOT (home.file_storage), so a web server serving MEDIA_ROOT
never finds them and such an address reaches Django, which answers only whom
home.file_privacy allows: a document by redirecting to its document view (with Wagtail's
checks and statistics), an original by sending the file.
"""

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import Http404
from django.shortcuts import redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from .file_privacy import may_have_file


def send_private_file(request, name, mimetype=None):
    """The file `name` of the private storage, sent by the web server when SENDFILE_BACKEND
    is set (production behind nginx or Apache), else streamed by Django."""
    options = {"mimetype": mimetype}
    if not hasattr(settings, "SENDFILE_BACKEND"):
        options["backend"] = sendfile_streaming_backend.sendfile
    response = sendfile(request, default_storage.path(name), **options)
    if response.get("Content-Encoding") == "None":  # what sendfile() writes for "none"
        del response["Content-Encoding"]
    response["Content-Security-Policy"] = "default-src 'none'"  # an SVG runs no script
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private"  # may stop being public when a page is unpublished
    return response


def _allowed(request, model, name):
    """The document or image stored as `name`, if this reader may have it."""
    file = model.objects.filter(file=name).first()
    if file is None or not may_have_file(request.user, file):
        raise Http404("no such file")
    return file


def document_file(request, name):
    return redirect(_allowed(request, get_document_model(), f"documents/{name}").url)


def original_image(request, name):
    image = _allowed(request, get_image_model(), f"original_images/{name}")
    return send_private_file(request, image.file.name)


def avatar(request, name):
    """Profile pictures appear only in the admin."""
    name = f"avatar_images/{name}"
    if not (request.user.has_perm("wagtailadmin.access_admin") and default_storage.exists(name)):
        raise Http404("no such picture")
    return send_private_file(request, name)
