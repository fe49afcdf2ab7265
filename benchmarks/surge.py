"""Results day: 64 connections for 60 s on a mix of pages in four languages while the
scheduler publishes an embargoed press release in the middle.

Not a test: it prints figures. Run it with `make surge`. It builds the demo content on a
throwaway SQLite file, starts gunicorn with the production settings (3 workers, as the
README's recipe), the scheduler, and Varnish with deploy/varnish/default.vcl in front when
/usr/sbin/varnishd exists (else the readers go to gunicorn, with its page cache only). The
load comes from wrk (Debian's `wrk`), bounded in connections and time, aimed at loopback
only. Half-way through, the release's go-live is brought forward to that moment; a
watcher then asks every channel (its address in the four languages, the news index and
its press filter, the home page and the feed in each language, the sitemap, the API) every
half second until all show it.
Prints: requests, errors (must be 0), p50 and p99 latency, and the seconds from go-live
until the release is on every channel (must be at most 60).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import live_site  # noqa: E402 (after the path is set)

CONNECTIONS = 64
SECONDS = 60
GO_LIVE_AFTER = 20  # seconds into the load; the watcher then has the other 40, and more
TITLE = "Surge embargoed results"
MIX = """
from home.models import HomePage, StandardPage
from news.models import ArticlePage, NewsIndexPage
from trial.models import TrialPage
pages = [HomePage.objects.get(), NewsIndexPage.objects.get(slug_en="news"),
         TrialPage.objects.first(), *StandardPage.objects.live()[:2],
         *ArticlePage.objects.live().order_by("-sort_date")[:3]]
for code in ["en", "fr", "it", "sv"]:
    for page in pages:
        print(page.get_url_in(code))
"""
# wrk asks for each address of the mix in turn, on every connection.
LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[counter %% #paths + 1], {["Host"] = "%s"})
end
"""


def watch(base, channels, slug, seen, stop):
    """Until every channel shows the release: {name: monotonic time first seen}."""
    while not stop.is_set() and len(seen) < len(channels):
        for name, path in channels.items():
            if name in seen:
                continue
            try:
                status, _headers, text = live_site.fetch(base + path, timeout=5)
            except OSError:
                continue
            if status == 200 and (TITLE in text or slug in text):
                seen[name] = time.monotonic()
        time.sleep(0.5)


def parse_wrk(out):
    def seconds(value, unit):
        return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]
    latency = {p: seconds(v, u)
               for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)$", out, re.M)}
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                        out)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(n) for n in sockets.groups()) if sockets else 0)
    return requests, errors, latency


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt install wrk")
    use_varnish = Path(live_site.VARNISHD).exists() and "--direct" not in sys.argv
    workdir = tempfile.mkdtemp(prefix="mirocals-surge-")
    gunicorn_port, varnish_port = live_site.free_port(), live_site.free_port()
    extra = {"FRONTEND_CACHE_URL": f"http://127.0.0.1:{varnish_port}"} if use_varnish else {}
    env = live_site.production_env(workdir, **extra)
    processes = []
    try:
        live_site.manage(env, "collectstatic", "--noinput")
        live_site.build_site(env)
        mix = live_site.shell(env, MIX).split()
        release = live_site.schedule_release(env, TITLE)
        processes.append(live_site.start_gunicorn(env, gunicorn_port, workers=3))
        if use_varnish:
            processes.append(live_site.start_varnish(gunicorn_port, varnish_port))
        processes.append(live_site.start_scheduler(env))
        base = f"http://127.0.0.1:{varnish_port if use_varnish else gunicorn_port}"
        assert base.startswith("http://127.0.0.1:")  # loopback only
        live_site.wait_until_up(base + mix[0], seconds=120)
        for path in mix:  # every address answers before the surge
            assert live_site.fetch(base + path)[0] == 200, path
        script = Path(workdir) / "mix.lua"
        script.write_text(LUA % (", ".join(f'"{p}"' for p in mix), live_site.HOST))
        load = subprocess.Popen(
            ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout", "10s",
             "--latency", "-s", str(script), base],
            stdout=subprocess.PIPE, text=True)
        time.sleep(GO_LIVE_AFTER)
        seen, stop = {}, threading.Event()
        go_live = time.monotonic()  # taken before the change: the figure can only be longer
        live_site.bring_forward(env, release["slug"])
        watcher = threading.Thread(target=watch, args=(base, release["channels"],
                                                       release["slug"], seen, stop))
        watcher.start()
        out, _ = load.communicate(timeout=SECONDS + 60)
        watcher.join(timeout=90)
        stop.set()
        watcher.join()
    finally:
        live_site.stop(*processes)
        shutil.rmtree(workdir, ignore_errors=True)

    requests, errors, latency = parse_wrk(out)
    missing = sorted(set(release["channels"]) - set(seen))
    print(f"surge: {CONNECTIONS} connections, {SECONDS} s, {len(mix)} addresses in 4 "
          f"languages, through {'Varnish' if use_varnish else 'gunicorn alone'} "
          f"(gunicorn --workers 3, production settings, SQLite); {os.cpu_count()} CPUs, shared")
    print(f"  requests {requests} ({requests / SECONDS:.0f}/s), errors {errors}, "
          f"p50 {latency.get('50', 0) * 1000:.1f} ms, p99 {latency.get('99', 0) * 1000:.1f} ms")
    if missing:
        print(f"  release NOT on every channel: missing {missing}")
    else:
        on_all = max(seen.values()) - go_live
        print(f"  release on all {len(seen)} channels {on_all:.1f} s after go-live "
              f"(target 60 s: {'ok' if on_all <= 60 else 'TOO SLOW'})")
    if errors or missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
