"""RSS 2.0 and Atom feeds of the news, per language: all items, or press releases only."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.field_language import fallback_language

from .choices import Kind
from .listing import newest

FEED_SIZE = 20


class LanguageMarkedAtomFeed(Atom1Feed):
    """Atom, with xml:lang on an entry shown in English for want of a translation (RSS 2.0
    has no language per item)."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


FORMATS = {"rss": Rss201rev2Feed, "atom": LanguageMarkedAtomFeed}
STREAMS = {"all": None, "press-releases": Kind.PRESS}


def feed_choices():
    """(stream, format) pairs with a title, for the autodiscovery links of every page."""
    titles = {"all": _("MIROCALS news"), "press-releases": _("MIROCALS press releases")}
    return [
        (stream, feed_format, f"{titles[stream]} ({feed_format.upper()})")
        for stream in STREAMS
        for feed_format in FORMATS
    ]


class ArticleFeed(Feed):
    @classmethod
    def for_request(cls, index, request, stream, feed_format):
        if stream not in STREAMS or feed_format not in FORMATS:
            raise Http404("no such feed")
        feed = cls()
        feed.index, feed.request, feed.stream = index, request, stream
        feed.feed_type = FORMATS[feed_format]
        feed.language = translation.get_language()
        feed.feed_format = feed_format
        return feed(request)

    def title(self):
        return _("MIROCALS press releases") if self.stream == "press-releases" else _(
            "MIROCALS news")

    def description(self):
        return self.index.intro or self.title()

    def subtitle(self):
        return self.description()

    def link(self):
        return self.index.get_full_url(self.request)

    def feed_url(self):
        return self.index.feed_url(self.stream, self.feed_format, self.request)

    def items(self):
        articles = self.index.articles()
        if STREAMS[self.stream]:
            articles = articles.filter(kind=STREAMS[self.stream])
        return newest(articles, FEED_SIZE)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at or item.last_published_at

    def item_extra_kwargs(self, item):
        return {"language": fallback_language(item, "title")}

    def item_categories(self, item):
        return [item.get_kind_display()]
