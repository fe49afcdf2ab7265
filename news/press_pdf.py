"""Making a press release's PDFs, one per language it is written in, from one revision:
the scheduled one when it is approved for later (journalists get it through their preview
link), the live one when it is published. home.pdf renders them (tagged, with their
language, real text).

Safe to run twice: a PDF already made from that revision is kept. Once made, the PDFs of
revisions that are neither live nor scheduled any more are deleted, files included.
"""

import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone, translation
from wagtail.models import Revision

from home.pdf import PdfNotMade, render_pdf

from .choices import Kind
from .embargo import embargo_notice
from .models import ArticlePage
from .press_kit import PDF_FOLDER, ReleasePdf

logger = logging.getLogger(__name__)

TEMPLATE = "news/release_pdf.html"


def make_pdfs(page_id, revision_id):
    """{language: "made" | "kept" | "failed"} for the release's revision; {} when that
    revision is no longer live or scheduled, or the page is not a press release."""
    page = ArticlePage.objects.filter(pk=page_id).first()
    if page is None or revision_id not in wanted_revisions(page):
        return {}
    release = Revision.objects.get(pk=revision_id).as_object()
    if release.kind != Kind.PRESS:
        return {}
    done = {language: make_pdf(page, release, revision_id, language)
            for language in release.translated_languages}
    forget_old_pdfs(page)
    return done


def wanted_revisions(page):
    scheduled = page.scheduled_revision
    return {pk for pk in (page.live_revision_id, scheduled and scheduled.pk) if pk}


def make_pdf(page, release, revision_id, language):
    record, _created = ReleasePdf.objects.get_or_create(
        page=page, revision_id=revision_id, language=language)
    if record.is_stored:
        return "kept"
    try:
        with translation.override(language):
            pdf = render_pdf(TEMPLATE, pdf_context(release), language)
    except PdfNotMade as error:
        logger.warning("Press release %s (%s): no PDF: %s", page.pk, language, error)
        with translation.override("en"):
            record.failure = str(error.message)
        record.save()
        return "failed"
    name = f"{PDF_FOLDER}{page.pk}-{language}-r{revision_id}.pdf"
    if default_storage.exists(name):  # left by a run that stopped before its record
        default_storage.delete(name)
    record.file = default_storage.save(name, ContentFile(pdf))
    record.made_at, record.failure = timezone.now(), ""
    record.save()
    return "made"


def pdf_context(release):
    go_live = release.go_live_at or release.first_published_at
    return {"page": release, "embargo": go_live and embargo_notice(go_live),
            "web_address": release.get_url_in(translation.get_language(), full=True)}


def forget_old_pdfs(page):
    # Their files go once the deletion commits (news.signal_handlers.delete_pdf_file).
    page.pdfs.exclude(revision_id__in=wanted_revisions(page)).delete()
