"""The trial for the tests: its page and centres, lay summary, glossary and status."""

import datetime

import factory
from factory.django import DjangoModelFactory

from tests.factories.home import OTHER_LANGUAGES, TranslatedPageFactory, first_or_new
from trial.models import (
    LAY_SECTION_FIELDS,
    GlossaryPage,
    GlossaryTerm,
    LaySummaryPage,
    TrialCentre,
    TrialMilestone,
    TrialPage,
    TrialStatus,
)


class TrialPageFactory(TranslatedPageFactory):
    title = "About the trial"
    slug = factory.Sequence(lambda n: f"about-the-trial-{n}")
    intro = "A trial of a medicine for ALS/MND."
    trial_name = "TESTTRIAL: a trial for the tests"
    condition = "Amyotrophic lateral sclerosis"
    condition_short_names = "ALS, MND"
    sponsor = "A university hospital"

    class Meta:
        model = TrialPage


def trial_page():
    return first_or_new(TrialPageFactory)


class TrialCentreFactory(DjangoModelFactory):
    page = factory.LazyFunction(trial_page)
    region = "fr"
    city = factory.Sequence(lambda n: f"City {n}")
    hospital = factory.Sequence(lambda n: f"Hospital {n}")

    class Meta:
        model = TrialCentre


class LaySummaryPageFactory(TranslatedPageFactory):
    """A lay summary below the trial page, every section written in plain English."""

    title = "The results in plain words"
    slug = factory.Sequence(lambda n: f"results-in-plain-words-{n}")
    parent = factory.LazyFunction(trial_page)
    intro = "What the trial found, in plain words."

    class Meta:
        model = LaySummaryPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for field in LAY_SECTION_FIELDS:
            kwargs.setdefault(f"{field}_en", f"<p>We did this. It was fine. ({field})</p>")
        return kwargs


class GlossaryPageFactory(TranslatedPageFactory):
    title = "Glossary"
    slug = factory.Sequence(lambda n: f"glossary-{n}")
    intro = "Words of the trial, in plain language."

    class Meta:
        model = GlossaryPage


class GlossaryTermFactory(DjangoModelFactory):
    page = factory.LazyFunction(lambda: GlossaryPage.objects.first() or GlossaryPageFactory())
    term = factory.Sequence(lambda n: f"Term{n}")
    definition = factory.LazyAttribute(lambda o: f"What {o.term} means.")

    class Meta:
        model = GlossaryTerm


class TrialStatusFactory(DjangoModelFactory):
    """The trial's status record, published (with a revision) unless `publish=False`;
    `milestones=[(date, label), ...]` gives its timeline."""

    status = "recruiting"
    banner_text = "The trial is recruiting."
    participants = 100
    more_page = factory.LazyFunction(trial_page)

    publish = True

    class Meta:
        model = TrialStatus
        skip_postgeneration_save = True

    class Params:
        translated = factory.Trait(**{
            f"banner_text_{code}": factory.LazyAttribute(
                lambda o, c=code: f"{o.banner_text} ({c})") for code in OTHER_LANGUAGES})

    @factory.post_generation
    def milestones(status, create, extracted, **kwargs):
        for position, (date, label) in enumerate(extracted or [
                (datetime.date(2015, 9, 1), "The first participant joined.")]):
            TrialMilestone.objects.create(trial_status=status, date=date, label_en=label,
                                          sort_order=position)

    @factory.post_generation
    def published(status, create, extracted, **kwargs):
        if create and status._publish:
            status.save_revision().publish()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        publish = kwargs.pop("publish")
        status = super()._create(model_class, *args, live=publish, **kwargs)
        status._publish = publish
        return status


def trial_in_four_languages(paper_url="https://doi.org/10.5555/12345678"):
    """The trial's pages as the team publishes them, in four languages: the trial page with
    its status, a lay summary with its ten sections written (the last one links the paper at
    `paper_url`) and a first version note, and a glossary of two terms. Returns (trial page,
    lay summary, glossary)."""
    from home.languages import LANGUAGE_CODES as languages

    trial = TrialPageFactory(translated=True, **{
        f"intro_{code}": f"A trial of a medicine for ALS/MND ({code})." for code in languages})
    TrialStatusFactory(translated=True, more_page=trial)
    sections = {}
    for code in languages:
        for field in LAY_SECTION_FIELDS:
            sections[f"{field}_{code}"] = f"<p>We did this. It was fine. ({field}, {code})</p>"
        sections[f"more_information_{code}"] = (
            f'<p>Read <a href="{paper_url}">the paper</a> ({code}).</p>')
    summary = LaySummaryPageFactory(
        parent=trial, translated=True, **sections,
        **{f"intro_{code}": f"What the trial found ({code})." for code in languages},
        **{f"change_note_{code}": f"First version ({code})." for code in languages})
    glossary = GlossaryPageFactory(translated=True, **{
        f"intro_{code}": f"Words of the trial ({code})." for code in languages})
    for term in ("Placebo", "Biomarker"):
        GlossaryTermFactory(page=glossary, term=term, **{
            f"term_{code}": f"{term} ({code})" for code in OTHER_LANGUAGES}, **{
            f"definition_{code}": f"What {term} means ({code})." for code in languages})
    return trial, summary, glossary
