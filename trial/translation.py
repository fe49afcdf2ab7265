"""Fields of the trial's pages and records translated by wagtail-modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    LAY_SECTION_FIELDS,
    GlossaryPage,
    GlossaryTerm,
    LaySummaryPage,
    TrialCentre,
    TrialMilestone,
    TrialPage,
    TrialStatus,
)


# English is the source: required where the field is, and every other language falls back
# to it when left empty.
@register(TrialStatus)
class TrialStatusTranslation(TranslationOptions):
    fields = ("banner_text",)
    required_languages = ("en",)


@register(TrialMilestone)
class TrialMilestoneTranslation(TranslationOptions):
    fields = ("label",)
    required_languages = ("en",)


@register(TrialPage)
class TrialPageTranslation(TranslationOptions):
    fields = ("intro", "what_and_why", "design", "eligibility", "condition",
              "condition_short_names", "sponsor", "body")


@register(TrialCentre)
class TrialCentreTranslation(TranslationOptions):
    fields = ("city",)


@register(LaySummaryPage)
class LaySummaryPageTranslation(TranslationOptions):
    fields = ("intro", "change_note", *LAY_SECTION_FIELDS)
    required_languages = {"en": LAY_SECTION_FIELDS}


@register(GlossaryPage)
class GlossaryPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "other_forms", "definition")
    required_languages = {"en": ("term", "definition")}
