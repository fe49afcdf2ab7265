"""SENDFILE_BACKEND for production: Django decides who may have a private file, then the
web server sends it, so no Python worker streams it (Wagtail's document view and
home.file_views call `sendfile`).

SENDFILE_HEADER "X-Accel-Redirect" (nginx): the answer names the file under SENDFILE_URL,
an `internal` location of nginx aliasing PRIVATE_MEDIA_ROOT. "X-Sendfile" (Apache's
mod_xsendfile, lighttpd): it names the file's path.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, mimetype=None, **kwargs):
    response = HttpResponse(content_type=mimetype)
    if settings.SENDFILE_HEADER == "X-Accel-Redirect":
        relative = Path(filename).resolve().relative_to(
            Path(settings.PRIVATE_MEDIA_ROOT).resolve())
        location = settings.SENDFILE_URL.rstrip("/") + "/" + relative.as_posix()
    else:
        location = str(filename)
    # Both servers decode %-escapes: a name with accents or spaces stays one header line.
    response[settings.SENDFILE_HEADER] = quote(location)
    return response
