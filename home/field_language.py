"""Which language a translated field's value is really in.

With wagtail-modeltranslation, `page.title` on the Italian site is the Italian title, or the
English one when the page has no Italian title. Screen readers must know which: they read
English words with Italian sounds unless the text carries lang="en". The answer follows
the package's own fallback rules, so it always matches the value shown.
"""

from django.utils import translation
from modeltranslation.fields import NONE, TranslationFieldDescriptor
from modeltranslation.utils import build_localized_fieldname, resolution_order


def language_of(obj, field):
    """The language `obj.<field>` is shown in under the active language: that language when
    it has its own value, else the fallback's (English). A field that is not translated is
    taken to be in the active language."""
    active = translation.get_language()
    descriptor = getattr(type(obj), field, None)
    if not isinstance(descriptor, TranslationFieldDescriptor):
        return active
    undefined = descriptor.fallback_undefined
    if undefined is NONE:
        undefined = descriptor.field.get_default()
    for language in resolution_order(active, descriptor.fallback_languages):
        value = getattr(obj, build_localized_fieldname(field, language), None)
        if descriptor.meaningful_value(value, undefined):
            return language
    return active  # empty in every language: nothing is shown


def fallback_language(obj, field):
    """The language of `obj.<field>` when it is not the active one (a fallback), else None."""
    language = language_of(obj, field)
    return None if language == translation.get_language() else language
