"""XLIFF 1.2 files for translation tools, written with the standard library's ElementTree
and read with defusedxml (no entity expansion, no external documents).

One `<file>` per object (`original` is its key), one `<trans-unit>` per segment (`id` is
the segment id); `<source>` the English, `<target>` the current translation, a note
saying where the text is, and a `<context-group>` carrying the English's fingerprint.
Rich text travels as its HTML, escaped as text, so tools show the tags to keep.
"""

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES

from .po import RICH_NOTE
from .units import FileRefused, TranslationFile, Unit

NS = "urn:oasis:names:tc:xliff:document:1.2"
FINGERPRINT_CONTEXT = "x-source-fingerprint"


def _tag(name):
    return f"{{{NS}}}{name}"


def write(language, items, keys):
    """The XLIFF file (bytes) of `items`: [(object title, [Segment, ...]), ...], `keys`
    being the objects' keys in the same order."""
    ET.register_namespace("", NS)
    root = ET.Element(_tag("xliff"), {"version": "1.2"})
    for (title, segments), key in zip(items, keys, strict=True):
        file = ET.SubElement(root, _tag("file"), {
            "original": key, "source-language": DEFAULT_LANGUAGE,
            "target-language": language, "datatype": "plaintext",
        })
        header = ET.SubElement(file, _tag("header"))
        ET.SubElement(header, _tag("note")).text = title
        body = ET.SubElement(file, _tag("body"))
        for segment in segments:
            unit = ET.SubElement(body, _tag("trans-unit"), {"id": segment.id})
            ET.SubElement(unit, _tag("source")).text = segment.source
            target = ET.SubElement(unit, _tag("target"), {
                "state": "translated" if segment.translation else "needs-translation"})
            target.text = segment.translation
            group = ET.SubElement(unit, _tag("context-group"), {
                "name": "mirocals", "purpose": "information"})
            context = ET.SubElement(group, _tag("context"), {
                "context-type": FINGERPRINT_CONTEXT})
            context.text = segment.fingerprint
            note = f"{title} › {segment.label}"
            if segment.rich:
                note += f" ({RICH_NOTE})"
            ET.SubElement(unit, _tag("note"), {"from": "developer"}).text = note
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def read(data):
    """A TranslationFile from XLIFF 1.2 bytes; FileRefused says why it cannot be read."""
    try:
        root = fromstring(data, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException, ValueError) as error:
        raise FileRefused(_("This is not an XLIFF file that can be read (%(error)s).")
                          % {"error": error}) from error
    if root.tag != _tag("xliff") or root.get("version") != "1.2":
        raise FileRefused(_("This is not an XLIFF 1.2 file."))
    languages = set()
    units = []
    for file in root.iter(_tag("file")):
        language = (file.get("target-language") or "").replace("-", "_").split("_")[0]
        languages.add(language)
        for unit in file.iter(_tag("trans-unit")):
            units.append(_unit(unit))
    if len(languages) != 1 or not languages <= set(LANGUAGE_NAMES):
        raise FileRefused(_("The file does not say which one of the site's languages it is "
                            "in (the “target-language” of each of its files)."))
    return TranslationFile(languages.pop(), units)


def _unit(unit):
    segment_id = unit.get("id") or ""
    target = unit.find(_tag("target"))
    if target is not None and len(target):
        raise FileRefused(
            _("Segment “%(id)s”: its translation holds XLIFF inline codes; keep the "
              "English's tags as plain text.") % {"id": segment_id})
    fingerprint = ""
    for context in unit.iter(_tag("context")):
        if context.get("context-type") == FINGERPRINT_CONTEXT:
            fingerprint = (context.text or "").strip()
    # Tools seldom update `state` when a target is typed in: an empty target is what
    # says "not translated", and it is never imported.
    text = (target.text or "") if target is not None else ""
    return Unit(segment_id, fingerprint, text)
