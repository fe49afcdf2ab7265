from modeltranslation.translator import TranslationOptions, register

from .models import QuestionPage


@register(QuestionPage)
class QuestionPageTranslation(TranslationOptions):
    fields = ("intro", "thank_you_text")
