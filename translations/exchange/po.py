"""Gettext PO files for translators (polib).

One entry per segment: `msgctxt` is the segment id (object, field, block path), `msgid`
the English, `msgstr` the current translation; an extracted comment (`#.`) says where the
text is for people, and carries the fingerprint of the English (`source-fingerprint:`).
"""

import polib
from babel.messages.plurals import get_plural
from django.utils import timezone
from django.utils.translation import gettext as _

from home.languages import LANGUAGE_NAMES

from .units import FileRefused, TranslationFile, Unit

FINGERPRINT_NOTE = "source-fingerprint: "
RICH_NOTE = "rich text: keep the tags and links of the English, translate the words"


def plural_forms(language):
    return get_plural(language).plural_forms


def write(language, items):
    """The PO file (bytes) of `items`: [(object title, [Segment, ...]), ...]."""
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "MIROCALS website",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "Language": language,
        "Language-Team": str(LANGUAGE_NAMES[language]),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(language),
    }
    for title, segments in items:
        for segment in segments:
            notes = [f"{title} › {segment.label}"]
            if segment.rich:
                notes.append(RICH_NOTE)
            notes.append(FINGERPRINT_NOTE + segment.fingerprint)
            catalogue.append(polib.POEntry(
                msgctxt=segment.id, msgid=segment.source, msgstr=segment.translation,
                comment="\n".join(notes),
            ))
    return str(catalogue).encode()


def _normalised(plural_header):
    return "".join(plural_header.split()).rstrip(";").replace("(", "").replace(")", "")


def read(text):
    """A TranslationFile from a PO file's text; FileRefused says why it cannot be read."""
    # polib opens `text` as a path when one such file exists: a real catalogue has lines.
    if "\n" not in text.strip() or "msgid" not in text:
        raise FileRefused(_("This is not a PO file that can be read."))
    try:
        catalogue = polib.pofile(text, encoding="utf-8")
    except (OSError, ValueError, UnicodeError) as error:
        raise FileRefused(_("This is not a PO file that can be read (%(error)s).")
                          % {"error": error}) from error
    language = catalogue.metadata.get("Language", "").strip().replace("-", "_").split("_")[0]
    if language not in LANGUAGE_NAMES:
        raise FileRefused(_("The file does not say which of the site's languages it is in "
                            "(its “Language” header)."))
    declared = catalogue.metadata.get("Plural-Forms")
    if declared and _normalised(declared) != _normalised(plural_forms(language)):
        raise FileRefused(
            _("Its plural forms (%(declared)s) are not those of %(language)s (%(expected)s).")
            % {"declared": declared, "language": LANGUAGE_NAMES[language],
               "expected": plural_forms(language)})
    units = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            raise FileRefused(
                _("Segment “%(id)s” has plural forms; the site's texts have none.")
                % {"id": entry.msgctxt or entry.msgid})
        if not entry.msgctxt:
            raise FileRefused(_("An entry has no segment id (msgctxt): “%(text)s”.")
                              % {"text": entry.msgid[:60]})
        units.append(Unit(entry.msgctxt, _fingerprint(entry.comment), entry.msgstr,
                          done="fuzzy" not in entry.flags))
    return TranslationFile(language, units)


def _fingerprint(comment):
    for line in (comment or "").splitlines():
        if line.startswith(FINGERPRINT_NOTE):
            return line[len(FINGERPRINT_NOTE):].strip()
    return ""
