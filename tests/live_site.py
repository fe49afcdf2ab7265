"""A real site in processes of its own, for the Varnish test and the benchmarks: the demo
content on a fresh SQLite file, gunicorn, the scheduler, and Varnish with the VCL of
deploy/varnish/. Every process shares one file cache, as in production."""

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VARNISHD = "/usr/sbin/varnishd"
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
HOST = "localhost"  # the demo content's Site: the Host header readers (and purges) send


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(workdir, settings="config.settings.test", **extra):
    return {**os.environ, "DJANGO_SETTINGS_MODULE": settings,
            "DATABASE_URL": f"sqlite:///{Path(workdir) / 'db.sqlite3'}",
            "CACHE_DIR": str(Path(workdir) / "cache"), **extra}


def manage(env, *args):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          check=True, capture_output=True, text=True)


def build_site(env):
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")


def start(command, env, **kwargs):
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, **kwargs)


def start_gunicorn(env, port, workers=2, threads=1):
    return start([sys.executable, "-m", "gunicorn", "config.wsgi", "--bind",
                  f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
                  "--access-logfile", "/dev/null"], env)


def start_scheduler(env, interval=1):
    return start([sys.executable, "manage.py", "run_scheduler", "--interval", str(interval)],
                 env)


def start_varnish(backend_port, port):
    """varnishd in the foreground with the repository's VCL, its backend pointed at
    `backend_port`; its work folder must be readable by Varnish's own user."""
    workdir = Path(tempfile.mkdtemp(prefix="mirocals-varnish-"))
    workdir.chmod(0o755)
    vcl = workdir / "default.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
    vcl.chmod(0o644)
    process = subprocess.Popen(
        [VARNISHD, "-F", "-a", f"127.0.0.1:{port}", "-f", str(vcl), "-n", str(workdir / "n"),
         "-s", "malloc,64m", "-p", "default_ttl=0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process.workdir = workdir
    return process


def stop(*processes):
    for process in processes:
        if process is None:
            continue
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=20)
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        if getattr(process, "workdir", None):
            shutil.rmtree(process.workdir, ignore_errors=True)


def fetch(url, method="GET", host=HOST, timeout=10, headers=None):
    """(status, headers, text) of `url`, with the site's Host header."""
    request = urllib.request.Request(url, method=method,
                                     headers={"Host": host, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def wait_until_up(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if fetch(url, timeout=2)[0] < 500:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} did not answer in {seconds} s")


# An embargoed press release, scheduled an hour ahead, and the addresses of every channel
# that will show it at go-live, in every language: {"slug": ..., "channels": {name: path}}.
SCHEDULE_RELEASE = """
import datetime, json
from django.utils import timezone, translation
from news.models import Kind, NewsIndexPage
from home.models import HomePage
from tests.news_factories import make_article
page = make_article("%s", kind=Kind.PRESS, publish=False, date=timezone.localdate(),
                    summary={"en": "The results.", "fr": "Les résultats."})
page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
page.save_revision().publish()
assert not page.live
index, home = NewsIndexPage.objects.get(slug_en="news"), HomePage.objects.get()
channels = {}
for code in ["en", "fr", "it", "sv"]:
    channels["release " + code] = page.get_url_in(code)
    channels["news index " + code] = index.get_url_in(code)
    channels["news index, press filter " + code] = index.get_url_in(code) + "?kind=press"
    channels["home " + code] = home.get_url_in(code)
    with translation.override(code):
        channels["feed " + code] = index.get_url() + index.reverse_subpage(
            "feed", kwargs={"stream": "all", "feed_format": "rss"})
channels["sitemap"] = "/sitemap.xml"
channels["api"] = "/api/v2/news/"
print(json.dumps({"slug": page.slug_en, "channels": channels}))
"""

# Its go-live brought forward to now, as if the hour had passed (a busy machine may take
# minutes to start the servers): without a signal, so the caches are not told; only the
# scheduler's next round publishes it.
BRING_FORWARD = """
from django.utils import timezone
from wagtail.models import Page, Revision
page = Page.objects.get(slug_en="%s")
revision = Revision.page_revisions.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
now = timezone.now()
content = {**revision.content, "go_live_at": now.isoformat()}
Revision.objects.filter(pk=revision.pk).update(content=content, approved_go_live_at=now)
Page.objects.filter(pk=page.pk).update(go_live_at=now)
"""


def shell(env, code):
    """What `code` prints, run by manage.py shell (without the banner of its imports)."""
    return manage(env, "shell", "--no-imports", "-c", code).stdout


def schedule_release(env, title):
    return json.loads(shell(env, SCHEDULE_RELEASE % title).strip().splitlines()[-1])


def bring_forward(env, slug):
    shell(env, BRING_FORWARD % slug)


def production_env(workdir, **extra):
    """The production settings, on SQLite and this machine's loopback."""
    return site_env(
        workdir, settings="config.settings.production",
        DJANGO_SECRET_KEY="local-measurements-only", ALLOWED_HOSTS="localhost,127.0.0.1",
        SITE_BASE_URL="https://localhost", SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(Path(workdir) / "static"), MEDIA_ROOT=str(Path(workdir) / "media"),
        PRIVATE_MEDIA_ROOT=str(Path(workdir) / "private-media"), **extra)
