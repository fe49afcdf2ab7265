"""How the Translations report answers at 10 and at 10,000 recorded articles.

Not a test: it prints figures. Run it with `make bench` (or `.venv/bin/python
benchmarks/translation_report.py`). It builds its own SQLite database in a temporary
folder, writes the translation records of 10 and then 10,000 articles in bulk (a third
up to date, a third out of date, a third missing), and prints the median time and the
query count of the report, a filtered report, its CSV export of every row and the
dashboard. Target: under a second each at 10,000 articles, equal query counts.
"""

import contextlib
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
WORKDIR = tempfile.mkdtemp(prefix="mirocals-bench-translations-")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from benchmarks.scale_table import print_scale_table  # noqa: E402
from tests.translations.factories import bulk_records  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
SMALL, LARGE = 10, int(os.environ.get("BENCH_ARTICLES", "10000"))
URLS = {
    "report": "/admin/translations/report/",
    "report, fr out of date": "/admin/translations/report/?language=fr&state=out_of_date",
    "report, CSV of every row": "/admin/translations/report/?export=csv",
    "dashboard": "/admin/",
}


def measure(client, url):
    timings, queries = [], set()
    client.get(url)
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
            timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        queries.add(len(captured))
    return statistics.median(timings), max(queries)


def main():
    setup_test_environment()
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("migrate", "--noinput", verbosity=0)
    try:
        user = get_user_model().objects.create_superuser("bench", "bench@example.invalid", "x")
        client = Client()
        client.force_login(user)
        bulk_records(SMALL)
        small = {name: measure(client, url) for name, url in URLS.items()}
        bulk_records(LARGE - SMALL, start=SMALL)
        large = {name: measure(client, url) for name, url in URLS.items()}
        print_scale_table("translations", small, large, SMALL, LARGE)
        print(f"\nMedian of {RUNS} requests each on {connection.vendor}. "
              "Targets: under 1000 ms at 10,000 articles, equal query counts.")
    finally:
        connection.close()
        shutil.rmtree(WORKDIR, ignore_errors=True)


if __name__ == "__main__":
    main()
