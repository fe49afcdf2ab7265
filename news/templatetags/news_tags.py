"""News on every page: feed autodiscovery links and the home page's latest items."""

from django import template

from news.feeds import feed_choices
from news.listing import newest
from news.models import NewsIndexPage

register = template.Library()


def _news_index(context):
    # Looked up once per request, whichever tags ask for it.
    request = context["request"]
    if not hasattr(request, "_news_index"):
        request._news_index = NewsIndexPage.first_published()
    return request._news_index


def _feeds(context):
    index = _news_index(context)
    if index is None:
        return []
    request = context["request"]
    return [
        {"url": index.feed_url(stream, fmt, request), "title": title,
         "type": f"application/{fmt}+xml"}
        for stream, fmt, title in feed_choices()
    ]


@register.inclusion_tag("news/components/feed_links.html", takes_context=True)
def feed_links(context):
    """<link rel="alternate"> autodiscovery of every feed, for the <head> of every page."""
    return {"feeds": _feeds(context)}


@register.inclusion_tag("news/components/feed_list.html", takes_context=True)
def feed_list(context):
    """The same feeds as visible links, for readers."""
    return {"feeds": _feeds(context)}


@register.inclusion_tag("news/components/latest_news.html", takes_context=True)
def latest_news(context, count=3):
    index = _news_index(context)
    articles = newest(index.articles(), count) if index else []
    return {"request": context["request"], "index": index, "articles": articles}
