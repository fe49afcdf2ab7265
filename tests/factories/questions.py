"""The page where readers ask the trial team a question, for the tests."""

import factory

from questions.models import QuestionPage
from tests.factories.home import OTHER_LANGUAGES, TranslatedPageFactory


class QuestionPageFactory(TranslatedPageFactory):
    """The question page in four languages, its questions emailed to the team."""

    title = "Ask a question"
    slug = "ask-a-question"
    intro = "Write to the trial team."
    thank_you_text = "Thank you: the team will answer by email."
    to_address = "team@example.org"
    # Declared, not filled in `_adjust_kwargs`: there they did not reach the page.
    title_fr = factory.LazyAttribute(lambda o: f"{o.title} (fr)")
    title_it = factory.LazyAttribute(lambda o: f"{o.title} (it)")
    title_sv = factory.LazyAttribute(lambda o: f"{o.title} (sv)")
    slug_fr = factory.LazyAttribute(lambda o: f"{o.slug}-fr")
    slug_it = factory.LazyAttribute(lambda o: f"{o.slug}-it")
    slug_sv = factory.LazyAttribute(lambda o: f"{o.slug}-sv")

    class Meta:
        model = QuestionPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for code in OTHER_LANGUAGES:
            kwargs.setdefault(f"thank_you_text_{code}", f"{kwargs['thank_you_text']} ({code})")
            kwargs.setdefault(f"intro_{code}", f"{kwargs['intro']} ({code})")
        return kwargs
