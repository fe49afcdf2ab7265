"""Serving a press release's PDF in the reader's language: at the release's own pdf/
address once it is live (news.models), through a preview link before (news.preview_views)."""

from django.shortcuts import render
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from home.file_views import send_private_file
from home.languages import DEFAULT_LANGUAGE

from .press_kit import ReleasePdf


def stored_pdf(page, revision_id, language):
    """The PDF of that revision a reader of `language` gets (theirs, else English): a
    ReleasePdf, stored or failed; None while it is being made."""
    pdfs = {pdf.language: pdf for pdf in ReleasePdf.objects.filter(
        page=page, revision_id=revision_id, language__in={language, DEFAULT_LANGUAGE})}
    return pdfs.get(language) or pdfs.get(DEFAULT_LANGUAGE)


def pdf_response(request, page, revision_id):
    """The release's PDF in the active language, or a page that says why not: a 503 with
    Retry-After while the worker makes it, a 404 if it could not be made."""
    language = translation.get_language()
    pdf = stored_pdf(page, revision_id, language)
    if pdf is not None and pdf.is_stored:
        response = send_private_file(request, pdf.file.name, "application/pdf")
        slug = getattr(page, f"slug_{pdf.language}", "") or page.slug
        response["Content-Disposition"] = content_disposition_header(False, f"{slug}.pdf")
        response["Content-Language"] = pdf.language
        return response
    if pdf is not None and pdf.failure:
        message, status = _("The PDF of this release could not be made: %(reason)s") % {
            "reason": _(pdf.failure)}, 404
    else:
        message, status = _("The PDF of this release is being made. Try again in a "
                            "minute."), 503
    response = render(request, "news/press_preview_refused.html",
                      {"message": message, "heading": _("PDF not available")}, status=status)
    if status == 503:
        response["Retry-After"] = "60"
    return response
