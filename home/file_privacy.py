"""Who may have an uploaded file: a document, or an image's original.

A file is public once a live, public page, or a published snippet or setting, uses it.
Until then it belongs to the people who may edit a page (or change a snippet) that uses
it; a file nothing uses yet, to those who may change it in the library (its uploader,
the managers of its collection). Unpublishing the last public page that uses a file makes
it private again.

"Uses" is Wagtail's reference index, which follows each page's saved row: the live
version of a published page, the scheduled or first draft of one never published. So a
file added only in a later draft counts as unused until that draft is published.

Every way to a file asks here: the document view (the before_serve_document hook),
/media/ addresses of documents and originals (home.file_views), the API's attachments.
Renditions are the exception: the web server serves them, and their random names keep
those of an embargoed image private (home.file_storage).
"""

from collections import defaultdict

from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import DraftStateMixin, Page, ReferenceIndex


def _key(file):
    # The reference index names a file by its base model's type: for Wagtail's documents
    # and images, their own.
    return ContentType.objects.get_for_model(file).pk, str(file.pk)


def _users_of(files):
    """{file key: {(base content type id, object id), ...}}: what uses each file."""
    users = defaultdict(set)
    rows = ReferenceIndex.get_references_to_in_bulk(files).values_list(
        "to_content_type_id", "to_object_id", "base_content_type_id", "object_id")
    for file_type, file_id, user_type, user_id in rows:
        users[file_type, file_id].add((user_type, user_id))
    return users


def _by_model(users):
    ids = defaultdict(set)
    for type_id, object_id in users:
        ids[type_id].add(object_id)
    for type_id, object_ids in ids.items():
        yield type_id, ContentType.objects.get_for_id(type_id).model_class(), object_ids


def _public(users):
    """The `users` everyone may see: live, public pages; published snippets and settings
    (those without drafts are published as soon as saved). One or two queries a model."""
    public = set()
    for type_id, model, object_ids in _by_model(users):
        if model is None:  # a model removed since
            continue
        if issubclass(model, Page):
            visible = Page.objects.filter(pk__in=object_ids).live().public()
        elif issubclass(model, DraftStateMixin):
            visible = model.objects.filter(pk__in=object_ids, live=True)
        else:
            public.update((type_id, object_id) for object_id in object_ids)
            continue
        public.update((type_id, str(pk)) for pk in visible.values_list("pk", flat=True))
    return public


def public_files(files):
    """Those of `files` that everyone may have, in the same few queries however many."""
    files = [file for file in files if file is not None]
    if not files:
        return []
    users = _users_of(files)
    public = _public(set().union(*users.values()))
    return [file for file in files if users.get(_key(file), set()) & public]


def _may_edit_a_user(user, users):
    for _type_id, model, object_ids in _by_model(users):
        if model is None:
            continue
        if issubclass(model, Page):
            pages = Page.objects.filter(pk__in=object_ids)
            if any(page.permissions_for_user(user).can_edit() for page in pages):
                return True
        elif user.has_perm(f"{model._meta.app_label}."
                           f"{get_permission_codename('change', model._meta)}"):
            return True
    return False


def may_have_file(user, file):
    """May `user` (perhaps anonymous) download `file`, a document or an image original?"""
    users = _users_of([file]).get(_key(file), set())
    if _public(users):
        return True
    if not user.is_authenticated:
        return False
    if not users:
        return file.is_editable_by_user(user)
    return _may_edit_a_user(user, users)


def refuse_documents_not_for_this_reader(document, request):
    """before_serve_document: a file not yet released is not there for this reader."""
    if not may_have_file(request.user, document):
        raise Http404("no such document")
