"""How the news index and an article page scale from 10 to 10,000 articles.

Not a test: it prints figures. Run it with `make bench` (or `.venv/bin/python
benchmarks/news_scale.py`). It builds its own SQLite database in a temporary folder,
renders each page with the page cache bypassed (Wagtail's and the site's smaller caches
stay warm, as on a running server), and prints the median time and the query count at 10
and at 10,000 articles, and their ratio.
Targets: equal query counts, time ratio at most 1.3.

To measure PostgreSQL instead, give a server and a database name in BENCH_DATABASE_URL
(e.g. postgres://postgres@127.0.0.1:5432/mirocals): like the test runner, the script
builds a throwaway `test_<name>` database beside it and drops it at the end.
"""

import contextlib
import datetime
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKDIR = tempfile.mkdtemp(prefix="mirocals-bench-")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ["DATABASE_URL"] = (os.environ.get("BENCH_DATABASE_URL")
                              or f"sqlite:///{WORKDIR}/bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.signal_handlers import disable_reference_index_auto_update  # noqa: E402

from benchmarks.scale_table import print_scale_table  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "25"))
SMALL, LARGE = 10, int(os.environ.get("BENCH_ARTICLES", "10000"))


def build_articles(index, start, stop):
    from news.models import ArticlePage

    first_day = datetime.date(2000, 1, 1)
    with transaction.atomic(), disable_reference_index_auto_update():
        for n in range(start, stop):
            page = ArticlePage(kind="news", date=first_day + datetime.timedelta(days=n))
            for language in ("en", "fr", "it", "sv"):
                setattr(page, f"title_{language}", f"Article {n} ({language})")
                setattr(page, f"slug_{language}", f"article-{n}-{language}")
                setattr(page, f"summary_{language}", f"Summary of article {n}.")
            index.add_child(instance=page)
    if connection.vendor == "sqlite":
        # One transaction of 10,000 pages leaves a huge write-ahead log; a running site's
        # next write would checkpoint it, so do that before measuring reads.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elif connection.vendor == "postgresql":
        # Autovacuum would soon refresh the planner's statistics after such a bulk insert.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def measure(client, url):
    timings, queries = [], set()
    client.get(url)  # warm up, as a running server would be
    with override_settings(PAGE_CACHE_SECONDS=0):
        for _ in range(RUNS):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - started)
            assert response.status_code == 200, (url, response.status_code)
            queries.add(len(captured))
    return statistics.median(timings), max(queries)


def measure_all(client):
    from news.models import ArticlePage, NewsIndexPage

    index = NewsIndexPage.objects.get(slug_en="news")
    article = ArticlePage.objects.get(slug_en="article-5-en")
    return {
        "news index (fr)": measure(client, index.get_url_in("fr")),
        "news index, filtered (fr)": measure(client, index.get_url_in("fr") + "?kind=news"),
        "article page (fr)": measure(client, article.get_url_in("fr")),
    }


def main():
    setup_test_environment()
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    # wagtail-modeltranslation's migration prints its SQL whatever the verbosity.
    with contextlib.redirect_stdout(io.StringIO()):
        if connection.vendor == "sqlite":
            call_command("migrate", "--noinput", verbosity=0)
        else:
            real_name = connection.settings_dict["NAME"]
            connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    print(f"Built a throwaway {connection.vendor} database; adding articles ...", flush=True)
    try:
        report()
    finally:
        if connection.vendor != "sqlite":
            connection.creation.destroy_test_db(real_name, verbosity=0)
        connection.close()
        shutil.rmtree(WORKDIR, ignore_errors=True)


def report():
    call_command("load_demo_content", verbosity=0)
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get(slug_en="news")
    build_articles(index, 0, SMALL)
    client = Client()
    small = measure_all(client)
    started = time.perf_counter()
    build_articles(index, SMALL, LARGE)
    print(f"Built {LARGE - SMALL} more articles in {time.perf_counter() - started:.0f} s.\n")
    large = measure_all(client)

    print_scale_table("page", small, large, SMALL, LARGE, ratio=True)
    print(f"\nMedian of {RUNS} requests each on {connection.vendor}, page cache bypassed. "
          "Targets: equal query counts, time ratio at most 1.3.")


if __name__ == "__main__":
    main()
