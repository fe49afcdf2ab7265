"""News for the tests: the news section, articles and press releases, press contacts."""

import datetime
import itertools

import factory
from factory.django import DjangoModelFactory

from home.languages import LANGUAGE_CODES
from news.choices import Kind
from news.models import ArticlePage, NewsIndexPage, PressContact
from tests.factories.home import (
    OTHER_LANGUAGES,
    SectionPageFactory,
    TranslatedPageFactory,
    _in_other_languages,
    first_or_new,
    flat_texts,
    stream,
)

# A DOI of the prefix set aside for examples (10.5555), as a press release links its paper.
PAPER_URL = "https://doi.org/10.5555/12345678"

_serial = itertools.count()


class NewsIndexPageFactory(SectionPageFactory):
    """The news section, below the home page, with its approval workflow."""

    title = "News"
    slug = factory.Sequence(lambda n: f"news-{n}")
    intro = "What the trial team has to say."

    class Meta:
        model = NewsIndexPage


def news_index():
    return first_or_new(NewsIndexPageFactory)


class ArticlePageFactory(TranslatedPageFactory):
    """A news item (`kind=Kind.PRESS` for a press release) in the news section."""

    title = factory.Sequence(lambda n: f"Article {n}")
    title_fr = factory.LazyAttribute(lambda o: f"{o.title} (fr)")
    parent = factory.LazyFunction(news_index)
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}")
    kind = Kind.NEWS
    date = datetime.date(2024, 1, 1)

    class Meta:
        model = ArticlePage

    class Params:
        press = factory.Trait(kind=Kind.PRESS)
        # Translated as an editor translates an article: its summary too, not only the
        # title and slug (the site would otherwise show the English summary).
        translated = factory.Trait(**_in_other_languages(), **{
            f"summary_{code}": factory.LazyAttribute(lambda o, c=code: f"{o.summary} ({c})")
            for code in OTHER_LANGUAGES})


class PressContactFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Press officer {n}")
    role = "Press office"
    organisation = "University hospital"
    email = factory.Sequence(lambda n: f"press{n}@example.org")
    phone = "+44 20 7946 0000"  # a number set aside for drama and examples

    class Meta:
        model = PressContact


def press_release(**fields):
    """A press release as Communications publishes one: in four languages, with its
    dateline, the paper as a related link, two press contacts and notes to editors."""
    contacts = [PressContactFactory(), PressContactFactory(phone="")]
    for code in LANGUAGE_CODES:
        fields.setdefault(f"dateline_{code}", "Paris")
        fields.setdefault(f"related_links_{code}", stream(
            ("link", {"url": PAPER_URL, "label": f"The paper ({code})"})))
        fields.setdefault(f"notes_to_editors_{code}", f"<p>Notes to editors ({code}).</p>")
    fields.setdefault("press_contacts", stream(*[("contact", c.pk) for c in contacts]))
    return ArticlePageFactory(translated=True, press=True, **fields)


def news_with_release():
    """A news section in four languages: three items of the earlier website, whose date is
    not known, and a press release of 9 May 2025, which it returns."""
    index = NewsIndexPageFactory(translated=True)
    for _ in range(3):
        ArticlePageFactory(parent=index, translated=True, date=None)
    return press_release(parent=index, date=datetime.date(2025, 5, 9))


def make_article(title, date=datetime.date(2024, 1, 1), kind=Kind.NEWS, publish=True,
                 index=None, **texts):
    """An article titled `title` (and "`title` (fr)"); `texts` as {field: {lang: value}} or
    plain field values. The older tests' helper, kept as a shorthand for the factory."""
    fields = flat_texts(texts)
    if index is not None:
        fields["parent"] = index
    return ArticlePageFactory(title=title, date=date, kind=kind, publish=publish, **fields)


def make_articles(count, **kwargs):
    """`count` articles a day apart from 1 January 2020, each with a title of its own."""
    start = datetime.date(2020, 1, 1)
    return [make_article(f"Bulk item {n}", date=start + datetime.timedelta(days=n), **kwargs)
            for n in itertools.islice(_serial, count)]
