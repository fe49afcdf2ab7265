"""The production path for real: production settings on PostgreSQL and Redis, served
through gunicorn's WSGI application, from migrate to pages, feeds, API and cache.

`make test` runs on SQLite alone; this test needs the PostgreSQL and Redis servers of the
README's production section on 127.0.0.1 (CI has them) and is skipped elsewhere.
"""

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

CHECKS = r"""
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

assert connection.vendor == "postgresql", connection.vendor
client = Client(raise_request_exception=False, HTTP_X_FORWARDED_PROTO="https")
for path, status in [
    ("/fr/", 200), ("/sv/nyheter/", 200), ("/it/notizie/feed/all/atom/", 200),
    ("/en/news/?page=abc", 404), ("/de/", 404), ("/en/%00/", 404), ("/fr/recherche/?q=SLA", 200),
    ("/fr/recherche/?q=%27%3B+DROP+TABLE+x%3B--+%22", 200), ("/sitemap.xml", 200),
    ("/api/v2/news/?lang=sv", 200), ("/api/v2/news/?lang=xx", 400), ("/robots.txt", 200),
]:
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
with CaptureQueriesContext(connection) as queries:
    assert client.get("/fr/").status_code == 200
assert len(queries) == 0, "the second anonymous view of a page must come from Redis"
print("production path ok")
"""


def reachable(url, default_port):
    host_port = url.split("@")[-1].split("/")[0]
    host, _, port = host_port.partition(":")
    try:
        socket.create_connection((host, int(port or default_port)), timeout=2).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(
    not (reachable(PG, 5432) and reachable(REDIS.replace("redis://", ""), 6379))
    and not os.environ.get("CI"),
    reason="PostgreSQL and Redis are not running on 127.0.0.1",
)
def test_production_settings_on_postgresql_and_redis(tmp_path):
    import psycopg

    name = f"mirocals_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "production-path-test-" + uuid.uuid4().hex * 2,
        "DATABASE_URL": f"{PG}/{name}",
        "REDIS_URL": REDIS,
        "ALLOWED_HOSTS": "testserver,localhost",
        "SITE_BASE_URL": "https://testserver",
        "DEFAULT_FROM_EMAIL": "noreply@mirocals.example.org",  # "testserver" has no domain
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
    }

    def manage(*args):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        return result.stdout

    try:
        manage("migrate", "--noinput")
        manage("collectstatic", "--noinput")
        manage("load_demo_content")
        manage("load_demo_content")  # idempotent on PostgreSQL too
        manage("check", "--deploy", "--fail-level", "WARNING")
        assert "production path ok" in manage("shell", "-c", CHECKS)
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
