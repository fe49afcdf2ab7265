"""Reading a translator's file and turning it into draft revisions, or refusing it whole.

Nothing is saved unless every segment of the file passes: the file is read within a size
limit, then each segment is checked (its object exists and may be edited by this person,
the segment exists, its English is the one exported, its markup matches the English),
put into the object's latest draft in memory, and only then are the drafts saved as new
revisions, in one transaction. Nothing is ever published: the drafts go through the
normal workflow.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import LockableMixin, Page

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES

from . import po, xliff
from .markup import MarkupError, check_translation
from .objects import (
    UnknownObject,
    can_edit,
    find,
    keeps_drafts,
    kind_of,
    latest_draft,
    title_of,
)
from .segments import SegmentError, apply_translations, segments_of
from .units import FileRefused

# A page's texts weigh kilobytes; a file for every article of a large site a few
# megabytes. Anything bigger is refused before it is read.
MAX_FILE_BYTES = 10 * 1024 * 1024
# Archives and compressed files, by their first bytes: zip, gzip, bzip2, xz, 7-Zip, rar, zstd.
ARCHIVE_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00",
                      b"7z\xbc\xaf\x27\x1c", b"Rar!", b"\x28\xb5\x2f\xfd")


class ImportRefused(ValueError):
    """The file is refused; `problems` says why, segment by segment where it can."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class Imported:
    obj: object
    title: str
    changed: list = field(default_factory=list)


def read_upload(upload):
    """The TranslationFile of an uploaded file (PO or XLIFF); FileRefused otherwise."""
    if upload.size is None or upload.size > MAX_FILE_BYTES:
        raise FileRefused(_("The file is larger than %(size)d MB: send the translation of "
                            "fewer pages at a time.") % {"size": MAX_FILE_BYTES // 2**20})
    data = upload.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused(_("The file is larger than %(size)d MB: send the translation of "
                            "fewer pages at a time.") % {"size": MAX_FILE_BYTES // 2**20})
    return parse(data)


def parse(data):
    if data.startswith(ARCHIVE_SIGNATURES):
        raise FileRefused(_("This is a compressed archive: upload the .po or .xlf file "
                            "itself, not compressed."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRefused(_("The file is not text in UTF-8: save it as UTF-8 and upload "
                            "it again.")) from error
    if not text.strip() or "\x00" in text:
        raise FileRefused(_("The file is empty, or is not a PO or XLIFF file."))
    if text.lstrip().startswith("<"):
        return xliff.read(data)
    return po.read(text)


def prepare(translation_file, language, user, only=None):
    """[Imported] with each object's draft holding the file's texts (not saved yet);
    ImportRefused with every problem found. `only`: the one object the file must be for."""
    if translation_file.language != language:
        raise ImportRefused([_("This file is in %(file)s, not in %(chosen)s.") % {
            "file": LANGUAGE_NAMES[translation_file.language],
            "chosen": LANGUAGE_NAMES[language]}])
    units_by_object = defaultdict(list)
    seen = set()
    problems = []
    for unit in translation_file.units:
        if unit.id in seen:
            problems.append(_("Segment “%(id)s” is in the file twice.") % {"id": unit.id})
        seen.add(unit.id)
        units_by_object[unit.id.split("/", 1)[0]].append(unit)
    if not units_by_object:
        raise ImportRefused([_("The file holds no segment.")])
    plan = []
    for key, units in units_by_object.items():
        result = _prepare_object(key, units, language, user, only, problems)
        if result is not None:
            plan.append(result)
    if problems:
        raise ImportRefused(problems)
    return plan


def _prepare_object(key, units, language, user, only, problems):
    first = units[0].id
    try:
        obj = find(key)
    except UnknownObject:
        problems.append(_("Segment “%(id)s”: no page or snippet has this id (it was deleted, "
                          "or the segment id is wrong).") % {"id": first})
        return None
    title = title_of(obj)
    if only is not None and (type(only), only.pk) != (type(obj), obj.pk):
        problems.append(_("Segment “%(id)s” is for “%(other)s”, not for “%(this)s”: this file "
                          "is for another page or snippet.")
                        % {"id": first, "other": title, "this": title_of(only)})
        return None
    if not can_edit(user, obj):
        problems.append(_("You may not edit “%(title)s”.") % {"title": title})
        return None
    if not keeps_drafts(obj):
        problems.append(_("“%(title)s” (%(kind)s) keeps no drafts: its translation cannot be "
                          "imported without publishing it at once. Type it in its edit view.")
                        % {"title": title, "kind": kind_of(obj)})
        return None
    lock = obj.get_lock() if isinstance(obj, (Page, LockableMixin)) else None
    if lock and lock.for_user(user):
        problems.append(_("“%(title)s” is locked.") % {"title": title})
        return None
    draft = latest_draft(obj)
    segments = {segment.id: segment for segment in segments_of(draft, language)}
    texts = {}
    for unit in units:
        segment = segments.get(unit.id)
        if segment is None:
            problems.append(_("Segment “%(id)s” does not exist in “%(title)s”.")
                            % {"id": unit.id, "title": title})
            continue
        if not unit.done or not unit.target.strip():
            continue  # not translated (or marked unfinished): left as it is
        if unit.fingerprint != segment.fingerprint:
            problems.append(_("Segment “%(id)s”: its English has changed since the file was "
                              "exported. Export the page again and translate the new text.")
                            % {"id": unit.id})
            continue
        try:
            check_translation(segment.source, unit.target, segment.rich)
        except MarkupError as error:
            problems.append(_("Segment “%(id)s” is refused: %(why)s.")
                            % {"id": unit.id, "why": error})
            continue
        texts[unit.id] = unit.target
    try:
        changed = apply_translations(draft, language, texts)
    except SegmentError as error:
        problems.append(str(error))
        return None
    return Imported(draft, title, changed)


def save_drafts(plan, user):
    """Save each changed draft as a new revision, all or none; never publish."""
    problems = []
    with transaction.atomic(), translation.override(DEFAULT_LANGUAGE):
        for item in plan:
            if not item.changed:
                continue
            try:
                item.obj.save_revision(user=user, log_action=True)
            except ValidationError as error:
                problems.append(_("“%(title)s” cannot be saved: %(why)s")
                                % {"title": item.title, "why": "; ".join(error.messages)})
        if problems:
            transaction.set_rollback(True)
    if problems:
        raise ImportRefused(problems)
    return plan


def import_file(translation_file, language, user, only=None):
    return save_drafts(prepare(translation_file, language, user, only), user)
