"""The admin's forms for translation files: which language and format to export, and the
upload of a translated file."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES

from .importer import MAX_FILE_BYTES

FORMATS = [("po", _("PO (gettext: Poedit, Weblate, Lokalize)")),
           ("xliff", _("XLIFF 1.2 (translation tools: OmegaT, Trados, memoQ)"))]


def language_choices():
    """French, Italian, Swedish: English is the source, never imported."""
    return [(code, name) for code, name in LANGUAGE_NAMES.items() if code != DEFAULT_LANGUAGE]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=language_choices)
    file_format = forms.ChoiceField(label=_("Format"), choices=FORMATS, initial="po",
                                    widget=forms.RadioSelect)


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the translation"),
                                 choices=language_choices)
    file = forms.FileField(
        label=_("Translated file"),
        help_text=lazy(lambda: gettext(
            "The .po or .xlf file exported here, translated. At most %(size)d MB; not "
            "compressed.") % {"size": MAX_FILE_BYTES // 2**20}, str)(),
        widget=forms.ClearableFileInput(attrs={"accept": ".po,.xlf,.xliff"}),
    )
