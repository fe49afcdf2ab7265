"""Wagtail's frontend cache is told every address a change makes stale, in every
language, once the change is committed: here a real HTTP server stands for Varnish and
records the PURGE and BAN requests it gets."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Page

from news.feeds import feed_choices
from tests.factories.news import NewsIndexPageFactory, make_article, news_index
from tests.factories.trial import TrialStatusFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

LANGUAGES = ["en", "fr", "it", "sv"]


@pytest.fixture(autouse=True)
def news(db):
    """The news section, at an address of its own in every language (/fr/actualites/)."""
    return NewsIndexPageFactory(slug="news", slug_fr="actualites", slug_it="notizie",
                                slug_sv="nyheter")


@pytest.fixture
def proxy(settings):
    asked = []

    class Handler(BaseHTTPRequestHandler):
        def _record(self):
            asked.append((self.command, self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        do_PURGE = do_BAN = _record

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {"proxy": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": f"http://127.0.0.1:{server.server_port}"}}
    yield asked
    server.shutdown()
    server.server_close()


def paths(asked, method="PURGE"):
    return {path for command, _host, path in asked if command == method}


def test_publishing_an_article_purges_it_and_every_list_in_every_language(
        proxy, django_capture_on_commit_callbacks):
    article = make_article("Purged news", publish=False)
    index, home = news_index(), Page.objects.get(depth=2)
    assert not proxy
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    purged = paths(proxy)
    for language in LANGUAGES:
        assert article.get_url_in(language) in purged  # /fr/actualites/purged-news/ ...
        assert index.get_url_in(language) in purged
        assert home.specific.get_url_in(language) in purged
        for stream, fmt, _title in feed_choices():
            assert index.specific.get_url_in(language) + f"feed/{stream}/{fmt}/" in purged
    assert {"/sitemap.xml", "/api/v2/news/", f"/api/v2/news/{article.pk}/"} <= purged
    assert len(article.purge_urls()) == 4 and "/fr/actualites/purged-news/" in purged
    assert not paths(proxy, "BAN")


def test_unpublishing_and_moving_purge_the_old_addresses(
        proxy, django_capture_on_commit_callbacks):
    article = make_article("Moving news")
    old = {article.get_url_in(language) for language in LANGUAGES}
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert old <= paths(proxy)
    proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.move(news_index(), pos="first-child")
    assert old <= paths(proxy)


def test_what_shows_on_every_page_bans_the_whole_site(proxy, django_capture_on_commit_callbacks):
    status = TrialStatusFactory()
    with django_capture_on_commit_callbacks(execute=True):
        status.save()
    assert paths(proxy, "BAN") == {"/"}


def test_nothing_is_sent_before_the_change_is_committed(proxy, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_article("Not yet committed")
    assert callbacks and not proxy
