"""Requests per second of one gunicorn with the production settings (SQLite, the demo
content): a static file served by whitenoise, an article page rendered without the page
cache, and the same page from the page cache; and their ratios to the static file.

Not a test: it prints figures. Run it with `make bench`. The load comes from wrk (Debian's
`wrk` package), a C client that takes little of the machine from the server; every figure
comes from the same gunicorn, started once, and each is measured ROUNDS times in turn
(the median is printed, with the spread), since a shared machine is never quiet.
The article is rendered without the page cache by asking for it with a query parameter no
link of the site uses (`?uncached=1`), which the page cache never keeps (home.cache): the
same page, the same process, everything else as for readers (the site chrome is cached).
Targets: uncached >= 0.07x static, cached >= 0.8x static.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import live_site  # noqa: E402 (after the path is set)

ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
WORKERS = 3  # as the README's production recipe
TARGETS = {"article, no page cache": 0.07, "article, page cache": 0.8}


ADDRESSES = """
from django.templatetags.static import static
from news.models import ArticlePage
article = ArticlePage.objects.live().order_by("-sort_date").first()
print(static("css/site.css"), article.get_url_in("en"))
"""


def wrk(url):
    """Requests per second of `url` (wrk, CONNECTIONS connections, SECONDS seconds), and
    the count of errors (non-2xx answers, timeouts)."""
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout", "10s",
                          "-H", f"Host: {live_site.HOST}", url],
                         capture_output=True, text=True, check=True).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                        out)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(n) for n in sockets.groups()) if sockets else 0)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), errors


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt install wrk")
    workdir = tempfile.mkdtemp(prefix="mirocals-throughput-")
    env = live_site.production_env(workdir)
    server = None
    try:
        live_site.manage(env, "collectstatic", "--noinput")
        live_site.build_site(env)
        static_path, article_path = live_site.shell(env, ADDRESSES).split()
        port = live_site.free_port()
        server = live_site.start_gunicorn(env, port, workers=WORKERS)
        base = f"http://127.0.0.1:{port}"
        urls = {"static file (whitenoise)": base + static_path,
                "article, no page cache": base + article_path + "?uncached=1",
                "article, page cache": base + article_path}
        live_site.wait_until_up(base + article_path, seconds=120)
        for url in urls.values():  # warm: the chrome, the page cache, each worker
            for _ in range(WORKERS * 2):
                assert live_site.fetch(url)[0] == 200, url
        figures = {name: [] for name in urls}
        errors = dict.fromkeys(urls, 0)
        for _round in range(ROUNDS):
            for name, url in urls.items():
                rate, failed = wrk(url)
                figures[name].append(rate)
                errors[name] += failed
    finally:
        live_site.stop(server)
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"gunicorn --workers {WORKERS}, production settings, SQLite, demo content; "
          f"wrk -c{CONNECTIONS} -d{SECONDS}s, {ROUNDS} rounds, median (min-max) req/s; "
          f"{os.cpu_count()} CPUs, shared")
    static = statistics.median(figures["static file (whitenoise)"])
    for name, values in figures.items():
        median = statistics.median(values)
        line = f"  {name:28} {median:8.0f} ({min(values):.0f}-{max(values):.0f})"
        if name in TARGETS:
            ratio = median / static
            verdict = "ok" if ratio >= TARGETS[name] else "BELOW TARGET"
            line += f"  {ratio:.3f}x static (target {TARGETS[name]}x: {verdict})"
        if errors[name]:
            line += f"  ERRORS: {errors[name]}"
        print(line)


if __name__ == "__main__":
    main()
