from modeltranslation.translator import TranslationOptions, register

from .models import ArticlePage, NewsIndexPage, PressContact
from .press_kit import KitImage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ArticlePage)
class ArticlePageTranslation(TranslationOptions):
    fields = (
        "summary", "dateline", "lead_image_alt", "lead_image_caption", "lead_image_credit",
        "body", "related_links", "attachments", "notes_to_editors",
    )


@register(PressContact)
class PressContactTranslation(TranslationOptions):
    fields = ("name", "role", "organisation")


@register(KitImage)
class KitImageTranslation(TranslationOptions):
    fields = ("caption",)
