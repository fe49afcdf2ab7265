"""Faults on the production path (issue 14, item 4), for real: gunicorn on a PostgreSQL
database that then refuses every connection (ALTER DATABASE ... ALLOW_CONNECTIONS false and
its sessions cut, what a crashed or failed-over server looks like to the site), Redis at a
port nothing listens on, and the scheduler run while the database is away."""

import json

import pytest

from .servers import REDIS_DB, Site, closed_port, fetch, needs_postgres, reachable

pytestmark = needs_postgres

CACHED = ["/en/", "/fr/actualites/", "/it/", "/sv/nyheter/"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("faults"))
    site.create()
    try:
        yield site
    finally:
        site.drop()


@pytest.fixture
def database_away(site):
    site.refuse_connections()
    try:
        yield
    finally:
        site.accept_connections()


def test_health_probes_while_all_is_well(site):
    url = site.serve()
    status, headers, body = fetch(url + "/healthz")
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    status, headers, body = fetch(url + "/readyz")
    assert status == 200
    assert json.loads(body) == {"status": "ready", "database": "ok", "cache": "ok"}
    assert "no-store" in headers["Cache-Control"]


def test_database_unreachable(site):
    url = site.serve()
    for path in CACHED:  # readers saw these pages: they are in the page cache
        assert fetch(url + path)[0] == 200, path
    cached_bodies = {path: fetch(url + path)[2] for path in CACHED}

    site.refuse_connections()
    try:
        # Cached pages keep being served, unchanged.
        for path in CACHED:
            status, _headers, body = fetch(url + path)
            assert status == 200, path
            assert body == cached_bodies[path], path
            # Also for a reader whose browser holds a session cookie (from a form, say):
            # whose session cannot be read while the database is away.
            status, _headers, body = fetch(url + path, {"Cookie": "sessionid=f00d" * 8})
            assert (status, body) == (200, cached_bodies[path]), path

        # A page never cached: a 503 in the reader's language, never a 500.
        for path, language, words in [
            ("/fr/recherche/?q=SLA", "fr", "Temporairement indisponible"),
            ("/it/notizie/", "it", "Temporaneamente non disponibile"),
            ("/sv/sok/?q=ALS", "sv", "Tillfälligt otillgänglig"),
            ("/en/news/?kind=press", "en", "Temporarily unavailable"),
        ]:
            status, headers, body = fetch(url + path)
            assert status == 503, (path, status, body[:300])
            assert headers["Retry-After"] == "60"
            assert f'<html lang="{language}">' in body and words in body, path
            assert "no-store" in headers["Cache-Control"] or "max-age=0" in headers[
                "Cache-Control"]

        # The API answers in JSON.
        status, headers, body = fetch(url + "/api/v2/news/?lang=fr")
        assert status == 503 and headers["Content-Type"] == "application/json"
        assert headers["Retry-After"] == "60" and json.loads(body)["message"]

        # The load balancer: alive, not ready.
        assert fetch(url + "/healthz")[0] == 200
        status, _headers, body = fetch(url + "/readyz")
        assert status == 503
        assert json.loads(body)["database"] == "unavailable"
    finally:
        site.accept_connections()

    # Back: the same worker serves again, from fresh connections.
    assert fetch(url + "/it/notizie/")[0] == 200
    assert fetch(url + "/readyz")[0] == 200


def test_redis_unreachable_serves_from_the_database(site):
    url = site.serve({"REDIS_URL": f"redis://127.0.0.1:{closed_port()}/0"})
    for path in ["/en/", "/fr/actualites/", "/it/", "/sv/nyheter/", "/fr/recherche/?q=SLA",
                 "/api/v2/news/?lang=fr", "/en/news/feed/all/rss/", "/sitemap.xml"]:
        for _twice in range(2):
            status, _headers, body = fetch(url + path)
            assert status == 200, (path, status, body[:300])
    status, _headers, body = fetch(url + "/readyz")
    assert status == 200
    assert json.loads(body) == {"status": "ready", "database": "ok", "cache": "unavailable"}
    assert "Exception ignored" in site.log.read_text()  # the outage is in the log


@pytest.mark.skipif(not reachable("127.0.0.1", 6379), reason="Redis is not running on 127.0.0.1")
def test_redis_working_is_the_shared_cache(site):
    import redis

    client = redis.Redis.from_url(REDIS_DB)
    client.flushdb()
    url = site.serve({"REDIS_URL": REDIS_DB})
    assert fetch(url + "/fr/")[0] == 200
    assert json.loads(fetch(url + "/readyz")[2])["cache"] == "ok"
    assert any(key.startswith(b"mirocals:") for key in client.scan_iter())
    client.flushdb()


def test_a_failed_scheduler_run_is_logged_and_the_loop_goes_on(site, database_away):
    result = site.manage("run_scheduler", "--interval", "1", "--runs", "2", check=False,
                         timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stderr.count("publish_scheduled failed; trying again at the next run") == 2
    assert "OperationalError" in result.stderr


def test_the_scheduler_runs_again_once_the_database_is_back(site):
    result = site.manage("run_scheduler", "--interval", "1", "--runs", "2", timeout=120)
    assert "publish_scheduled failed" not in result.stderr
