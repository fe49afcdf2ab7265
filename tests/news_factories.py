"""Articles for the news tests, built with the same helper as the demo content."""

import datetime
import itertools

from home.page_builder import add_page
from news.models import ArticlePage, Kind, NewsIndexPage

_serial = itertools.count()


def news_index():
    return NewsIndexPage.objects.get(slug_en="news")


def make_article(title, date=datetime.date(2024, 1, 1), kind=Kind.NEWS, publish=True,
                 index=None, **texts):
    slug = title.lower().replace(" ", "-")
    return add_page(
        index or news_index(), ArticlePage,
        {"title": {"en": title, "fr": f"{title} (fr)"}, "slug": {"en": slug},
         "summary": {"en": f"Summary of {title}"}, **texts},
        publish=publish, kind=kind, date=date,
    )


def make_articles(count, **kwargs):
    start = datetime.date(2020, 1, 1)
    return [make_article(f"Bulk item {n}", date=start + datetime.timedelta(days=n), **kwargs)
            for n in itertools.islice(_serial, count)]
