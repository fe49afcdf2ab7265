"""Kept for the modules that import these names from here: the news factories live in
tests/factories/news.py."""

from tests.factories.news import make_article, make_articles, news_index

__all__ = ["make_article", "make_articles", "news_index"]
