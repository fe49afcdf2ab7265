"""Documents the site makes (lay summaries, press releases): a Django template rendered to
an accessible A4 PDF by WeasyPrint.

Every PDF is PDF/UA-1: tagged (headings, lists and paragraphs reach screen readers, and
copy and paste gives the text in reading order), with its language (/Lang, from
`<html lang>`) and title (from `<title>`, shown by readers instead of the file name).
Templates extend `pdf/base.html`, which sets both, the A4 page and system fonts.

Nothing is fetched from the network: the only files a PDF may load are the site's static
files and image renditions, read from disk. Anything else, or a file that is missing,
stops the PDF with `PdfNotMade` rather than giving a document with a hole in it.

WeasyPrint needs Pango from the system (Debian: libpango-1.0-0, libpangoft2-1.0-0). It is
imported only when a PDF is made, so a machine without Pango still serves the site and
only the PDFs fail, with `PdfNotMade`.
"""

import logging
import mimetypes
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# Relative addresses in a PDF's template (`{% static %}`, `image.url`) are resolved against
# this origin; the .invalid top-level domain never resolves (RFC 2606), so a file the
# fetcher did not map to disk cannot be fetched either.
BASE_URL = "https://pdf.invalid/"
# PDF/UA-1 turns on tags (pdf_tags), DisplayDocTitle and the XMP metadata that says so.
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1"}


class PdfNotMade(Exception):
    """The PDF could not be made. `message` says why in plain words; it is lazy, so it
    reads in the language active where a caller shows it (to an editor or a reader). The
    cause is chained, for the logs."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def _local_file(path):
    """The file on disk behind `path` (a URL path), or None: static files, then image
    renditions. Never a path outside those folders."""
    path = unquote(path)
    for prefix, find in ((settings.STATIC_URL, _static_file), (settings.MEDIA_URL, _media_file)):
        if path.startswith(prefix):
            relative = posixpath.normpath(path[len(prefix):])
            if relative.startswith(("..", "/")) or relative == ".":
                return None
            return find(relative)
    return None


def _static_file(relative):
    # Collected files first (production's hashed names), else the app folders (development
    # and tests, where nothing is collected).
    if settings.STATIC_ROOT and staticfiles_storage.exists(relative):
        return _inside(Path(staticfiles_storage.path(relative)), Path(settings.STATIC_ROOT))
    found = finders.find(relative)
    return Path(found) if found else None


def _media_file(relative):
    # MEDIA_ROOT holds only image renditions (home.file_storage): never a private file.
    return _inside(Path(settings.MEDIA_ROOT) / relative, Path(settings.MEDIA_ROOT))


def _inside(path, root):
    path = path.resolve()
    return path if path.is_relative_to(root.resolve()) and path.is_file() else None


def _url_fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFilesOnly(URLFetcher):
        """Static files and renditions from disk; `data:` URLs; nothing else."""

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            parts = urlsplit(url)
            base = urlsplit(BASE_URL)
            path = (_local_file(parts.path)
                    if (parts.scheme, parts.netloc) == (base.scheme, base.netloc) else None)
            if path is None:
                raise FileNotFoundError(f"not a static file or image rendition: {url}")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    # fail_on_errors: a missing image or stylesheet stops the PDF instead of leaving it out.
    return LocalFilesOnly(fail_on_errors=True, allowed_protocols={"https", "data"})


def render_pdf(template_name, context, language):
    """The PDF (bytes) of `template_name` rendered with `context` in `language`.

    Raises PdfNotMade when it cannot be made: a missing image or stylesheet, an address
    outside the site's files, no Pango on the machine, or any failure inside WeasyPrint."""
    with translation.override(language):
        html = render_to_string(template_name, {**context, "language": language})
        try:
            from weasyprint import HTML
            from weasyprint.urls import FatalURLFetchingError
        except OSError as error:  # Pango or its friends missing from the system
            raise PdfNotMade(_("The PDF could not be made: the system libraries it needs "
                               "(Pango) are not installed on the server.")) from error
        try:
            document = HTML(string=html, base_url=BASE_URL, url_fetcher=_url_fetcher()).render(
                **PDF_OPTIONS)
            if document.metadata.lang != language or not document.metadata.title:
                # A template that does not extend pdf/base.html.
                raise PdfNotMade(_("The PDF could not be made: its template gives no "
                                   "language or title."))
            pdf = document.write_pdf(**PDF_OPTIONS)
        except FatalURLFetchingError as error:
            raise PdfNotMade(_("The PDF could not be made: a file it shows (an image or a "
                               "style sheet) is missing, or is not one of the site's own "
                               "files.")) from error.__cause__
        except PdfNotMade:
            raise
        except Exception as error:
            logger.exception("WeasyPrint failed on %s (%s)", template_name, language)
            raise PdfNotMade(_("The PDF could not be made: the document could not be laid "
                               "out.")) from error
        if not document.fonts:  # filled while drawing; every template has a title to draw
            raise PdfNotMade(_("The PDF could not be made: no font on the server could "
                               "show its text."))
        return pdf
