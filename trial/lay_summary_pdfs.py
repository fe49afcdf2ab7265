"""Making the PDFs of a lay summary, one per language it is written in, from its live
version (the format regulators ask sponsors for: the page's ten sections, the glossary
entries of the terms it uses, its version history).

Safe to run twice: a language whose PDF was already made from the live revision is left
as it is. A new file gets a new name (its revision's) and the old one is deleted only
once the record points at the new one, so readers never follow a link to a half-written
or missing file.
"""

import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone, translation

from home.pdf import PdfNotMade, render_pdf

from .models import PDF_FOLDER, LaySummaryPage, LaySummaryPdf

logger = logging.getLogger(__name__)

TEMPLATE = "trial/lay_summary_pdf.html"


def make_pdfs(page_id):
    """Make what is missing of the live page's PDFs. {language: "made" | "kept" |
    "failed"}; {} for a page that is not live (unpublished before the worker came)."""
    page = LaySummaryPage.objects.live().filter(pk=page_id).first()
    if page is None:
        return {}
    languages = page.translated_languages
    # A language whose title an editor emptied has no PDF of its own any more.
    for stale in page.pdfs.exclude(language__in=languages):
        stale.delete()
    return {language: make_pdf(page, language) for language in languages}


def make_pdf(page, language):
    record, _created = LaySummaryPdf.objects.get_or_create(page=page, language=language)
    if record.revision_id == page.live_revision_id and record.is_stored:
        return "kept"
    old_name = record.file.name
    try:
        with translation.override(language):
            pdf = render_pdf(TEMPLATE, page.pdf_context(), language)
    except PdfNotMade as error:
        logger.warning("Lay summary %s (%s): no PDF: %s", page.pk, language, error)
        # An out-of-date PDF is not shown in its place: the PDF must say what the page says.
        _save(record, file="", size=None, failure=_english(error.message),
              revision_id=page.live_revision_id, made_at=None)
        _delete_after_commit(old_name)
        return "failed"
    name = f"{PDF_FOLDER}{page.pk}-{language}-r{page.live_revision_id}.pdf"
    if default_storage.exists(name):  # left by a run that stopped before its record
        default_storage.delete(name)
    stored = default_storage.save(name, ContentFile(pdf))
    _save(record, file=stored, size=len(pdf), failure="", revision_id=page.live_revision_id,
          made_at=timezone.now())
    if old_name != stored:
        _delete_after_commit(old_name)
    return "made"


def _save(record, **values):
    for field, value in values.items():
        setattr(record, field, value)
    record.save()


def _english(message):
    # Stored in English (the msgid): LaySummaryPdf.failure_message shows it in the
    # language of whoever reads it.
    with translation.override("en"):
        return str(message)


def _delete_after_commit(name):
    if name:
        transaction.on_commit(lambda: default_storage.delete(name))
