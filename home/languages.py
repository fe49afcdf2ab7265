"""The site's languages, as settings.SITE_LANGUAGES lists them (the one place they are
written): English first, the source and fallback of every translated field."""

from django.conf import settings

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGE_CODES = [code for code, _name, _locale in settings.SITE_LANGUAGES]
LANGUAGE_NAMES = {code: name for code, name, _locale in settings.SITE_LANGUAGES}
# Full locales, for dates (Babel) and Open Graph: British English for a European site.
LOCALES = {code: locale for code, _name, locale in settings.SITE_LANGUAGES}
