"""Fields translated by wagtail-modeltranslation (Page's title, slug, SEO fields and
url_path are registered by the package itself)."""

from modeltranslation.translator import TranslationOptions, register

from .models import HomePage, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")
