"""The site's languages are written once, in settings.SITE_LANGUAGES; everything else that
needs them (routing, translations, dates, the switcher, the admin) reads them from there."""

from django.conf import settings

from home import languages

CODES = [code for code, _name, _locale in settings.SITE_LANGUAGES]


def test_django_and_modeltranslation_read_the_one_list():
    assert [code for code, _name in settings.LANGUAGES] == CODES
    assert list(settings.MODELTRANSLATION_LANGUAGES) == CODES
    assert settings.LANGUAGE_CODE == settings.MODELTRANSLATION_DEFAULT_LANGUAGE == CODES[0]


def test_the_sites_code_reads_the_one_list():
    assert languages.LANGUAGE_CODES == CODES
    assert list(languages.LANGUAGE_NAMES) == list(languages.LOCALES) == CODES
    assert languages.DEFAULT_LANGUAGE == "en"
    assert languages.LOCALES["en"] == "en_GB"
