"""Which fields of a partner or funder are still empty: the admin's "to complete" list.

Demo content holds only published facts, so many fields start empty on purpose; this
tells editors (and each partner, on its own page) what is left to fill in.
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, LANGUAGE_NAMES

PLACEHOLDER_COLLECTION = "Placeholder logos"
OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]

# Filled in English, and read in every language: a missing translation counts as a gap.
TRANSLATED_TEXT = [("title", _("name")), ("logo_alt", _("logo text alternative")),
                   ("role", _("role in MIROCALS")), ("description", _("short description"))]


def _value(obj, field, language):
    return (getattr(obj, f"{field}_{language}", None) or "").strip()


def _translation_gaps(obj, fields):
    gaps = []
    for field, label in fields:
        if not _value(obj, field, DEFAULT_LANGUAGE):
            gaps.append(label)
            continue
        missing = [LANGUAGE_NAMES[code] for code in OTHER_LANGUAGES
                   if not _value(obj, field, code)]
        if missing:
            gaps.append(format_lazy("{} ({})", label, ", ".join(missing)))
    return gaps


def is_placeholder(image):
    return image is not None and image.collection.name == PLACEHOLDER_COLLECTION


def partner_gaps(partner):
    """Labels of what is left to complete on `partner`, in the admin user's language."""
    gaps = []
    if partner.logo is None:
        gaps.append(_("logo"))
    elif is_placeholder(partner.logo):
        gaps.append(_("real logo (a placeholder is shown)"))
    if not partner.country:
        gaps.append(_("country"))
    if not _value(partner, "city", DEFAULT_LANGUAGE):
        gaps.append(_("city"))
    if not partner.partner_type:
        gaps.append(_("type of partner"))
    gaps += _translation_gaps(partner, TRANSLATED_TEXT)
    if not _value(partner, "website", DEFAULT_LANGUAGE):
        gaps.append(_("institutional page"))
    return gaps


def funder_gaps(funder):
    gaps = _translation_gaps(funder, [("name", _("name"))])
    if not (funder.website_en or funder.partner_page_id):
        gaps.append(_("link"))
    return gaps
