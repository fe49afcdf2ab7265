"""A real site for the browser, on a fresh SQLite file served by Django in a subprocess:
the pages a module marked `factories` builds (see `factory_site`), else the launch content;
and Debian's Chromium driven by Playwright."""

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


# An editor with every right, for the tests that drive the admin.
ADMIN = {"username": "admin", "password": "browser-tests-only"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _site_env(database):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SUPERUSER_USERNAME": ADMIN["username"],
        "DJANGO_SUPERUSER_PASSWORD": ADMIN["password"],
        "DJANGO_SUPERUSER_EMAIL": "admin@example.org",
    }


def _manage(env, *command):
    subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True,
                   capture_output=True)


@contextlib.contextmanager
def _serving(env):
    """Django's server on the site's database, until the block ends."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload",
         "--insecure"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):  # a minute: a loaded machine starts the server slowly
        try:
            urllib.request.urlopen(url + "/en/", timeout=1)
            break
        except urllib.error.HTTPError:
            break  # it answers: a bare site may have nothing at /en/ yet to show
        except OSError:
            time.sleep(0.1)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def launch_site_url(tmp_path_factory):
    """The launch content, as `make run` serves it, for the modules not on factories."""
    env = _site_env(tmp_path_factory.mktemp("site") / "db.sqlite3")
    for command in (["migrate", "--noinput"], ["load_demo_content"],
                    ["make_lay_summary_pdfs"], ["createsuperuser", "--noinput"]):
        _manage(env, *command)
    with _serving(env) as url:
        yield url


@pytest.fixture(scope="session")
def bare_site_database(tmp_path_factory):
    """A migrated bare site (home page, groups, workflows, the admin), made once: each module
    on factories copies it and builds its own pages on the copy."""
    database = tmp_path_factory.mktemp("bare") / "db.sqlite3"
    env = _site_env(database)
    _manage(env, "migrate", "--noinput")
    _manage(env, "shell", "-c", "from tests.factories.home import bare_site; bare_site()")
    _manage(env, "createsuperuser", "--noinput")
    return database


BUILD = """
import importlib, json, os
built = importlib.import_module(os.environ["BUILD_MODULE"]).build_site()
with open(os.environ["BUILT_JSON"], "w") as out:
    json.dump(built, out)
"""


@pytest.fixture(scope="module")
def factory_site(request, tmp_path_factory):
    """For a module marked `factories`: a copy of the bare site on which the module's
    `build_site()` made its pages with tests/factories (as editors make them: a revision,
    then publish), served by Django. Gives (url, what `build_site()` returned: the
    addresses and values the tests need)."""
    folder = tmp_path_factory.mktemp("factory-site")
    database = folder / "db.sqlite3"
    shutil.copyfile(request.getfixturevalue("bare_site_database"), database)
    env = {**_site_env(database), "BUILD_MODULE": request.module.__name__,
           "BUILT_JSON": str(folder / "built.json")}
    _manage(env, "shell", "-c", BUILD)
    built = json.loads((folder / "built.json").read_text())
    with _serving(env) as url:
        yield url, built


@pytest.fixture(scope="module")
def site_url(request):
    """The site the module's tests browse: its own pages built with factories when it is
    marked `factories`, else the launch content."""
    if request.node.get_closest_marker("factories") is not None:
        return request.getfixturevalue("factory_site")[0]
    return request.getfixturevalue("launch_site_url")


@pytest.fixture(scope="module")
def built(factory_site):
    """What the module's `build_site()` returned."""
    return factory_site[1]


# Module scope: Playwright's sync API runs an event loop, in which Django refuses
# database access, so the browser must be gone before the database tests run.
@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run must install Debian's chromium package")
        pytest.skip("Debian's chromium is not installed (apt install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def admin_page(page, site_url):
    """A browser tab logged into the admin, in English."""
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", ADMIN["username"])
    page.fill("#id_password", ADMIN["password"])
    page.click("button[type=submit]")
    page.wait_for_url(site_url + "/admin/")
    return page
