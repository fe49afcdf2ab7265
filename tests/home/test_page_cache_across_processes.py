"""The page cache as `make run` uses it: development settings, a SQLite file, the server
and the scheduler in two processes. A purge made in one process must reach the pages and
the cached counts the other one serves."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Scheduled release goliveprobe"
LANCET = "MIROCALS clinical trial results published in The Lancet"
DEADLINE_SECONDS = 30

SCHEDULE = """
import datetime
from django.utils import timezone
from home.page_builder import add_page
from news.models import ArticlePage, Kind, NewsIndexPage

go_live = timezone.now() + datetime.timedelta(seconds={delay})
page = add_page(NewsIndexPage.objects.get(slug_en="news"), ArticlePage,
                {{"title": {{"en": "{title}"}}, "slug": {{"en": "goliveprobe"}},
                  "summary": {{"en": "A release published by the scheduler."}}}},
                publish=False, kind=Kind.PRESS, date=go_live.date())
# What the editor's "Publish" with a go-live date does: the revision waits for its minute.
page.go_live_at = go_live
page.save_revision().publish()
page.refresh_from_db()
assert not page.live and page.get_latest_revision().approved_go_live_at == go_live
print(go_live.timestamp())
"""

# An editor publishes a release in one transaction while a reader asks for the list: the
# reader's page, rendered from the rows of before, must not outlive the commit.
PUBLISH_WHILE_READ = """
import datetime, urllib.request
from django.db import transaction
from home.page_builder import add_page
from news.models import ArticlePage, Kind, NewsIndexPage

with transaction.atomic():
    add_page(NewsIndexPage.objects.get(slug_en="news"), ArticlePage,
             {{"title": {{"en": "{title}"}}, "slug": {{"en": "committedprobe"}},
               "summary": {{"en": "A release published in one transaction."}}}},
             kind=Kind.PRESS, date=datetime.date(2025, 6, 1))
    urllib.request.urlopen("{url}/en/news/?kind=press", timeout=20).read()
print("committed")
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.read().decode()
    except urllib.error.HTTPError as error:
        return f"HTTP {error.code}"
    except OSError:  # not listening yet
        return ""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """`make run` in miniature: migrate and the demo content on a fresh SQLite file, then
    runserver and run_scheduler as two processes with the development settings."""
    base = tmp_path_factory.mktemp("make-run")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev",
           "WAGTAILADMIN_BASE_URL": url,
           "DATABASE_URL": f"sqlite:///{base / 'db.sqlite3'}",
           "CACHE_DIR": str(base / "cache"), "MEDIA_ROOT": str(base / "media"),
           "PRIVATE_MEDIA_ROOT": str(base / "private-media")}

    def manage(*args):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        return result.stdout

    manage("migrate", "--noinput")
    manage("load_demo_content")
    manage("set_dev_site", "--port", str(port))
    processes = [
        subprocess.Popen([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for args in (["runserver", url.removeprefix("http://"), "--noreload"],
                     ["run_scheduler", "--interval", "1"])
    ]
    try:
        deadline = time.monotonic() + 30
        while "<html" not in fetch(url + "/en/"):
            assert time.monotonic() < deadline, "the development server did not answer"
            time.sleep(0.2)
        yield url, manage
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def channels(year):
    """Every public listing of the news, as an anonymous reader gets it from the server."""
    return {
        "news index": "/en/news/",
        "news index in French": "/fr/actualites/",
        "press releases": "/en/news/?kind=press",
        f"year {year}": f"/en/news/?year={year}",
        "home page": "/en/",
        "RSS feed": "/en/news/feed/all/rss/",
        "Atom feed": "/en/news/feed/all/atom/",
        "press RSS feed": "/en/news/feed/press-releases/rss/",
        "press Atom feed": "/en/news/feed/press-releases/atom/",
        "embed": "/en/news/embed/",
        "search": "/en/search/?q=goliveprobe",
        "API list": "/api/v2/news/?kind=press",
        "sitemap": "/sitemap.xml",
    }


def showing_release(url, year):
    # Every channel links to the release's address (the search box alone repeats the query).
    return {name: ("/goliveprobe/" in fetch(url + path))
            for name, path in channels(year).items()}


def test_scheduled_go_live_reaches_every_listing_served_by_another_process(site):
    url, manage = site
    started = time.monotonic()
    showing_release(url, 2026)  # the server's first renders (templates, renditions)
    warm_seconds = time.monotonic() - started
    go_live = float(manage("shell", "-c", SCHEDULE.format(
        delay=max(5, round(3 * warm_seconds) + 2), title=TITLE)).split()[-1])
    year = time.strftime("%Y", time.gmtime(go_live))

    # Cache every listing while the release is still embargoed.
    before = showing_release(url, year)
    assert time.time() < go_live, "the listings took longer than the delay to go live"
    assert not any(before.values()), [name for name, shown in before.items() if shown]

    deadline = go_live + DEADLINE_SECONDS
    while True:
        after = showing_release(url, year)
        if all(after.values()) or time.time() > deadline:
            break
        time.sleep(0.5)
    assert all(after.values()), [name for name, shown in after.items() if not shown]

    # A query string never asked for before still counts the releases right.
    fresh = fetch(url + "/en/news/?kind=press&x=1")
    assert TITLE in fresh and LANCET in fresh
    assert re.search(r"\b2 items\b", fresh), re.findall(r"\d+ items?", fresh)


def test_a_page_read_during_an_uncommitted_publication_does_not_outlive_the_commit(site):
    url, manage = site
    title = "Release committedprobe"
    assert title not in fetch(url + "/en/news/?kind=press")
    assert "committed" in manage("shell", "-c", PUBLISH_WHILE_READ.format(title=title, url=url))
    assert title in fetch(url + "/en/news/?kind=press")


def test_purge_page_cache_forgets_what_no_content_change_announced(site):
    """New code or templates change pages without a content change: `make run` (or a
    deploy) runs purge_page_cache, from its own process, before serving."""
    url, manage = site
    assert "Findings renamed quietly" not in fetch(url + "/en/news/")
    manage("shell", "-c", "from news.models import ArticlePage; ArticlePage.objects.filter("
                          "slug_en='will-brexit-impact-on-mirocals')"
                          ".update(title_en='Findings renamed quietly')")
    assert "Findings renamed quietly" not in fetch(url + "/en/news/")  # still cached
    manage("purge_page_cache")
    assert "Findings renamed quietly" in fetch(url + "/en/news/")
