"""Admin views: export texts for translators, and import their translation as drafts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.languages import LANGUAGE_NAMES
from translations.state import needing_translation

from . import po, xliff
from .forms import ExportForm, ImportForm
from .importer import ImportRefused, import_file, read_upload
from .objects import (
    UnknownObject,
    can_edit,
    edit_url,
    find,
    keeps_drafts,
    kind_of,
    latest_draft,
    title_of,
)
from .segments import object_key, segments_of
from .units import FileRefused

CONTENT_TYPES = {"po": "text/x-gettext-translation; charset=utf-8",
                 "xliff": "application/x-xliff+xml; charset=utf-8"}
EXTENSIONS = {"po": "po", "xliff": "xlf"}


def _objects_from(request, status_if_unknown=404):
    """The objects named by `?object=app.model:pk` (repeatable), each editable by the user;
    (objects, error response)."""
    objects = []
    for key in request.GET.getlist("object"):
        try:
            obj = find(key)
        except UnknownObject:
            return None, _refusal(request, _("No page or snippet has the id “%(key)s”: it may "
                                             "have been deleted.") % {"key": key[:80]},
                                  status_if_unknown)
        if not can_edit(request.user, obj):
            raise PermissionDenied
        objects.append(obj)
    return objects, None


def _refusal(request, message, status):
    return TemplateResponse(request, "translations/exchange/refused.html", {
        "page_title": _("Translation files"), "header_icon": "warning", "message": message,
    }, status=status)


def _described(objects):
    return [{"title": title_of(obj), "kind": kind_of(obj), "edit_url": edit_url(obj),
             "key": object_key(obj), "imports": keeps_drafts(obj)} for obj in objects]


def index(request):
    """Where the exports of everything to translate and the imports start."""
    return TemplateResponse(request, "translations/exchange/index.html", {
        "page_title": _("Translation files"), "header_icon": "doc-full",
        "export_form": ExportForm(), "import_form": ImportForm(),
    })


def export(request):
    """GET ?object=... (one or several objects) or ?pending=1 (everything missing or out of
    date in the language), with language and file_format: the file; without them, the
    form to choose them."""
    objects, refusal = _objects_from(request)
    if refusal:
        return refusal
    pending = bool(request.GET.get("pending"))
    if not objects and not pending:
        return redirect("translations_files")
    form = ExportForm(request.GET if "language" in request.GET else None)
    if not form.is_valid():
        return TemplateResponse(request, "translations/exchange/export.html", {
            "page_title": _("Export for translation"), "header_icon": "download",
            "form": form, "objects": _described(objects), "pending": pending,
        }, status=400 if form.is_bound else 200)
    language = form.cleaned_data["language"]
    file_format = form.cleaned_data["file_format"]
    if pending:
        objects = [obj for obj in needing_translation(language)
                   if can_edit(request.user, obj)]
        if not objects:
            messages.info(request, _("Nothing you may edit is missing or out of date in "
                                     "%(language)s.") % {"language": LANGUAGE_NAMES[language]})
            return redirect("translations_files")
    return _file_response(objects, language, file_format, pending)


def _file_response(objects, language, file_format, pending):
    drafts = [latest_draft(obj) for obj in objects]
    items = [(title_of(draft), segments_of(draft, language)) for draft in drafts]
    keys = [object_key(obj) for obj in objects]
    if file_format == "po":
        content = po.write(language, items)
    else:
        content = xliff.write(language, items, keys)
    if pending:
        name = "to-translate"
    elif len(objects) == 1:
        name = slugify(title_of(objects[0]))[:60] or "item"
    else:
        name = "selection"
    filename = f"mirocals-{language}-{name}-{timezone.localdate():%Y%m%d}.{EXTENSIONS[file_format]}"
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def import_view(request):
    """The upload form (for one object with ?object=, else for any); on POST, the file
    becomes draft revisions, or is refused whole with every reason."""
    scope, refusal = _objects_from(request)
    if refusal:
        return refusal
    only = scope[0] if scope else None
    problems = []
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    if form.is_bound and form.is_valid():
        try:
            translation_file = read_upload(form.cleaned_data["file"])
            plan = import_file(translation_file, form.cleaned_data["language"], request.user,
                               only=only)
        except FileRefused as error:
            problems = [str(error)]
        except ImportRefused as error:
            problems = error.problems
        else:
            return _imported(request, plan, only)
    context = {
        "page_title": _("Import a translation"), "header_icon": "upload", "form": form,
        "objects": _described(scope), "problems": problems,
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "translations/exchange/import.html", context,
                            status=status)


def _imported(request, plan, only):
    changed = [item for item in plan if item.changed]
    if not changed:
        messages.info(request, _("The file changes no translation: nothing was saved."))
    for item in changed:
        messages.success(request, ngettext(
            "“%(title)s”: %(count)d text changed, saved as a draft (not published).",
            "“%(title)s”: %(count)d texts changed, saved as a draft (not published).",
            len(item.changed)) % {"title": item.title, "count": len(item.changed)})
    target = only or (changed[0].obj if len(changed) == 1 else None)
    url = edit_url(target) if target is not None else ""
    return redirect(url or reverse("translations_files"))

