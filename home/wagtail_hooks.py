"""Admin hooks of the site's base: documents follow their page's embargo."""

from django.http import Http404
from wagtail import hooks
from wagtail.models import Page, ReferenceIndex


@hooks.register("before_serve_document")
def serve_documents_of_published_pages_only(document, request):
    """An attached PDF must not leak before its page's go-live (embargo): anonymous
    readers get a document only once a live, public page or a snippet refers to it."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        return None
    references = ReferenceIndex.get_references_to(document)
    page_type = ReferenceIndex._get_base_content_type(Page)
    page_ids = [r.object_id for r in references if r.base_content_type_id == page_type.pk]
    if len(page_ids) < len(references):  # referred to by a snippet or setting: public
        return None
    if page_ids and Page.objects.filter(pk__in=page_ids).live().public().exists():
        return None
    raise Http404("document not published")
