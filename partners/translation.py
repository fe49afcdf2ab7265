"""Fields translated by wagtail-modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from .models import Funder, PartnerIndexPage, PartnerPage


@register(PartnerIndexPage)
class PartnerIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PartnerPage)
class PartnerPageTranslation(TranslationOptions):
    fields = ("short_name", "logo_alt", "city", "role", "description", "website")


@register(Funder)
class FunderTranslation(TranslationOptions):
    fields = ("name", "description", "acknowledgement", "website")
