"""The journalists' side of a preview link: the embargoed release under its banner, in
any of the four languages, and the files of its kit.

Every answer is personal (`private, no-store`: never in the page cache, a proxy or the
browser's history) and `noindex`. A link that does not work says why in the reader's
language, and shows nothing of the release: a made-up, changed or deleted link, or a
file of another release, is a 404; a revoked or expired one a 410.
"""

from django.core.files.storage import default_storage
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.file_views import send_private_file

from .embargo import embargo_notice
from .press_kit import kit_file_ids
from .preview_links import PreviewOpen, find_link
from .release_pdf_views import pdf_response


class Refused(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status, self.message = status, message


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def refused_page(request, refusal):
    return _private(render(request, "news/press_preview_refused.html",
                           {"message": refusal.message}, status=refusal.status))


def previewed_release(link):
    """(page, the version that goes live, its go-live time) for `link`, or Refused. The
    version knows its revision as `previewed_revision_id`."""
    if link is None:
        raise Refused(404, _("This preview link is not valid. Check that you copied the "
                             "whole address, or ask the press office for a new link."))
    page = link.release
    revision = page and page.scheduled_revision
    if revision is not None:
        release, go_live = revision.as_object(), revision.approved_go_live_at
        release.previewed_revision_id = revision.pk
    elif page is not None and page.live:
        release, go_live = page, page.go_live_at or page.first_published_at
        release.previewed_revision_id = page.live_revision_id
    else:  # deleted, or no longer scheduled
        raise Refused(404, _("This release is not available for preview. Ask the press "
                             "office for news of it."))
    if link.revoked:
        raise Refused(410, _("This preview link has been revoked. Ask the press office for "
                             "a new link if you still need one."))
    if timezone.now() > link.valid_until(go_live):
        raise Refused(410, _("This preview link has expired. The release is public: find "
                             "it in the news."))
    return page, release, go_live


def preview(request, token):
    link = find_link(token)
    try:
        page, release, go_live = previewed_release(link)
    except Refused as refusal:
        return refused_page(request, refusal)
    language = translation.get_language()
    if release is page:  # embargo over, nothing scheduled: the public page
        return redirect(page.get_url_in(language))
    PreviewOpen.objects.create(link=link, language=language)
    request.is_preview, request.preview_mode = True, ""
    context = release.get_context(request)
    files = kit_file_urls(link, release)
    context.update(embargo_banner=embargo_notice(go_live), file_urls=files,
                   pdf_url=files[("pdf", release.pk)] if release.is_press_release else None)
    return _private(TemplateResponse(request, "news/press_preview.html", context))


def kit_file_urls(link, release):
    """{("image" | "document", id): address through this link} of the kit's files: the
    template gives these instead of the files' public addresses, still closed."""
    images, documents = kit_file_ids(release)
    base = link.get_url(translation.get_language())
    return ({("image", pk): f"{base}image/{pk}/" for pk in images}
            | {("document", pk): f"{base}document/{pk}/" for pk in documents}
            | {("pdf", release.pk): f"{base}pdf/"})


def _kit_file(request, token, kind, pk):
    try:
        _page, release, _go_live = previewed_release(find_link(token))
    except Refused as refusal:
        return None, refusal
    images, documents = kit_file_ids(release)
    ids, model = {"image": (images, get_image_model()),
                  "document": (documents, get_document_model())}[kind]
    file = model.objects.filter(pk=pk).first() if pk in ids else None
    if file is None or not default_storage.exists(file.file.name):
        return None, Refused(404, _("This file is not part of this release's press kit."))
    return file, None


def kit_image(request, token, pk):
    image, refusal = _kit_file(request, token, "image", pk)
    if refusal:
        return refused_page(request, refusal)
    return _private(send_private_file(request, image.file.name))


def kit_document(request, token, pk):
    document, refusal = _kit_file(request, token, "document", pk)
    if refusal:
        return refused_page(request, refusal)
    response = send_private_file(request, document.file.name, document.content_type)
    response["Content-Disposition"] = content_disposition_header(True, document.filename)
    return _private(response)



def release_pdf(request, token):
    try:
        page, release, _go_live = previewed_release(find_link(token))
    except Refused as refusal:
        return refused_page(request, refusal)
    if release is page:  # embargo over: the public PDF
        return redirect(page.get_url_in(translation.get_language()) + "pdf/")
    return _private(pdf_response(request, page, release.previewed_revision_id))
